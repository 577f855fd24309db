import { useDocument, useView } from '../../state';

/** The ripple from the selected event. A placeholder region until the impact view reaches the studio. */
export function ImpactPanel() {
  const sourceId = useView((v) => v.impact?.sourceId ?? null);
  const title = useDocument((d) => (sourceId ? (d.story.events.find((e) => e.id === sourceId)?.title ?? null) : null));
  return (
    <section className="panel impact" aria-label="Impact">
      <div className="panel-head">
        <h2>Impact</h2>
      </div>
      <div className="panel-scroll">
        {title ? (
          <p className="muted">The ripple from “{title}” will appear here.</p>
        ) : (
          <p className="muted">Select an event and press Show impact.</p>
        )}
      </div>
    </section>
  );
}

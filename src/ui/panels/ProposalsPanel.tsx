import { useAnalysis, useSelection } from '../../state';

/** Proposals for the selected conflict. A placeholder region until resolutions reach the studio. */
export function ProposalsPanel() {
  const conflictId = useSelection((s) => s.conflictId);
  const conflict = useAnalysis().data?.conflicts.find((c) => c.id === conflictId);
  return (
    <section className="panel proposals" aria-label="Proposals">
      <div className="panel-head">
        <h2>Proposals</h2>
      </div>
      <div className="panel-scroll">
        {conflict ? (
          <p className="muted">Proposals for the selected {conflict.type.replace(/-/g, ' ')} will appear here.</p>
        ) : (
          <p className="muted">Select a conflict to see how it could be resolved.</p>
        )}
      </div>
    </section>
  );
}

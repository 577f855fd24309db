import { hideImpact, newStory, toggleImpact, useLibrary, useReview, useSelection, useView } from '../../state';
import { DemoTools } from '../demo/DemoTools';
import { fitGraph } from '../graph/graph-controller';
import { ExportMenu } from '../export/ExportMenu';
import { ImportButton } from './ImportButton';
import { LayoutSwitch } from './LayoutSwitch';
import { PanelToggles } from './PanelToggles';
import { StorySettingsButton } from '../settings/StorySettingsButton';
import { ReviewButton } from '../review/ReviewButton';
import { UndoRedo } from './UndoRedo';

interface Props {
  readonly onImportFile: (file: File, fileName: string) => void;
}

/** What pressing Show impact would do now. */
function impactTitle(selected: string | null, shown: string | null): string {
  if (shown !== null && selected !== null && selected !== shown) return 'Show the impact of the selected event instead (I)';
  if (shown !== null) return 'Hide the impact (I)';
  return selected ? 'Show how far this event reaches (I)' : 'Select one event to see its impact';
}

/** The studio's top bar: story file actions, history, view and impact. */
export function Toolbar({ onImportFile }: Props) {
  const selectedEvent = useSelection((s) => (s.events.length === 1 ? s.events[0]! : null));
  const impactSource = useView((v) => v.impact?.sourceId ?? null);
  // Review mode hides the canvas and the Impact panel, so a ripple would not be seen.
  const reviewing = useReview((r) => r.open);
  // Safe mode (the last start did not finish opening a story): no story is open, so only the
  // actions that start from the library stay; the rest would act on nothing.
  const safe = useLibrary((l) => l.safeMode !== undefined);
  if (safe) {
    return (
      <header className="toolbar">
        <h1 className="brand">Arc Studio</h1>
        <div className="tool-group" role="group" aria-label="Story file">
          <button type="button" onClick={() => newStory()}>
            New story
          </button>
          <ImportButton onFile={onImportFile} />
        </div>
      </header>
    );
  }
  return (
    <header className="toolbar">
      <h1 className="brand">Arc Studio</h1>
      <div className="tool-group" role="group" aria-label="Story file">
        <button type="button" onClick={() => newStory()}>
          New story
        </button>
        <ImportButton onFile={onImportFile} />
        <ExportMenu />
        <StorySettingsButton />
      </div>
      <UndoRedo />
      <div className="tool-group" role="group" aria-label="View">
        <button type="button" onClick={() => fitGraph()} title="Fit the whole story into view">
          Fit
        </button>
        <LayoutSwitch />
        <ReviewButton />
      </div>
      <div className="tool-group" role="group" aria-label="Impact">
        <button
          type="button"
          // Pressed while the Impact panel shows a ripple (of any event): pressing it then hides that ripple, or
          // switches it to the selected event when another one is shown.
          disabled={reviewing || (selectedEvent === null && impactSource === null)}
          aria-pressed={impactSource !== null}
          aria-keyshortcuts="I"
          title={reviewing ? 'Leave Review to see the impact of an event' : impactTitle(selectedEvent, impactSource)}
          onClick={() => {
            if (!toggleImpact()) hideImpact();
          }}
        >
          Show impact
        </button>
      </div>
      <PanelToggles />
      <DemoTools />
    </header>
  );
}

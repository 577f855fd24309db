import { newStory, toggleImpact, useSelection, useView } from '../../state';
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
  readonly onImportText: (text: string, fileName: string) => void;
  readonly onImportReadError: (message: string, fileName?: string) => void;
}

/** The studio's top bar: story file actions, history, view and impact. */
export function Toolbar({ onImportText, onImportReadError }: Props) {
  const selectedEvent = useSelection((s) => (s.events.length === 1 ? s.events[0]! : null));
  const impactSource = useView((v) => v.impact?.sourceId ?? null);
  return (
    <header className="toolbar">
      <h1 className="brand">Arc Studio</h1>
      <div className="tool-group" role="group" aria-label="Story file">
        <button type="button" onClick={() => newStory()}>
          New story
        </button>
        <ImportButton onText={onImportText} onReadError={onImportReadError} />
        <ExportMenu />
        <StorySettingsButton />
      </div>
      <UndoRedo />
      <div className="tool-group" role="group" aria-label="View">
        <button type="button" onClick={fitGraph} title="Fit the whole story into view">
          Fit
        </button>
        <LayoutSwitch />
        <ReviewButton />
      </div>
      <div className="tool-group" role="group" aria-label="Impact">
        <button
          type="button"
          disabled={selectedEvent === null}
          aria-pressed={impactSource !== null && impactSource === selectedEvent}
          aria-keyshortcuts="I"
          title={selectedEvent ? 'Show how far this event reaches (I)' : 'Select one event to see its impact'}
          onClick={() => toggleImpact()}
        >
          Show impact
        </button>
      </div>
      <PanelToggles />
      <DemoTools />
    </header>
  );
}

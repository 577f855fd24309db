import { setShortcutsOpen, togglePlay, togglePresenter, useDemoView, usePlay } from '../../state';
import { startTour } from './tour';

/** The toolbar's demo group: Play, presenter view, the tour and the shortcut sheet. */
export function DemoTools() {
  const playing = usePlay((p) => p.active);
  const presenter = useDemoView((v) => v.presenter);
  return (
    <div className="tool-group" role="group" aria-label="Demo">
      <button type="button" aria-pressed={playing} aria-keyshortcuts="Shift+P" onClick={() => togglePlay()} title="Walk the story choice by choice (Shift+P)">
        Play
      </button>
      {/* Short visible words (within the accessible name): the toolbar must stay on one row, or the graph loses a row of height. */}
      <button type="button" aria-label="Presenter view" aria-pressed={presenter} aria-keyshortcuts="F" onClick={() => togglePresenter()} title="Presenter view: full-window canvas for an audience (F)">
        Presenter
      </button>
      <button type="button" data-tour-start onClick={() => startTour()} title="A short guided walk through the studio">
        Tour
      </button>
      <button type="button" aria-label="Keyboard shortcuts" aria-keyshortcuts="? F1" title="Keyboard shortcuts (? or F1)" onClick={() => setShortcutsOpen(true)}>
        <span aria-hidden="true">?</span>
      </button>
    </div>
  );
}

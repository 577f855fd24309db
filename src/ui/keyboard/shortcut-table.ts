import {
  clearSelection,
  removeSelection,
  exitPresenter,
  getPlay,
  getReview,
  getSelection,
  redo,
  setShortcutsOpen,
  stepBack,
  toggleImpact,
  togglePlay,
  togglePresenter,
  undo,
} from '../../state';
import { cancelLinkMode, linkSource } from '../graph/link-mode';

/** The parts of a key press the table looks at (a KeyboardEvent has them all). */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * Every studio-wide key, in one table: the handler (use-global-shortcuts.ts) and the
 * shortcut sheet (demo/ShortcutSheet.tsx) both read it, so the sheet cannot drift.
 */
export interface Shortcut {
  /** Stable id (tests, React keys). */
  readonly id: string;
  /** Keys as the sheet shows them, one combination per entry: [['Ctrl', 'Z'], ['⌘', 'Z']]. */
  readonly keys: readonly (readonly string[])[];
  readonly description: string;
  readonly group: 'Editing' | 'View' | 'Help and demo';
  /** True when this key press is this shortcut. */
  matches(e: KeyPress): boolean;
  /** Does it; true when it acted (the browser's default is then prevented). */
  run(e: KeyboardEvent): boolean;
}

const mod = (e: KeyPress): boolean => e.ctrlKey || e.metaKey;
const plain = (e: KeyPress): boolean => !e.ctrlKey && !e.metaKey && !e.altKey;
const letter = (e: KeyPress, l: string): boolean => e.key.toLowerCase() === l;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'undo',
    keys: [['Ctrl', 'Z'], ['⌘', 'Z']],
    description: 'Undo the last change',
    group: 'Editing',
    matches: (e) => mod(e) && !e.altKey && !e.shiftKey && letter(e, 'z'),
    run: () => {
      undo();
      return true;
    },
  },
  {
    id: 'redo',
    keys: [['Ctrl', 'Shift', 'Z'], ['⌘', 'Shift', 'Z'], ['Ctrl', 'Y']],
    description: 'Redo the change last undone',
    group: 'Editing',
    matches: (e) =>
      (mod(e) && !e.altKey && e.shiftKey && letter(e, 'z')) || (e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && letter(e, 'y')),
    run: () => {
      redo();
      return true;
    },
  },
  {
    id: 'delete',
    keys: [['Delete']],
    description: 'Delete the selected events and links',
    group: 'Editing',
    matches: (e) => e.key === 'Delete' && !mod(e),
    run: () => removeSelection(),
  },
  {
    id: 'impact',
    keys: [['I']],
    description: 'Show or hide the impact of the selected event',
    group: 'View',
    matches: (e) => plain(e) && !e.shiftKey && letter(e, 'i'),
    // Review mode hides the canvas and the Impact panel: a ripple shown there would not be seen.
    run: () => !getReview().open && toggleImpact(),
  },
  {
    id: 'escape',
    keys: [['Esc']],
    description: 'Cancel drawing a link, or clear the selection, or leave presenter view',
    group: 'View',
    matches: (e) => e.key === 'Escape',
    run: (e) => {
      if (linkSource() !== null) cancelLinkMode();
      else if (!(e.target instanceof HTMLElement && e.target.closest('[role="dialog"]'))) {
        const { events, links, conflictId } = getSelection();
        const nothingSelected = events.length + links.length === 0 && conflictId === null;
        clearSelection();
        // With nothing left to clear, Escape leaves presenter view.
        if (nothingSelected) exitPresenter();
      }
      // Escape also closes dialogs and menus: never swallow it.
      return false;
    },
  },
  {
    id: 'play',
    keys: [['Shift', 'P']],
    description: 'Start or stop the play-through',
    group: 'Help and demo',
    matches: (e) => plain(e) && e.shiftKey && letter(e, 'p'),
    run: () => {
      togglePlay();
      return true;
    },
  },
  {
    id: 'step-back',
    keys: [['Backspace']],
    description: 'Step back one event in the play-through',
    group: 'Help and demo',
    matches: (e) => plain(e) && !e.shiftKey && e.key === 'Backspace',
    // Outside play it leaves Backspace to the browser.
    run: () => getPlay().active && stepBack(),
  },
  {
    id: 'presenter',
    keys: [['F']],
    description: 'Presenter view: full-window canvas, larger type, panels hidden',
    group: 'Help and demo',
    matches: (e) => plain(e) && !e.shiftKey && letter(e, 'f'),
    run: () => {
      togglePresenter();
      return true;
    },
  },
  {
    id: 'shortcuts',
    keys: [['?'], ['F1']],
    description: 'Show this list of keyboard shortcuts',
    group: 'Help and demo',
    matches: (e) => (e.key === '?' && !mod(e) && !e.altKey) || (e.key === 'F1' && plain(e)),
    run: () => {
      setShortcutsOpen(true);
      return true;
    },
  },
];

import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { SHORTCUTS } from './shortcut-table';

const STORY_UNDO = SHORTCUTS.filter((s) => s.id === 'undo' || s.id === 'redo');

/**
 * Undo or redo pressed in a field that holds no unsaved typing goes to the story. The
 * browser's own undo there would bring back text the field committed earlier: the field would
 * show the old title while the story (and the Events list) kept the new one, and leaving the
 * field would commit the old text again as a new change. With typing pending (`pending`), the
 * browser's undo applies to that typing. True when the story's undo or redo ran.
 */
export function storyUndoInField(e: ReactKeyboardEvent, pending: boolean): boolean {
  if (pending) return false;
  const shortcut = STORY_UNDO.find((s) => s.matches(e));
  if (shortcut === undefined) return false;
  e.preventDefault();
  return shortcut.run(e.nativeEvent);
}

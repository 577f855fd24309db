import { useEffect } from 'react';
import { clearSelection, deleteSelected, redo, toggleImpact, undo } from '../../state';
import { cancelLinkMode, linkSource } from '../graph/link-mode';

/** True when the key goes to a text field, where the browser's own undo and Delete apply. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
  }
  return false;
}

/** Studio-wide keys: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, Delete removes the selection, I shows impact, Escape cancels. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if (e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && key === 'y') {
        e.preventDefault();
        redo();
      } else if (e.key === 'Delete' && !mod) {
        if (deleteSelected()) e.preventDefault();
      } else if (key === 'i' && !mod && !e.altKey && !e.shiftKey) {
        if (toggleImpact()) e.preventDefault();
      } else if (e.key === 'Escape') {
        if (linkSource() !== null) cancelLinkMode();
        else if (!(e.target instanceof HTMLElement && e.target.closest('[role="dialog"]'))) clearSelection();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

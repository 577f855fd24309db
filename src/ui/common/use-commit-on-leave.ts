import { useEffect } from 'react';

/**
 * Typing in a field is saved when the field is left (Enter or blur). A reload or a closed tab
 * leaves the page without leaving the field, and the typing was lost: on pagehide the focused
 * field is left, so its own blur commits what it holds as any other edit, whose write is issued
 * in this same task (as for every change, durable-writer.ts). A value the field refuses stays
 * unsaved, as it would on leaving the field by hand.
 */
export function useCommitOnLeave(): void {
  useEffect(() => {
    const onHide = (): void => {
      const active = document.activeElement;
      if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) active.blur();
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);
}

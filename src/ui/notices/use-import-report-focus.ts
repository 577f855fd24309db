import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/**
 * What an import report box (problems or warnings) does with the focus: its Close takes it when
 * the box appears, so Enter or Escape dismisses the box, and the focus goes back to where it was
 * (Import, or the page for a dropped file).
 */
export function useImportReportFocus(onClose: () => void): {
  readonly close: RefObject<HTMLButtonElement | null>;
  readonly dismiss: () => void;
  readonly onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
} {
  const close = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    close.current?.focus();
  }, []);
  const dismiss = (): void => {
    const back = opener.current;
    onClose();
    if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'Escape') return;
    // Only the box closes: the studio's Escape (clearing the selection) is not meant.
    e.preventDefault();
    e.stopPropagation();
    dismiss();
  };
  return { close, dismiss, onKeyDown };
}

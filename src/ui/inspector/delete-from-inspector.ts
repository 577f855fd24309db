import { removeSelection } from '../../state';

/**
 * Deletes the selection from one of the Inspector's Delete buttons. The button goes with the
 * fields it sat in, and the focus with it (to the page): it moves to the Inspector's Add event
 * instead, which stays, so a keyboard user goes on from there (or Tabs back to the lists).
 */
export function deleteFromInspector(button: HTMLElement): void {
  const inspector = button.closest<HTMLElement>('[aria-label="Inspector"]');
  if (!removeSelection()) return;
  inspector?.querySelector<HTMLElement>('.panel-head button')?.focus();
}

/** Whether a mouse button is held down on the page: set by the listeners below. */
let pressed = false;
if (typeof window !== 'undefined') {
  const set = (down: boolean) => (): void => {
    pressed = down;
  };
  window.addEventListener('pointerdown', set(true), true);
  window.addEventListener('pointerup', set(false), true);
  window.addEventListener('pointercancel', set(false), true);
}

/**
 * Scrolls the nearest scrolling ancestor just enough to show `el` (a proposal's list of
 * changes, which appears on hover or focus under the card), but never so far that the
 * card's own top leaves the view, and never while a button is held: the content would
 * move under a pointer that is pressing Accept. The card grows by the list's height and
 * scrolls by at most that, so a hovering pointer stays over the same card.
 */
export function revealInScroller(el: HTMLElement): void {
  if (pressed) return;
  const card = el.closest('li') ?? el;
  let scroller = el.parentElement;
  while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /(auto|scroll)/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
  if (!scroller) return;
  const view = scroller.getBoundingClientRect();
  const below = el.getBoundingClientRect().bottom - view.bottom;
  if (below <= 0) return;
  const room = card.getBoundingClientRect().top - view.top;
  const by = Math.min(below + 4, Math.max(0, room));
  if (by > 0) scroller.scrollTop += by;
}

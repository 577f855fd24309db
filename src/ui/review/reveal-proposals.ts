/** A vertical stretch of the page, in viewport pixels. */
export interface Span {
  readonly top: number;
  readonly bottom: number;
}

/** Space kept between the revealed panel and the edge of the view, so it does not sit flush against it. */
const MARGIN = 12;

/**
 * How far to scroll `view` (positive = down) so that `target` shows, counting it at least
 * `reserve` pixels tall: the Proposals panel opens with "Working out fixes…" and grows up to
 * its max-height once the list is in, and a scroll sized for the first line would leave the
 * list itself below the fold. Never scrolls the panel's top out of view, and not at all when it
 * already shows: a therapist picking conflicts one after another keeps their place.
 */
export function revealBy(view: Span, target: Span, reserve: number): number {
  const top = target.top - MARGIN;
  if (top < view.top) return top - view.top;
  const bottom = Math.max(target.bottom, target.top + reserve) + MARGIN;
  if (bottom <= view.bottom) return 0;
  return Math.min(bottom - view.bottom, top - view.top);
}

/** The nearest ancestor of `el` that scrolls vertically (the review page), if any. */
function scrollerOf(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p.scrollHeight > p.clientHeight && /(auto|scroll)/.test(getComputedStyle(p).overflowY)) return p;
  }
  return null;
}

/**
 * Brings the Proposals panel of a conflict just picked into view, at its full (max) height,
 * smoothly unless the user asked the system for reduced motion.
 */
export function revealProposals(panel: HTMLElement): void {
  const scroller = scrollerOf(panel);
  if (!scroller) return;
  const maxHeight = Number.parseFloat(getComputedStyle(panel).maxHeight);
  const by = revealBy(scroller.getBoundingClientRect(), panel.getBoundingClientRect(), Number.isFinite(maxHeight) ? maxHeight : 0);
  if (by === 0) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  scroller.scrollBy({ top: by, behavior: still ? 'auto' : 'smooth' });
}

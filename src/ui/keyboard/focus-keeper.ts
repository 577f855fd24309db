/**
 * Where the keyboard focus goes when the control holding it goes away: a button removed with
 * its item (a chip, a note), disabled by its own action (Restart at the start), hidden by a
 * mode (presenter view), or a whole panel closed (Stop playing). The browser drops the focus
 * to the page then, and a keyboard or screen-reader user has to find their place again from
 * the top. The focus goes instead to the nearest control still there, in reading order:
 * the one that took the lost control's place, else the one before it; a container may name
 * where its controls hand the focus on with `data-focus-return` (a CSS selector), used when
 * the container itself goes.
 */

/** The control the keeper last gave the focus to, while it still has it untouched by the user. */
let kept: Element | null = null;

/**
 * Whether the focus on `el` was put there by the keeper, not by the user: code that moves the
 * focus on once its own work is done (after an Accept) may move it from there too.
 */
export function keptFocusOn(el: Element | null): boolean {
  return el !== null && el === kept;
}

/** Notes where the keeper puts the focus, or (null) that the user moved it. */
export function noteKept(el: Element | null): void {
  kept = el;
}

const FOCUSABLE = 'button, [href], input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** A control the keyboard can reach now: in the page, enabled, shown, not inert. */
export function reachable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.isConnected) return false;
  if ((el as HTMLButtonElement).disabled === true) return false;
  if (el.closest('[inert], [aria-hidden="true"]') !== null) return false;
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** The first reachable control in `scope` at or after `from` in reading order (or the last one before it, `backwards`). */
function nearIn(scope: Element, from: Node | null, backwards: boolean, lost: Element): HTMLElement | null {
  const all = [...scope.querySelectorAll(FOCUSABLE)].filter((el) => el !== lost);
  if (from === null) {
    const pool = backwards ? all.reverse() : all;
    return (pool.find(reachable) as HTMLElement | undefined) ?? null;
  }
  // DOCUMENT_POSITION_FOLLOWING (4): el comes after `from`; CONTAINED_BY (16): el is inside it.
  const after = (el: Element): boolean => el === from || (from.compareDocumentPosition(el) & (4 | 16)) !== 0;
  const pool = backwards ? all.filter((el) => !after(el)).reverse() : all.filter(after);
  return (pool.find(reachable) as HTMLElement | undefined) ?? null;
}

/** Where the lost control was: its parent then and the nodes beside it (from the mutation that removed it). */
export interface LostPlace {
  readonly parent: Node;
  readonly next: Node | null;
  readonly previous: Node | null;
}

/**
 * The control that should take the focus from `lost`, whose ancestors (at the time it had the
 * focus) were `ancestors`, innermost first; `place`: where it was, when it was removed.
 */
export function successorOf(lost: HTMLElement, ancestors: readonly Element[], place: LostPlace | undefined): HTMLElement | null {
  // A container that went and says where its controls hand the focus on.
  for (const a of ancestors) {
    if (a.isConnected) break;
    const selector = a.getAttribute('data-focus-return');
    const named = selector ? document.querySelector(selector) : null;
    if (named && reachable(named)) return named;
  }
  if (lost.isConnected) {
    // Disabled or hidden where it stands: the next control after it, else the one before, in ever wider containers.
    for (let scope = lost.parentElement; scope !== null; scope = scope.parentElement) {
      const found = nearIn(scope, lost, false, lost) ?? nearIn(scope, lost, true, lost);
      if (found) return found;
    }
    return null;
  }
  if (place && place.parent.isConnected && place.parent instanceof Element) {
    const next = place.next?.isConnected ? place.next : null;
    const previous = place.previous?.isConnected ? place.previous : null;
    const found = (next ? nearIn(place.parent, next, false, lost) : null) ?? (previous ? nearIn(place.parent, previous, true, lost) : null);
    if (found) return found;
  }
  for (const a of ancestors) {
    if (!a.isConnected) continue;
    const found = nearIn(a, null, false, lost);
    if (found) return found;
  }
  return null;
}

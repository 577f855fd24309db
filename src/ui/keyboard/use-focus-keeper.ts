import { useEffect } from 'react';
import { keptFocusOn, noteKept, reachable, successorOf, type LostPlace } from './focus-keeper';

/** Keeps the keyboard focus in the studio when the control holding it goes away (focus-keeper.ts). */
export function useFocusKeeper(): void {
  useEffect(() => {
    let lost: HTMLElement | null = null;
    let ancestors: Element[] = [];
    let place: LostPlace | undefined;
    let pending = 0;
    const onFocusIn = (e: FocusEvent): void => {
      if (!(e.target instanceof HTMLElement)) return;
      if (!keptFocusOn(e.target)) noteKept(null);
      lost = e.target;
      place = undefined;
      ancestors = [];
      for (let a = e.target.parentElement; a !== null && a !== document.body; a = a.parentElement) ancestors.push(a);
    };
    const check = (): void => {
      if (lost === null) return;
      const active = document.activeElement;
      if (active !== null && active !== document.body) return;
      // The focus left by a click on the page (or the window lost it): nothing went away.
      if (reachable(lost)) return;
      const next = successorOf(lost, ancestors, place);
      if (next === null) return;
      noteKept(next);
      // Not scrolled to: a list scrolled by the user (its rows come and go) must not jump back.
      next.focus({ preventScroll: true });
    };
    const later = (): void => {
      if (pending !== 0) return;
      // A control hidden by a class or disabled loses the focus when the page is next drawn.
      pending = requestAnimationFrame(() => {
        pending = 0;
        setTimeout(check, 0);
      });
    };
    const observer = new MutationObserver((records) => {
      const held = lost;
      if (held === null) return;
      if (!held.isConnected) {
        for (const r of records) {
          for (const node of r.removedNodes) {
            if (node === held || node.contains(held)) place = { parent: r.target, next: r.nextSibling, previous: r.previousSibling };
          }
        }
        check();
        return;
      }
      for (const r of records) {
        if (r.type === 'attributes' && r.target instanceof Element && r.target.contains(held)) {
          later();
          return;
        }
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'class', 'style', 'inert'] });
    document.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
      cancelAnimationFrame(pending);
    };
  }, []);
}

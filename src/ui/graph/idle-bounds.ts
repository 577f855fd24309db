import type { Core, SingularElementArgument } from 'cytoscape';
import { hasBounds, settleBounds } from './settled-bounds';

/** Elements whose boxes are made at once; about 14 ms at 20,000 dense events on the bench machine. */
export const BOUNDS_SLICE = 1000;

/** Time left in an idle period below which no further slice starts in it. */
const MIN_LEFT_MS = 8;

/** An idle period: how long the browser expects the page to stay idle. */
export interface IdleDeadline {
  timeRemaining(): number;
}

/** Runs `work` when the page is idle; returns how to call it off. */
export type ScheduleIdle = (work: (deadline: IdleDeadline) => void) => () => void;

/** The browser's idle callbacks, or a timer where there are none (a frame's worth of time each). */
export const browserIdle: ScheduleIdle = (work) => {
  const idle = globalThis.requestIdleCallback;
  if (typeof idle === 'function') {
    const handle = idle((deadline) => work(deadline));
    return () => globalThis.cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => {
    const until = performance.now() + 16;
    work({ timeRemaining: () => until - performance.now() });
  }, 0);
  return () => clearTimeout(handle);
};

/**
 * Makes the bounding boxes of every element on the canvas ready in idle time, a slice at a
 * time, and returns how to stop. Zoomed out over a big story the canvas draws dots and no
 * box is asked for; the first view close enough to draw links then needs all of them at
 * once (to know which lie near it): at 20,000 dense events about 80,000 boxes, over a
 * second in one task when the user zooms in or picks a conflict. Made beforehand, that
 * first view only reads them. Cytoscape keeps the boxes up to date itself afterwards (an
 * edit makes a few of them again).
 */
export function settleBoundsWhenIdle(cy: Core, schedule: ScheduleIdle = browserIdle): () => void {
  const eles = cy.elements().toArray();
  let from = 0;
  let cancel: (() => void) | null = null;
  const slice = (deadline: IdleDeadline): void => {
    cancel = null;
    if (cy.destroyed()) return;
    do {
      const part: SingularElementArgument[] = [];
      while (from < eles.length && part.length < BOUNDS_SLICE) {
        const ele = eles[from++]!;
        if (!ele.removed() && !hasBounds(ele)) part.push(ele);
      }
      settleBounds(cy, part);
    } while (from < eles.length && deadline.timeRemaining() >= MIN_LEFT_MS);
    if (from < eles.length) cancel = schedule(slice);
  };
  cancel = schedule(slice);
  return () => {
    cancel?.();
    cancel = null;
  };
}

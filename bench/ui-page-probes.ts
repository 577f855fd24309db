/** What the UI benchmark reads in the page: its instrumentation (installed before any page script), when a story has settled, the longest tasks. */
import type { Page } from '@playwright/test';

/**
 * Installed before any page script: long tasks, the moment a file is chosen, and the frames Cytoscape
 * spends drawing (its render loop's requestAnimationFrame callback, told apart by its source, which reads
 * the renderer's requestedFrame flag; Cytoscape takes requestAnimationFrame when its module loads, after this).
 */
export const INIT_SCRIPT = `
  // tsx (esbuild keepNames) wraps named functions passed to page.evaluate in __name(...).
  window.__name = (f) => f;
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => { window.__fileChosenAt = performance.now(); }, true);
  window.__paints = [];
  const nativeFrame = window.requestAnimationFrame.bind(window);
  const isPaint = new WeakMap();
  window.requestAnimationFrame = (f) => {
    let paint = isPaint.get(f);
    if (paint === undefined) {
      paint = Function.prototype.toString.call(f).includes('requestedFrame');
      isPaint.set(f, paint);
    }
    if (!paint) return nativeFrame(f);
    return nativeFrame((t) => {
      const start = performance.now();
      try {
        return f(t);
      } finally {
        const duration = performance.now() - start;
        if (duration > 1) window.__paints.push({ start, duration });
      }
    });
  };
`;

/**
 * performance.now() (in the page) at which the conflict count, having gone busy
 * for the new story, is current again, the graph shows the current revision's lanes
 * (`expectEvents` events listed, when given), and a frame has been painted after it.
 */
export async function settledAt(page: Page, afterBusy: boolean, expectEvents = 0): Promise<number> {
  return page.evaluate(
    ([mustSeeBusy, events]) =>
      new Promise<number>((resolve, reject) => {
        // After a reload the clock starts at navigation, so an already settled count counts.
        let sawBusy = !mustSeeBusy;
        const check = (): void => {
          const el = document.querySelector('[data-testid="conflict-count"]');
          const graph = document.querySelector('[data-testid="story-graph"]');
          // "5,000 events" (or "12 of 5,000 shown" while filtered): the number of events listed.
          const listed = (document.querySelector('[data-testid="outline-shown"]')?.textContent ?? '').replace(/[^0-9]/g, '');
          const placed = graph !== null && graph.getAttribute('data-lanes-revision') === graph.getAttribute('data-revision');
          const busy =
            el === null ||
            el.getAttribute('aria-busy') !== 'false' ||
            !/^\d+$/.test(el.textContent ?? '') ||
            !placed ||
            (events! > 0 && listed !== String(events));
          if (busy) sawBusy = true;
          else if (sawBusy) {
            requestAnimationFrame(() => resolve(performance.now()));
            return;
          }
          requestAnimationFrame(check);
        };
        check();
        setTimeout(() => reject(new Error('the story did not finish loading')), 180_000);
      }),
    [afterBusy, expectEvents] as const,
  );
}

export interface Longest {
  /** The longest task. */
  readonly ms: number;
  /** The longest task once Cytoscape's drawing inside it is taken out. */
  readonly withoutCanvasMs: number;
  /** Every long task in the span: start (from the span's start), duration and Cytoscape's drawing in it, in ms. */
  readonly tasks: readonly { readonly at: number; readonly ms: number; readonly canvasMs: number }[];
}

/** The longest main-thread task overlapping [from, to], with and without the canvas drawing in it. */
export async function longestTaskBetween(page: Page, from: number, to: number): Promise<Longest> {
  return page.evaluate(
    ([a, b]) => {
      type Span = { start: number; duration: number };
      const w = window as unknown as { __longtasks: Span[]; __paints: Span[] };
      let ms = 0;
      let withoutCanvasMs = 0;
      const tasks: { at: number; ms: number; canvasMs: number }[] = [];
      for (const t of w.__longtasks) {
        if (t.start + t.duration < a! || t.start > b!) continue;
        const canvas = w.__paints.filter((p) => p.start >= t.start && p.start < t.start + t.duration).reduce((sum, p) => sum + p.duration, 0);
        ms = Math.max(ms, t.duration);
        withoutCanvasMs = Math.max(withoutCanvasMs, t.duration - canvas);
        tasks.push({ at: Math.round(t.start - a!), ms: Math.round(t.duration), canvasMs: Math.round(canvas) });
      }
      return { ms, withoutCanvasMs, tasks };
    },
    [from, to],
  );
}


/** performance.now() two frames after the graph shows the current revision's lanes (data-lanes-revision = data-revision). */
export function lanesDrawnAt(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = (): void => {
          const g = document.querySelector('[data-testid="story-graph"]');
          if (g && g.getAttribute('data-lanes-revision') === g.getAttribute('data-revision')) {
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
          } else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/**
 * The UI benchmark's structural edits: Add event in the Inspector, then Undo (which removes it
 * again), each timed from the click to the conflict count current, with the longest main-thread
 * task until the new lanes are drawn. Both change the number of elements on the canvas, the
 * outline's rows and the Inspector's event, which the time edits do not.
 */
import type { Page } from '@playwright/test';
import { median } from './timing';
import { lanesDrawnAt, longestTaskBetween } from './ui-page-probes';

/** Clicks `button`; returns page times of the click, of the count current again (next frame) and of the graph showing the new lanes (two frames later). */
async function clickToSettled(page: Page, button: string): Promise<{ start: number; end: number; laidOut: number }> {
  const settled = page.evaluate(
    () =>
      new Promise<{ start: number; end: number }>((resolve, reject) => {
        const el = document.querySelector('[data-testid="conflict-count"]')!;
        let start: number | null = null;
        let sawBusy = false;
        document.addEventListener('click', () => (start ??= performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (el.getAttribute('aria-busy') === 'true') sawBusy = true;
          else if (sawBusy && start !== null) {
            observer.disconnect();
            const s = start;
            requestAnimationFrame(() => resolve({ start: s, end: performance.now() }));
          }
        });
        observer.observe(el, { attributes: true, attributeFilter: ['aria-busy'] });
        setTimeout(() => reject(new Error(`no analysis after ${button}`)), 60_000);
      }),
  );
  await page.waitForTimeout(50); // the observer is installed before the click
  // Add event is the Inspector's; Undo the toolbar's.
  const scope = button === 'Add event' ? page.getByRole('region', { name: 'Inspector' }) : page;
  await scope.getByRole('button', { name: button, exact: true }).first().click();
  const { start, end } = await settled;
  const laidOut = await lanesDrawnAt(page);
  return { start, end, laidOut };
}

export interface Insertions {
  /** Click → count current, ms: median of the adds, median of the undos. */
  readonly addMs: number;
  readonly undoMs: number;
  /** Longest main-thread task from the click until the lanes are drawn: median and worst over adds and undos. */
  readonly longestMedian: number;
  readonly longestWorst: number;
}

/** `rounds` times: Add event, then Undo. */
export async function insertions(page: Page, rounds = 3): Promise<Insertions> {
  const adds: number[] = [];
  const undos: number[] = [];
  const longest: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const [button, into] of [
      ['Add event', adds],
      ['Undo', undos],
    ] as const) {
      await page.waitForTimeout(1000); // the previous step's layout, autosave and repaint are done
      const step = await clickToSettled(page, button);
      into.push(step.end - step.start);
      const tasks = await longestTaskBetween(page, step.start, Math.max(step.end, step.laidOut));
      if (process.env.BENCH_TASKS === '1') console.error(`${button} ${i + 1}: ${Math.round(step.end - step.start)} ms to the count; long tasks ${tasks.tasks.map((t) => `+${t.at}: ${t.ms} (${t.canvasMs})`).join(', ') || 'none'}`);
      longest.push(tasks.ms);
    }
  }
  return { addMs: median(adds), undoMs: median(undos), longestMedian: median(longest), longestWorst: Math.max(...longest) };
}

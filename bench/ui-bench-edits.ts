/** The UI benchmark's edits: one event's time moved there and back, each timed from Enter to updated highlights, with the longest main-thread tasks it set off. */
import type { Page } from '@playwright/test';
import { median } from './timing';
import { lanesDrawnAt, longestTaskBetween, type Longest } from './ui-page-probes';
import type { Story } from '../src/core/model/story';

/** A link A -> B with A before B: moving A after B makes a temporal paradox (and moving it back resolves it). */
export function paradoxCandidate(story: Story): { id: string; title: string; time: number; newTime: number } {
  const byId = new Map(story.events.map((e) => [e.id, e]));
  for (const l of story.links) {
    const a = byId.get(l.from)!;
    const b = byId.get(l.to)!;
    if (a.time < b.time) return { id: a.id, title: a.title, time: a.time, newTime: b.time + 1000 };
  }
  throw new Error('the generated story has no forward link');
}

/**
 * Selects the event titled `title` through the Events filter, and waits until the canvas has
 * undone the filter's dimming (`data-dimming` idle for 300 ms): at 20,000 events that is
 * seconds of restyling in slices, which would otherwise run into the edits timed after.
 */
export async function selectEvent(page: Page, title: string): Promise<void> {
  const filter = page.getByRole('searchbox', { name: 'Filter events' });
  await filter.fill(title);
  await page.getByRole('region', { name: 'Events' }).getByRole('option', { name: title }).first().click();
  await filter.fill('');
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __idleSince?: number };
      const g = document.querySelector('[data-testid="story-graph"]');
      // Builds from before data-dimming: nothing to wait for.
      if (g?.getAttribute('data-dimming') === 'busy') w.__idleSince = undefined;
      else w.__idleSince ??= performance.now();
      return w.__idleSince !== undefined && performance.now() - w.__idleSince >= 300;
    },
    null,
    { polling: 'raf', timeout: 120_000 },
  );
  await page.evaluate(() => delete (window as unknown as { __idleSince?: number }).__idleSince);
}

/**
 * Sets the selected event's time in the Inspector; returns page times of pressing Enter,
 * of the count going busy, of the first frame after it is current again (`end`), and of
 * the second frame after the graph also shows the new revision's lanes (`laidOut`).
 */
async function editToHighlight(page: Page, newTime: number): Promise<{ ms: number; start: number; end: number; busyAt: number; laidOut: number; analysisMs: number }> {
  const time = page.getByRole('region', { name: 'Inspector' }).getByLabel('Time', { exact: true });
  await time.fill(String(newTime));
  const measured = page.evaluate(
    () =>
      new Promise<{ start: number; end: number; busyAt: number }>((resolve, reject) => {
        const el = document.querySelector('[data-testid="conflict-count"]')!;
        let start: number | null = null;
        let sawBusy = false;
        let busyAt = 0;
        document.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' && start === null) start = performance.now();
        }, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (el.getAttribute('aria-busy') === 'true') {
            if (!sawBusy) busyAt = performance.now();
            sawBusy = true;
          } else if (sawBusy && start !== null) {
            observer.disconnect();
            const s = start;
            requestAnimationFrame(() => resolve({ start: s, end: performance.now(), busyAt }));
          }
        });
        observer.observe(el, { attributes: true, attributeFilter: ['aria-busy'] });
        setTimeout(() => reject(new Error('no analysis after the edit')), 60_000);
      }),
  );
  await page.waitForTimeout(50); // let the observer be installed before the key press
  await time.press('Enter');
  const { start, end, busyAt } = await measured;
  const analysisMs = Number(await page.getByTestId('analysis-ms').textContent());
  const laidOut = await lanesDrawnAt(page);
  return { ms: end - start, start, end, busyAt, laidOut, analysisMs };
}

/** Edits of one event's time, there and back (each time making or resolving a paradox). */
export const EDITS = Number(process.env.BENCH_EDITS ?? 5);

/** Median and worst of per-edit figures. */
export interface Spread {
  readonly median: number;
  readonly worst: number;
}

const spread = (values: readonly number[]): Spread => ({ median: median(values), worst: Math.max(...values) });

/** Longest tasks of the edits: with and without Cytoscape's drawing, until lanes are drawn and until the idle-time snapshot is stored. */
export interface EditTasks {
  readonly untilDrawn: Spread;
  readonly untilDrawnWithoutCanvas: Spread;
  readonly untilSaved: Spread;
  readonly untilSavedWithoutCanvas: Spread;
}

/** performance.now() in the page once the full snapshot of the open story's current version is stored (autosave, idle time), and a frame after. */
async function snapshotStoredAt(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const from = performance.now();
        const check = (): void => {
          const root = document.querySelector('.studio');
          // Builds from before data-snapshot-revision: the autosave is done well within 2 s.
          const done = root?.hasAttribute('data-snapshot-revision') ? root.getAttribute('data-snapshot-revision') === root.getAttribute('data-revision') : performance.now() - from > 2000;
          if (done) requestAnimationFrame(() => resolve(performance.now()));
          else if (performance.now() - from > 60_000) reject(new Error('the snapshot was not stored within a minute'));
          else setTimeout(check, 20);
        };
        check();
      }),
  );
}

/** The edits' timings: the first edit, then median and worst over all of them, with the longest main-thread task of each. */
/** `moved`: the event is at its new time already (after an odd number of edits), so the first edit moves it back. */
export async function edits(page: Page, story: Story, moved = false): Promise<{ first: number; median: number; worst: number; commit: number; analysis: number; tasks: EditTasks }> {
  const { title, time, newTime } = paradoxCandidate(story);
  await selectEvent(page, title);
  const ms: number[] = [];
  const commits: number[] = [];
  const analyses: number[] = [];
  const drawn: Longest[] = [];
  const saved: Longest[] = [];
  for (let i = 0; i < EDITS; i++) {
    await page.waitForTimeout(1000); // the previous edit's layout, autosave and repaint are done
    const edit = await editToHighlight(page, (i % 2 === 0) !== moved ? newTime : time);
    ms.push(edit.ms);
    commits.push(edit.busyAt - edit.start);
    analyses.push(edit.analysisMs);
    // Everything the edit set off on the main thread: highlights, then the new lanes drawn...
    drawn.push(await longestTaskBetween(page, edit.start, Math.max(edit.end, edit.laidOut)));
    // BENCH_TASKS=1: each edit's long tasks on stderr ("+at ms: duration (canvas drawing)").
    if (process.env.BENCH_TASKS === '1') console.error(`edit ${i + 1}: ${Math.round(edit.ms)} ms to the count (commit ${Math.round(edit.busyAt - edit.start)}, worker ${edit.analysisMs}); long tasks ${drawn.at(-1)!.tasks.map((t) => `+${t.at}: ${t.ms} (${t.canvasMs})`).join(', ') || 'none'}`);
    // ...and then the story's snapshot stored in idle time.
    saved.push(await longestTaskBetween(page, edit.start, await snapshotStoredAt(page)));
  }
  return {
    first: ms[0]!,
    median: median(ms),
    worst: Math.max(...ms),
    commit: median(commits),
    analysis: median(analyses),
    tasks: {
      untilDrawn: spread(drawn.map((t) => t.ms)),
      untilDrawnWithoutCanvas: spread(drawn.map((t) => t.withoutCanvasMs)),
      untilSaved: spread(saved.map((t) => t.ms)),
      untilSavedWithoutCanvas: spread(saved.map((t) => t.withoutCanvasMs)),
    },
  };
}


/**
 * UI benchmark (`npm run bench:ui`): builds the app, serves it with `vite preview`
 * and drives Chromium through Playwright over generated stories of 500, 2,000 and
 * 5,000 events. Prints per size: time from import to first render (lanes placed, conflicts
 * current), time to first render on a cold reload, time from an edit to updated conflict
 * highlights (first edit, then median and worst of BENCH_EDITS edits moving one event
 * there and back), the longest main-thread task from an edit until its highlights and
 * new lanes are drawn (also without the time Cytoscape's render loop spent drawing inside it,
 * and until the edit's snapshot is stored in idle time), and frame times while panning (with the 2D canvas, then with Cytoscape's
 * WebGL renderer, the canvas's WebGL toggle).
 *
 * Browser: $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.
 * Sizes: BENCH_SIZES=500,2000 to choose others; BENCH_DENSITY=dense for conflict-dense stories
 * (e.g. BENCH_DENSITY=dense BENCH_SIZES=5000,20000, the issue 11 targets); BENCH_WEBGL=0 skips the WebGL pan. Where the time goes: bench/ui-profile.ts.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { generateStory } from './generate-story';
import { median } from './timing';
import type { Story } from '../src/core/model/story';

const OUT_DIR = 'node_modules/.cache/arc-studio-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4319);
const SIZES = (process.env.BENCH_SIZES ?? '500,2000,5000').split(',').map(Number);
/** typical (default) or dense: about 0.85 conflicts per event (bench/generate-story.ts), as a conflict-heavy story before fixing. */
const DENSITY = process.env.BENCH_DENSITY === 'dense' ? 'dense' : 'typical';

interface Row {
  readonly events: number;
  readonly links: number;
  readonly conflicts: number;
  readonly importToRenderMs: number;
  readonly reloadToRenderMs: number;
  /** The first edit after the import (cold code paths). */
  readonly firstEditToHighlightMs: number;
  /** Median over BENCH_EDITS edits. */
  readonly editToHighlightMs: number;
  readonly worstEditToHighlightMs: number;
  /** Median part of editToHighlightMs until the edit itself was rendered (count marked busy); the rest is analysis and rendering its result. */
  readonly editCommitMs: number;
  /** Median time the worker reported for analysing an edited revision (the status bar's "Analysis … ms"): the part of editToHighlightMs off the main thread. */
  readonly workerAnalysisMs: number;
  /** Longest main-thread tasks of an edit (median and worst over the edits), with and without Cytoscape's drawing in them. */
  readonly editTasks: EditTasks;
  readonly longestTaskDuringLoadMs: number;
  readonly panFrameMedianMs: number;
  readonly panFrameP95Ms: number;
  readonly panFrameMaxMs: number;
  /** The same pan with Cytoscape's WebGL renderer (the canvas's WebGL toggle); undefined where the browser has no WebGL 2. */
  readonly webglPan?: { readonly switchMs: number; readonly median: number; readonly p95: number; readonly max: number };
}

/**
 * Installed before any page script: long tasks, the moment a file is chosen, and the frames Cytoscape
 * spends drawing (its render loop's requestAnimationFrame callback, told apart by its source, which reads
 * the renderer's requestedFrame flag; Cytoscape takes requestAnimationFrame when its module loads, after this).
 */
const INIT_SCRIPT = `
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

function browserPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * performance.now() (in the page) at which the conflict count, having gone busy
 * for the new story, is current again, the graph shows the current revision's lanes
 * (`expectEvents` events listed, when given), and a frame has been painted after it.
 */
async function settledAt(page: Page, afterBusy: boolean, expectEvents = 0): Promise<number> {
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

interface Longest {
  /** The longest task. */
  readonly ms: number;
  /** The longest task once Cytoscape's drawing inside it is taken out. */
  readonly withoutCanvasMs: number;
}

/** The longest main-thread task overlapping [from, to], with and without the canvas drawing in it. */
async function longestTaskBetween(page: Page, from: number, to: number): Promise<Longest> {
  return page.evaluate(
    ([a, b]) => {
      type Span = { start: number; duration: number };
      const w = window as unknown as { __longtasks: Span[]; __paints: Span[] };
      let ms = 0;
      let withoutCanvasMs = 0;
      for (const t of w.__longtasks) {
        if (t.start + t.duration < a! || t.start > b!) continue;
        const canvas = w.__paints.filter((p) => p.start >= t.start && p.start < t.start + t.duration).reduce((sum, p) => sum + p.duration, 0);
        ms = Math.max(ms, t.duration);
        withoutCanvasMs = Math.max(withoutCanvasMs, t.duration - canvas);
      }
      return { ms, withoutCanvasMs };
    },
    [from, to],
  );
}

/** A link A -> B with A before B: moving A after B makes a temporal paradox (and moving it back resolves it). */
function paradoxCandidate(story: Story): { title: string; time: number; newTime: number } {
  const byId = new Map(story.events.map((e) => [e.id, e]));
  for (const l of story.links) {
    const a = byId.get(l.from)!;
    const b = byId.get(l.to)!;
    if (a.time < b.time) return { title: a.title, time: a.time, newTime: b.time + 1000 };
  }
  throw new Error('the generated story has no forward link');
}

/** Selects the event titled `title` through the Events filter. */
async function selectEvent(page: Page, title: string): Promise<void> {
  const filter = page.getByRole('searchbox', { name: 'Filter events' });
  await filter.fill(title);
  await page.getByRole('region', { name: 'Events' }).getByRole('option', { name: title }).first().click();
  await filter.fill('');
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
  const laidOut = await page.evaluate(
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
  return { ms: end - start, start, end, busyAt, laidOut, analysisMs };
}

/** Edits of one event's time, there and back (each time making or resolving a paradox). */
const EDITS = Number(process.env.BENCH_EDITS ?? 5);

/** Median and worst of per-edit figures. */
interface Spread {
  readonly median: number;
  readonly worst: number;
}

const spread = (values: readonly number[]): Spread => ({ median: median(values), worst: Math.max(...values) });

/** Longest tasks of the edits: with and without Cytoscape's drawing, until lanes are drawn and until the idle-time snapshot is stored. */
interface EditTasks {
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
async function edits(page: Page, story: Story): Promise<{ first: number; median: number; worst: number; commit: number; analysis: number; tasks: EditTasks }> {
  const { title, time, newTime } = paradoxCandidate(story);
  await selectEvent(page, title);
  const ms: number[] = [];
  const commits: number[] = [];
  const analyses: number[] = [];
  const drawn: Longest[] = [];
  const saved: Longest[] = [];
  for (let i = 0; i < EDITS; i++) {
    await page.waitForTimeout(1000); // the previous edit's layout, autosave and repaint are done
    const edit = await editToHighlight(page, i % 2 === 0 ? newTime : time);
    ms.push(edit.ms);
    commits.push(edit.busyAt - edit.start);
    analyses.push(edit.analysisMs);
    // Everything the edit set off on the main thread: highlights, then the new lanes drawn...
    drawn.push(await longestTaskBetween(page, edit.start, Math.max(edit.end, edit.laidOut)));
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

/** Drags across the graph background and returns the frame intervals seen meanwhile. */
async function panFrames(page: Page): Promise<number[]> {
  const box = await page.getByTestId('story-graph').boundingBox();
  if (!box) throw new Error('no graph on screen');
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__frames = [];
    w.__framing = true;
    let last = performance.now();
    const tick = (t: number): void => {
      w.__frames.push(t - last);
      last = t;
      if (w.__framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Near the top left corner: after "fit" that is padding, so the drag pans rather than moves a node.
  const x = box.x + 10;
  const y = box.y + 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 8, y + i * 3);
  for (let i = 59; i >= 0; i--) await page.mouse.move(x + i * 8, y + i * 3);
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__framing = false;
    return w.__frames.slice(1);
  });
}

/**
 * Turns on the canvas's WebGL toggle, waits for the new renderer to have drawn the story,
 * pans as panFrames does, and turns it off again (the choice is remembered per browser).
 */
async function panWithWebgl(page: Page): Promise<{ switchMs: number; median: number; p95: number; max: number } | undefined> {
  const toggle = page.getByRole('button', { name: 'WebGL', exact: true });
  if (!(await toggle.isEnabled())) return undefined;
  const before = await page.evaluate(() => performance.now());
  // The new renderer builds its texture atlases on the main thread: the page may not answer for a while.
  await toggle.click({ timeout: 600_000, noWaitAfter: true });
  const drawn = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = (): void => {
          if (document.querySelector('[data-testid="story-graph"][data-renderer="webgl"]')) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  await page.waitForTimeout(2000);
  const frames = await panFrames(page);
  await toggle.click({ timeout: 600_000 });
  await page.waitForSelector('[data-testid="story-graph"][data-renderer="canvas"]', { timeout: 600_000 });
  return { switchMs: drawn - before, median: median(frames), p95: percentile(frames, 0.95), max: Math.max(0, ...frames) };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function measure(browser: Browser, base: string, events: number): Promise<Row> {
  const story = generateStory({ events, seed: 7, density: DENSITY });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => document.querySelector('[data-testid="conflict-count"]')?.getAttribute('aria-busy') === 'false', null, { timeout: 60_000 });

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const settled = settledAt(page, true, events);
  await (await chooser).setFiles({ name: `bench-${events}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  const rendered = await settled;
  const chosen = await page.evaluate(() => (window as unknown as { __fileChosenAt: number }).__fileChosenAt);
  const longestTaskDuringLoadMs = (await longestTaskBetween(page, chosen, rendered)).ms;

  const conflicts = Number(await page.getByTestId('conflict-count').textContent());
  const edited = await edits(page, story);
  const frames = await panFrames(page);
  const webglPan = process.env.BENCH_WEBGL === '0' ? undefined : await panWithWebgl(page);

  await page.waitForTimeout(800); // autosave
  await page.reload();
  const reloadToRenderMs = await settledAt(page, false, events);
  await context.close();
  return {
    events,
    links: story.links.length,
    conflicts,
    importToRenderMs: rendered - chosen,
    reloadToRenderMs,
    firstEditToHighlightMs: edited.first,
    editToHighlightMs: edited.median,
    worstEditToHighlightMs: edited.worst,
    editCommitMs: edited.commit,
    workerAnalysisMs: edited.analysis,
    editTasks: edited.tasks,
    longestTaskDuringLoadMs,
    panFrameMedianMs: median(frames),
    panFrameP95Ms: percentile(frames, 0.95),
    panFrameMaxMs: Math.max(0, ...frames),
    ...(webglPan ? { webglPan } : {}),
  };
}

const round = (v: number): number => Math.round(v * 10) / 10;

async function main(): Promise<void> {
  console.log('building the app…');
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server = await preview({ logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: PORT, strictPort: true } });
  const executablePath = browserPath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: Row[] = [];
  try {
    for (const n of SIZES) {
      console.log(`measuring ${n} events…`);
      rows.push(await measure(browser, `http://localhost:${PORT}/`, n));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.table(
    rows.map((r) => ({
      events: r.events,
      links: r.links,
      conflicts: r.conflicts,
      'import → render ms': round(r.importToRenderMs),
      'reload → render ms': round(r.reloadToRenderMs),
      'edit → count ms first / median / worst (commit; worker analysis)': `${round(r.firstEditToHighlightMs)} / ${round(r.editToHighlightMs)} / ${round(r.worstEditToHighlightMs)} (${round(r.editCommitMs)}; ${round(r.workerAnalysisMs)})`,
      'longest task after edit ms median / worst (without canvas drawing)': `${round(r.editTasks.untilDrawn.median)} / ${round(r.editTasks.untilDrawn.worst)} (${round(r.editTasks.untilDrawnWithoutCanvas.median)} / ${round(r.editTasks.untilDrawnWithoutCanvas.worst)})`,
      '… until the snapshot is stored': `${round(r.editTasks.untilSaved.median)} / ${round(r.editTasks.untilSaved.worst)} (${round(r.editTasks.untilSavedWithoutCanvas.median)} / ${round(r.editTasks.untilSavedWithoutCanvas.worst)})`,
      'longest task, load ms': round(r.longestTaskDuringLoadMs),
      'pan frame median/p95/max ms': `${round(r.panFrameMedianMs)} / ${round(r.panFrameP95Ms)} / ${round(r.panFrameMaxMs)}`,
      'WebGL: switch ms, pan frame median/p95/max ms': r.webglPan ? `${round(r.webglPan.switchMs)}; ${round(r.webglPan.median)} / ${round(r.webglPan.p95)} / ${round(r.webglPan.max)}` : process.env.BENCH_WEBGL === '0' ? 'not measured' : 'no WebGL 2',
    })),
  );
  console.log(`Stories: ${DENSITY}. Targets: 5,000 events usable; no main-thread task over 50 ms after an edit; edit → count (the conflict count current, highlights drawn) under 100 ms at 2,000 events;`);
  console.log('dense stories (issue 11): edit → count ≤ 100 ms at 5,000 events and ≤ 200 ms at 20,000.');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * UI benchmark (`npm run bench:ui`): builds the app, serves it with `vite preview`
 * and drives Chromium through Playwright over generated stories of 500, 2,000 and
 * 5,000 events. Prints per size: time from import to first render (lanes placed, conflicts
 * current) and until the canvas holds the whole story (the edits are timed after that), time
 * to first render on a cold reload, time from an edit to updated conflict
 * highlights (first edit, then median and worst of BENCH_EDITS edits moving one event
 * there and back), the longest main-thread task from an edit until its highlights and
 * new lanes are drawn (also without the time Cytoscape's render loop spent drawing inside it,
 * and until the edit's snapshot is stored in idle time), and frame times while panning (with the 2D canvas, then with Cytoscape's
 * WebGL renderer, the canvas's WebGL toggle). Then the edits again with the canvas zoomed in on the edited event
 * (BENCH_ZOOM=1, the zoom; BENCH_ZOOMED=0 skips them), before Fit and the reload; the wheel zoom in to there, the first
 * view close enough to draw links, is timed too (its longest task and all its long tasks). Between the edits and the pan:
 * Add event then Undo, three times, timed the same way (BENCH_INSERTS=0 skips them).
 *
 * Browser: $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.
 * Sizes: BENCH_SIZES=500,2000 to choose others; BENCH_DENSITY=dense for conflict-dense stories
 * (e.g. BENCH_DENSITY=dense BENCH_SIZES=5000,20000, the issue 11 targets); BENCH_WEBGL=0 skips the WebGL pan;
 * BENCH_TASKS=1 lists each edit's long tasks on stderr. Where the time goes: bench/ui-profile.ts.
 */
import type { Browser } from '@playwright/test';
import { generateStory } from './generate-story';
import { median } from './timing';
import { EDITS, edits, paradoxCandidate, type EditTasks } from './ui-bench-edits';
import { panFrames, panWithWebgl, percentile } from './ui-bench-pan';
import { insertions, type Insertions } from './ui-bench-insert';
import { zoomInOn } from './ui-bench-zoom';
import { startBench } from './ui-browser';
import { INIT_SCRIPT, longestTaskBetween, settledAt } from './ui-page-probes';

/** BENCH_OUT_DIR: where the app is built (another folder when two checkouts share node_modules). */
const OUT_DIR = process.env.BENCH_OUT_DIR ?? 'node_modules/.cache/arc-studio-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4319);
const SIZES = (process.env.BENCH_SIZES ?? '500,2000,5000').split(',').map(Number);
/** typical (default) or dense: about 0.85 conflicts per event (bench/generate-story.ts), as a conflict-heavy story before fixing. */
const DENSITY = process.env.BENCH_DENSITY === 'dense' ? 'dense' : 'typical';
/** The zoom of the zoomed-in edits (BENCH_ZOOM): 1 draws events at their natural size, a few dozen on screen. */
const ZOOM = Number(process.env.BENCH_ZOOM ?? 1);

interface Row {
  readonly events: number;
  readonly links: number;
  readonly conflicts: number;
  readonly importToRenderMs: number;
  /** From choosing the file until the canvas holds the whole story (the chunked fill done). */
  readonly filledMs: number;
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
  /** The edits again with the canvas zoomed in on the edited event (Cytoscape draws only what is on screen); undefined with BENCH_ZOOMED=0. */
  /** Add event, then Undo, three times (ui-bench-insert.ts); undefined with BENCH_INSERTS=0. */
  readonly inserted?: Insertions;
  readonly zoomed?: {
    readonly zoom: number;
    readonly median: number;
    readonly worst: number;
    readonly tasks: EditTasks;
    /** The wheel zoom from the fitted view in to `zoom`, the first time links are drawn: its longest task and all its long tasks together. */
    readonly firstZoomIn: { readonly longestMs: number; readonly totalMs: number };
  };
  /** The same pan with Cytoscape's WebGL renderer (the canvas's WebGL toggle); undefined where the browser has no WebGL 2. */
  readonly webglPan?: { readonly switchMs: number; readonly median: number; readonly p95: number; readonly max: number };
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
  // A large story goes onto the canvas in chunks (chunked-fill.ts) after it is shown: the edits are timed once it is all there,
  // so that no chunk's frame falls inside an edit's window.
  await page.waitForFunction(() => document.querySelector('[data-testid="story-graph"]')?.getAttribute('data-canvas-pending') === '0', null, { timeout: 180_000 });
  const filledMs = (await page.evaluate(() => performance.now())) - chosen;
  const edited = await edits(page, story);
  const inserted = process.env.BENCH_INSERTS === '0' ? undefined : await insertions(page);
  const frames = await panFrames(page);
  const webglPan = process.env.BENCH_WEBGL === '0' ? undefined : await panWithWebgl(page);

  let zoomed: Row['zoomed'];
  if (process.env.BENCH_ZOOMED !== '0') {
    const zoomFrom = await page.evaluate(() => performance.now());
    const zoom = await zoomInOn(page, paradoxCandidate(story).id, ZOOM);
    const zoomTasks = await longestTaskBetween(page, zoomFrom, await page.evaluate(() => performance.now()));
    const firstZoomIn = { longestMs: zoomTasks.ms, totalMs: zoomTasks.tasks.reduce((sum, t) => sum + t.ms, 0) };
    const again = await edits(page, story, EDITS % 2 === 1);
    zoomed = { zoom, median: again.median, worst: again.worst, tasks: again.tasks, firstZoomIn };
    // Back to the whole story, so the reload below opens the same view as without this.
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
  }

  await page.waitForTimeout(800); // autosave
  await page.reload();
  const reloadToRenderMs = await settledAt(page, false, events);
  await context.close();
  return {
    events,
    links: story.links.length,
    conflicts,
    importToRenderMs: rendered - chosen,
    filledMs,
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
    ...(inserted ? { inserted } : {}),
    ...(zoomed ? { zoomed } : {}),
  };
}

const round = (v: number): number => Math.round(v * 10) / 10;

async function main(): Promise<void> {
  console.log('building the app…');
  const { server, browser } = await startBench(OUT_DIR, PORT);
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
      'import → canvas filled ms': round(r.filledMs),
      'reload → render ms': round(r.reloadToRenderMs),
      'edit → count ms first / median / worst (commit; worker analysis)': `${round(r.firstEditToHighlightMs)} / ${round(r.editToHighlightMs)} / ${round(r.worstEditToHighlightMs)} (${round(r.editCommitMs)}; ${round(r.workerAnalysisMs)})`,
      'longest task after edit ms median / worst (without canvas drawing)': `${round(r.editTasks.untilDrawn.median)} / ${round(r.editTasks.untilDrawn.worst)} (${round(r.editTasks.untilDrawnWithoutCanvas.median)} / ${round(r.editTasks.untilDrawnWithoutCanvas.worst)})`,
      '… until the snapshot is stored': `${round(r.editTasks.untilSaved.median)} / ${round(r.editTasks.untilSaved.worst)} (${round(r.editTasks.untilSavedWithoutCanvas.median)} / ${round(r.editTasks.untilSavedWithoutCanvas.worst)})`,
      'Add event / Undo → count ms; longest task median / worst': r.inserted
        ? `${round(r.inserted.addMs)} / ${round(r.inserted.undoMs)}; ${round(r.inserted.longestMedian)} / ${round(r.inserted.longestWorst)}`
        : 'not measured',
      'longest task, load ms': round(r.longestTaskDuringLoadMs),
      'pan frame median/p95/max ms': `${round(r.panFrameMedianMs)} / ${round(r.panFrameP95Ms)} / ${round(r.panFrameMaxMs)}`,
      'zoomed in: edit → count ms median / worst; longest task median / worst (without canvas drawing)': r.zoomed
        ? `×${round(r.zoomed.zoom)}: ${round(r.zoomed.median)} / ${round(r.zoomed.worst)}; ${round(r.zoomed.tasks.untilDrawn.median)} / ${round(r.zoomed.tasks.untilDrawn.worst)} (${round(r.zoomed.tasks.untilDrawnWithoutCanvas.median)} / ${round(r.zoomed.tasks.untilDrawnWithoutCanvas.worst)})`
        : 'not measured',
      'first zoom-in from the fitted view: longest task / all long tasks ms': r.zoomed ? `${round(r.zoomed.firstZoomIn.longestMs)} / ${round(r.zoomed.firstZoomIn.totalMs)}` : 'not measured',
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

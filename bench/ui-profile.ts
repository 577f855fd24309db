/**
 * Main-thread profile of the studio (`npx tsx bench/ui-profile.ts`): builds the app
 * unminified, imports a generated story, then records a CPU profile (CDP Profiler)
 * around one step and prints where the main thread spent its time: self time per
 * function inside long tasks, and the long tasks themselves.
 *
 * PROFILE_EVENTS=2000 (size), PROFILE_DENSITY=dense (a conflict-dense story), PROFILE_STEP=edit|import|pan|accept|pick|pick-next|fix-all|play|insert|undo|bench-zoomed|zoom-in (what to record; zoom-in: the wheel zoom from the fitted view in to PROFILE_ZOOM, as bench:ui's first zoom-in; pick: the first press on a conflict card; pick-next: the press on the second card after the first; fix-all: Accept all safe fixes; play: Play until the start events are listed; undo: Add event, then Undo recorded), PROFILE_WARM=N (insert: N rounds of Add event and Undo before).
 * PROFILE_EDITS=1: edits recorded (step edit). PROFILE_ZOOM=1: the edits (or the pan) with the canvas zoomed in on the edited event to that zoom (as bench:ui's zoomed edits). PROFILE_WAIT_MS=1500: how long recording goes on after the step. PROFILE_MODULES=1: per long task, time per source module (the bundle's "// src/..." markers), and how much of
 * it is Cytoscape's (the canvas) against everything else.
 * PROFILE_TRACE=1: a Chromium trace instead (time per task by kind: script, style, layout, paint);
 * PROFILE_TIMELINE=1 with it: main-thread and worker tasks in order. PROFILE_PER_TASK=1 (or N: top N per task),
 * PROFILE_GREP=re, PROFILE_CALLERS=re, PROFILE_UNDER=re: more views of the CPU profile.
 * Browser: $CHROMIUM_PATH, else /usr/bin/chromium.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { busyRuns, profileOffset, type Profile } from './cpu-profile';
import { generateStory } from './generate-story';
import { byModule, moduleIndex } from './profile-modules';
import { summarise } from './profile-summary';
import { trace } from './profile-trace';
import { zoomInOn } from './ui-bench-zoom';
import { EDITS as BENCH_EDITS, edits, paradoxCandidate as benchCandidate, selectEvent } from './ui-bench-edits';
import { panFrames } from './ui-bench-pan';
import { INIT_SCRIPT as BENCH_INIT_SCRIPT } from './ui-page-probes';
import { startBench } from './ui-browser';
import type { Story } from '../src/core/model/story';

/** BENCH_OUT_DIR: where the app is built (another folder when two checkouts share node_modules). */
const OUT_DIR = process.env.BENCH_OUT_DIR ?? 'node_modules/.cache/arc-studio-profile';
const PORT = Number(process.env.BENCH_PORT ?? 4333);
const EVENTS = Number(process.env.PROFILE_EVENTS ?? 2000);
const STEP = process.env.PROFILE_STEP ?? 'edit';
/** How long recording goes on after the step settled (PROFILE_WAIT_MS; long enough for the idle-time autosave). */
const WAIT_MS = Number(process.env.PROFILE_WAIT_MS ?? 1500);
/** PROFILE_STEP=edit: how many edits to record (there and back), 1.5 s apart. */
const EDITS = Number(process.env.PROFILE_EDITS ?? 1);
/** typical (default) or dense: about 0.85 conflicts per event (bench/generate-story.ts). */
const DENSITY = process.env.PROFILE_DENSITY === 'dense' ? 'dense' : 'typical';

const INIT_SCRIPT = `
  window.__name = (f) => f;
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

const COUNT_CURRENT = `() => { const c = document.querySelector('[data-testid="conflict-count"]'); return c && c.getAttribute('aria-busy') === 'false' && /^\\d+$/.test(c.textContent ?? ''); }`;

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(new Function(`return (${COUNT_CURRENT})();`) as () => boolean, null, { timeout: 180_000 });
}

function paradoxCandidate(story: Story): { id: string; title: string; newTime: number; oldTime: number } {
  const byId = new Map(story.events.map((e) => [e.id, e]));
  for (const l of story.links) {
    const a = byId.get(l.from)!;
    const b = byId.get(l.to)!;
    if (a.time < b.time) return { id: a.id, title: a.title, newTime: b.time + 1000, oldTime: a.time };
  }
  throw new Error('no forward link');
}

async function record(page: Page, cdp: CDPSession, act: () => Promise<void>): Promise<void> {
  if (process.env.PROFILE_TRACE) return trace(page, cdp, act, `${OUT_DIR}/${STEP}-${EVENTS}.trace.json`);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // A few ms of a named function at a known page time: where it shows in the profile maps the page clock onto the profile's.
  const markAt = (await page.evaluate('(function arcProfileMark() { const t = performance.now(); while (performance.now() - t < 3) {} return t; })()')) as number;
  const before = await page.evaluate(() => performance.now());
  await act();
  await page.waitForTimeout(WAIT_MS);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  writeFileSync(`${OUT_DIR}/${STEP}-${EVENTS}.cpuprofile`, JSON.stringify(profile));
  const tasks = await page.evaluate(
    (from) => (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks.filter((t) => t.start >= from),
    before,
  );
  console.log(`long tasks (ms): ${tasks.map((t) => `${t.duration.toFixed(0)}@${(t.start - before).toFixed(0)}`).join(', ')}`);
  const offset = profileOffset(profile, markAt);
  // The long tasks themselves where the clocks could be matched, else stretches without idle samples.
  const windows = offset === undefined ? busyRuns(profile, 50) : tasks.map((t) => ({ start: t.start * 1000 + offset, end: (t.start + t.duration) * 1000 + offset }));
  console.log(`${offset === undefined ? 'busy runs in the profile' : 'long tasks found in the profile'} (ms): ${windows.map((w) => ((w.end - w.start) / 1000).toFixed(0)).join(', ')}`);
  if (process.env.PROFILE_MODULES) byModule(profile, windows, moduleIndex(OUT_DIR));
  if (process.env.PROFILE_PER_TASK) for (const w of windows) summarise(profile, [w], Number(process.env.PROFILE_PER_TASK) > 1 ? Number(process.env.PROFILE_PER_TASK) : 18);
  summarise(profile, windows);
}

async function main(): Promise<void> {
  const { server, browser } = await startBench(OUT_DIR, PORT, { minify: false });
  try {
    const story = generateStory({ events: EVENTS, seed: 7, density: DENSITY });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(STEP === 'bench-zoomed' ? BENCH_INIT_SCRIPT : INIT_SCRIPT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`http://localhost:${PORT}/`);
    await settled(page);
    const importIt = async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await (await chooser).setFiles({ name: `p-${EVENTS}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
      await page.waitForFunction((n) => (document.querySelector('[data-testid="outline-shown"]')?.textContent ?? '').replace(/[^0-9]/g, '') === String(n), EVENTS, { timeout: 180_000 });
      await settled(page);
      await page.waitForFunction(() => {
        const g = document.querySelector('[data-testid="story-graph"]');
        return g !== null && g.getAttribute('data-lanes-revision') === g.getAttribute('data-revision');
      }, null, { timeout: 180_000 });
      // A large story goes onto the canvas in chunks (chunked-fill.ts): until the last one is added.
      await page.waitForFunction(() => document.querySelector('[data-testid="story-graph"]')?.getAttribute('data-canvas-pending') === '0', null, { timeout: 180_000 });
      await page.waitForTimeout(1500);
    };
    if (STEP === 'import') {
      await record(page, cdp, importIt);
      await page.screenshot({ path: `${OUT_DIR}/${STEP}-${EVENTS}.png` });
      return;
    }
    await importIt();
    if (STEP === 'edit') {
      const { id, title, newTime, oldTime } = paradoxCandidate(story);
      // As bench:ui selects: through the Events filter, then until the canvas has undone the filter's dimming.
      const select = (): Promise<void> => selectEvent(page, title);
      await select();
      const time = page.getByRole('region', { name: 'Inspector' }).getByLabel('Time', { exact: true });
      // Zoomed, as bench:ui's zoomed edits: one edit at the fitted view first, then zoomed in on the event where it went.
      const zoomed = process.env.PROFILE_ZOOM !== undefined;
      if (zoomed) {
        await time.fill(String(newTime));
        await time.press('Enter');
        await page.waitForTimeout(100);
        await settled(page);
        await page.waitForTimeout(1500);
        console.log(`zoomed in to ${(await zoomInOn(page, id, Number(process.env.PROFILE_ZOOM))).toFixed(2)}`);
        await select();
      }
      const [first, second] = zoomed ? [oldTime, newTime] : [newTime, oldTime];
      await time.fill(String(first));
      await record(page, cdp, async () => {
        for (let i = 0; i < EDITS; i++) {
          if (i > 0) {
            await page.waitForTimeout(1500);
            await time.fill(String(i % 2 === 0 ? first : second));
          }
          await time.press('Enter');
          await page.waitForTimeout(100);
          await settled(page);
        }
      });
    } else if (STEP === 'zoom-in') {
      // bench:ui's first zoom-in from the fitted view (PROFILE_ZOOM, default 1.2), recorded.
      await record(page, cdp, async () => {
        console.log(`zoomed in to ${(await zoomInOn(page, benchCandidate(story).id, Number(process.env.PROFILE_ZOOM ?? 1.2))).toFixed(2)}`);
      });
    } else if (STEP === 'bench-zoomed') {
      // bench:ui's zoomed edits exactly: its edits at the fitted view, its pan, zoomed in (PROFILE_ZOOM, default 1), its edits recorded.
      await edits(page, story);
      await panFrames(page);
      console.log(`zoomed in to ${(await zoomInOn(page, benchCandidate(story).id, Number(process.env.PROFILE_ZOOM ?? 1))).toFixed(2)}`);
      await record(page, cdp, async () => {
        // PROFILE_FILTER=1: what the edits' selection costs instead (the Events filter typed, then cleared).
        if (process.env.PROFILE_FILTER) return selectEvent(page, benchCandidate(story).title);
        const again = await edits(page, story, BENCH_EDITS % 2 === 1);
        console.log(`longest task per edit, median / worst: ${again.tasks.untilDrawn.median.toFixed(0)} / ${again.tasks.untilDrawn.worst.toFixed(0)} ms`);
      });
    } else if (STEP === 'pan') {
      // PROFILE_ZOOM: the pan zoomed in on an event first (as bench:ui's zoomed edits), else at the opening overview.
      if (process.env.PROFILE_ZOOM !== undefined) console.log(`zoomed in to ${(await zoomInOn(page, paradoxCandidate(story).id, Number(process.env.PROFILE_ZOOM))).toFixed(2)}`);
      const box = (await page.getByTestId('story-graph').boundingBox())!;
      await record(page, cdp, async () => {
        // As bench:ui's pan: below the "Proportional time" button in the corner, on the canvas.
        const x = box.x + 10;
        const y = box.y + 40;
        await page.mouse.move(x, y);
        await page.mouse.down();
        for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 8, y + i * 3);
        await page.mouse.up();
      });
    } else if (STEP === 'accept') {
      const first = page.getByRole('region', { name: 'Conflicts' }).locator('li[data-conflict-type="scale-jump"] button').first();
      await first.click();
      await page.waitForFunction(() => document.querySelector('section[aria-label="Proposals"] [data-proposal-id] button.primary') !== null, null, { timeout: 60_000 });
      await page.waitForTimeout(1500);
      await record(page, cdp, async () => {
        await page.locator('section[aria-label="Proposals"] [data-proposal-id] button.primary').first().click();
        await page.waitForTimeout(100);
        await settled(page);
        await page.waitForTimeout(1000);
      });
    } else if (STEP === 'pick' || STEP === 'pick-next') {
      // The first press on a conflict card at the fitted view: selected, and the canvas framing its events.
      // pick-next: that press first (not recorded), then the press on the next card, as one going down the list.
      await page.waitForTimeout(1500);
      const cards = page.getByRole('region', { name: 'Conflicts' }).locator('li[data-conflict-id] button');
      if (STEP === 'pick-next') {
        await cards.first().click();
        await page.waitForTimeout(4000);
      }
      await record(page, cdp, async () => {
        await cards.nth(STEP === 'pick-next' ? 1 : 0).click();
        await page.waitForTimeout(3000);
      });
    } else if (STEP === 'fix-all') {
      // Accept all safe fixes, recorded from the click until the fixed story's count is settled.
      await page.waitForTimeout(1500);
      await record(page, cdp, async () => {
        await page.getByRole('button', { name: 'Accept all safe fixes' }).click();
        await page.getByText(/^Accepted \d+ safe fix/).waitFor({ timeout: 120_000 });
        await settled(page);
      });
    } else if (STEP === 'play') {
      // Play: from the click to the start events listed.
      await page.waitForTimeout(1500);
      await record(page, cdp, async () => {
        await page.getByRole('button', { name: 'Play', exact: true }).click();
        await page.getByRole('heading', { name: 'Pick a start event' }).waitFor({ timeout: 60_000 });
        await page.waitForTimeout(500);
      });
    } else if (STEP === 'undo') {
      // Add event first (not recorded), then Undo, which removes it again.
      await page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: /add event/i }).first().click();
      await settled(page);
      await page.waitForTimeout(1500);
      await record(page, cdp, async () => {
        await page.getByRole('button', { name: 'Undo', exact: true }).click();
        await page.waitForTimeout(100);
        await settled(page);
      });
    } else if (STEP === 'insert') {
      // PROFILE_WARM=N: N rounds of Add event and Undo first (not recorded), as bench:ui's later rounds.
      for (let i = 0; i < Number(process.env.PROFILE_WARM ?? 0); i++) {
        for (const name of ['Add event', 'Undo']) {
          const scope = name === 'Add event' ? page.getByRole('region', { name: 'Inspector' }) : page;
          await scope.getByRole('button', { name, exact: true }).first().click();
          await page.waitForTimeout(100);
          await settled(page);
          await page.waitForTimeout(1000);
        }
      }
      await record(page, cdp, async () => {
        await page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: /add event/i }).first().click();
        await page.waitForTimeout(100);
        await settled(page);
      });
    }
    await page.screenshot({ path: `${OUT_DIR}/${STEP}-${EVENTS}.png` });
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

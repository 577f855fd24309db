/**
 * Main-thread profile of the studio (`npx tsx bench/ui-profile.ts`): builds the app
 * unminified, imports a generated story, then records a CPU profile (CDP Profiler)
 * around one step and prints where the main thread spent its time: self time per
 * function inside long tasks, and the long tasks themselves.
 *
 * PROFILE_EVENTS=2000 (size), PROFILE_DENSITY=dense (a conflict-dense story), PROFILE_STEP=edit|import|pan|accept|insert (what to record).
 * PROFILE_EDITS=1: edits recorded (step edit). PROFILE_WAIT_MS=1500: how long recording goes on after the step. PROFILE_MODULES=1: per long task, time per source module (the bundle's "// src/..." markers), and how much of
 * it is Cytoscape's (the canvas) against everything else.
 * PROFILE_TRACE=1: a Chromium trace instead (time per task by kind: script, style, layout, paint);
 * PROFILE_TIMELINE=1 with it: main-thread and worker tasks in order. PROFILE_PER_TASK=1 (or N: top N per task),
 * PROFILE_GREP=re, PROFILE_CALLERS=re, PROFILE_UNDER=re: more views of the CPU profile.
 * Browser: $CHROMIUM_PATH, else /usr/bin/chromium.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { generateStory } from './generate-story';
import type { Story } from '../src/core/model/story';

const OUT_DIR = 'node_modules/.cache/arc-studio-profile';
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

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const COUNT_CURRENT = `() => { const c = document.querySelector('[data-testid="conflict-count"]'); return c && c.getAttribute('aria-busy') === 'false' && /^\\d+$/.test(c.textContent ?? ''); }`;

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(new Function(`return (${COUNT_CURRENT})();`) as () => boolean, null, { timeout: 180_000 });
}

function paradoxCandidate(story: Story): { title: string; newTime: number; oldTime: number } {
  const byId = new Map(story.events.map((e) => [e.id, e]));
  for (const l of story.links) {
    const a = byId.get(l.from)!;
    const b = byId.get(l.to)!;
    if (a.time < b.time) return { title: a.title, newTime: b.time + 1000, oldTime: a.time };
  }
  throw new Error('no forward link');
}

function label(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url.split('/').pop() ?? '';
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
}

/** Self and inclusive time per function over the samples inside [from, to] (profile clock, µs). */
function summarise(p: Profile, windows: readonly { start: number; end: number }[], only = 0): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const callersOf = process.env.PROFILE_CALLERS ? new RegExp(process.env.PROFILE_CALLERS) : null;
  const stacks = new Map<string, number>();
  const under = process.env.PROFILE_UNDER ? new RegExp(process.env.PROFILE_UNDER) : null;
  const underStacks = new Map<string, number>();
  const total = new Map<string, number>();
  let t = p.startTime;
  let inside = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    if (!windows.some((w) => t >= w.start && t <= w.end)) continue;
    inside += dt;
    const leaf = byId.get(p.samples[i]!)!;
    const l = label(leaf);
    self.set(l, (self.get(l) ?? 0) + dt);
    if (under) {
      // The frames from the leaf up to (not including) the first frame matching `under`.
      const chain: string[] = [];
      let hit = false;
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const k = label(byId.get(id)!);
        if (under.test(k)) {
          hit = true;
          break;
        }
        chain.push(k);
      }
      if (hit) {
        const key = chain.slice(-3).reverse().join(' > ') || '(self)';
        underStacks.set(key, (underStacks.get(key) ?? 0) + dt);
      }
    }
    if (callersOf) {
      const chain: string[] = [];
      let hit = false;
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const k = label(byId.get(id)!);
        if (!hit && callersOf.test(k)) hit = true;
        if (hit) chain.push(k);
        if (chain.length >= 7) break;
      }
      if (hit) stacks.set(chain.join(' < '), (stacks.get(chain.join(' < ')) ?? 0) + dt);
    }
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const k = label(byId.get(id)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`)
      .join('\n');
  if (only > 0) {
    console.log(`\n=== task ${inside.toFixed(0)} ms ===\n` + top(total, only));
    return;
  }
  console.log(`\nsampled time inside long tasks: ${inside.toFixed(1)} ms`);
  console.log('\n--- self time ---\n' + top(self, 40));
  console.log('\n--- inclusive time ---\n' + top(total, 60));
  if (under) console.log('\n--- under ' + String(under) + ' (top three frames below it) ---\n' + top(underStacks, 40));
  if (callersOf) console.log('\n--- call chains ---\n' + top(stacks, 25));
  const pattern = process.env.PROFILE_GREP;
  if (pattern) {
    const re = new RegExp(pattern);
    console.log('\n--- inclusive, matching ' + pattern + ' ---\n' + top(new Map([...total].filter(([k]) => re.test(k))), 80));
  }
}

/** Per bundle file, the line at which each module starts ("// src/ui/x.ts", "// node_modules/pkg/..."). */
type ModuleIndex = Map<string, { readonly lines: number[]; readonly names: string[] }>;

function moduleIndex(): ModuleIndex {
  const index: ModuleIndex = new Map();
  const dir = `${OUT_DIR}/assets`;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const lines: number[] = [];
    const names: string[] = [];
    readFileSync(`${dir}/${file}`, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const m = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(text);
        if (!m) return;
        const path = m[1]!;
        // A package counts as one module: node_modules/@scope/pkg or node_modules/pkg.
        const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
        lines.push(i);
        names.push(pkg ? pkg[1]! : path);
      });
    index.set(file, { lines, names });
  }
  return index;
}

function moduleOf(index: ModuleIndex, n: ProfileNode): string {
  const file = n.callFrame.url.split('/').pop() ?? '';
  const m = index.get(file);
  if (!m) return n.callFrame.url === '' ? n.callFrame.functionName || '(native)' : '(page)';
  let lo = 0;
  let hi = m.lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (m.lines[mid]! <= n.callFrame.lineNumber) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? file : m.names[found]!;
}

/** Per busy run: its length, the part with Cytoscape on the stack (the canvas), and inclusive time per module. */
function byModule(p: Profile, windows: readonly { start: number; end: number }[], index: ModuleIndex): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const summary: { inside: number; withoutCytoscape: number; withoutGraph: number }[] = [];
  for (const w of windows) {
    const total = new Map<string, number>();
    const rest = new Map<string, number>();
    let inside = 0;
    let canvas = 0;
    let graphMs = 0;
    let t = p.startTime;
    for (let i = 0; i < p.samples.length; i++) {
      t += p.timeDeltas[i]!;
      if (t < w.start || t > w.end) continue;
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      inside += dt;
      const seen = new Set<string>();
      for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) {
        const n = byId.get(id)!;
        if (n.callFrame.functionName === '(root)') continue;
        seen.add(moduleOf(index, n));
      }
      const graph = [...seen].some((k) => k === 'cytoscape' || k.startsWith('src/ui/graph/'));
      if (seen.has('cytoscape')) canvas += dt;
      if (graph) graphMs += dt;
      for (const k of seen) total.set(k, (total.get(k) ?? 0) + dt);
      if (!graph) for (const k of seen) rest.set(k, (rest.get(k) ?? 0) + dt);
    }
    const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 24).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
    console.log(`\n=== task ${inside.toFixed(0)} ms: Cytoscape ${canvas.toFixed(0)} ms, Cytoscape or src/ui/graph ${graphMs.toFixed(0)} ms, the rest ${(inside - graphMs).toFixed(0)} ms ===`);
    console.log(top(total));
    if (inside - graphMs > 10) console.log(`--- the rest (no Cytoscape or src/ui/graph on the stack) ---\n${top(rest)}`);
    summary.push({ inside, withoutCytoscape: inside - canvas, withoutGraph: inside - graphMs });
  }
  const worst = (k: 'inside' | 'withoutCytoscape' | 'withoutGraph') => Math.max(0, ...summary.map((x) => x[k])).toFixed(0);
  console.log(`\nlongest task ${worst('inside')} ms; without Cytoscape's time ${worst('withoutCytoscape')} ms; without Cytoscape's or src/ui/graph's ${worst('withoutGraph')} ms`);
}

/** Profile clock (µs) minus page clock (ms × 1000), from the first sample inside arcProfileMark, which started at page time `markAt`. */
function profileOffset(p: Profile, markAt: number): number | undefined {
  const marks = new Set(p.nodes.filter((n) => n.callFrame.functionName === 'arcProfileMark').map((n) => n.id));
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    if (marks.has(p.samples[i]!)) return t - markAt * 1000;
  }
  return undefined;
}

/** Stretches of the profile without idle samples, longer than `minMs`: the long tasks, on the profile's own clock. */
function busyRuns(p: Profile, minMs: number): { start: number; end: number }[] {
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const runs: { start: number; end: number }[] = [];
  let t = p.startTime;
  let runStart: number | null = null;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    const busy = !idle.has(p.samples[i]!);
    if (busy && runStart === null) runStart = t;
    if (!busy && runStart !== null) {
      if (t - runStart >= minMs * 1000) runs.push({ start: runStart, end: t });
      runStart = null;
    }
  }
  return runs;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { functionName?: string; url?: string } };
}

/** Records a Chromium trace around `act` and prints, per main-thread task over 50 ms, where its time went (script, style, layout, paint, GC...). */
async function trace(page: Page, cdp: CDPSession, act: () => Promise<void>): Promise<void> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink',
    transferMode: 'ReportEvents',
  } as never);
  await act();
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(`${OUT_DIR}/${STEP}-${EVENTS}.trace.json`, JSON.stringify(events));
  const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  const kinds = ['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.run', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'ParseHTML', 'HitTest', 'RunMicrotasks', 'v8.callFunction'];
  const threads = events.filter((e) => e.name === 'thread_name') as unknown as { tid: number; pid: number; args: { name: string } }[];
  const worker = threads.find((t) => t.args.name.includes('DedicatedWorker'));
  if (process.env.PROFILE_TIMELINE && main) {
    const t0 = Math.min(...onMain.map((e) => e.ts));
    const row = (e: TraceEvent, who: string) => `${((e.ts - t0) / 1000).toFixed(1).padStart(8)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${who}`;
    const lines: [number, string][] = [];
    for (const e of onMain) if (e.name === 'RunTask' && (e.dur ?? 0) > 3000) lines.push([e.ts, row(e, 'main')]);
    if (worker) for (const e of events) if (e.tid === worker.tid && e.pid === worker.pid && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 3000) lines.push([e.ts, row(e, '        worker')]);
    console.log(lines.sort((a, b) => a[0] - b[0]).map((l) => l[1]).join('\n'));
  }
  for (const t of tasks) {
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
    const sums = new Map<string, number>();
    for (const e of inside) if (kinds.includes(e.name)) sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    const parts = [...sums.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`);
    console.log(`task ${((t.dur ?? 0) / 1000).toFixed(0)} ms: ${parts.join(', ')}`);
  }
}

async function record(page: Page, cdp: CDPSession, act: () => Promise<void>): Promise<void> {
  if (process.env.PROFILE_TRACE) return trace(page, cdp, act);
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
  if (process.env.PROFILE_MODULES) byModule(profile, windows, moduleIndex());
  if (process.env.PROFILE_PER_TASK) for (const w of windows) summarise(profile, [w], Number(process.env.PROFILE_PER_TASK) > 1 ? Number(process.env.PROFILE_PER_TASK) : 18);
  summarise(profile, windows);
}

async function main(): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true, minify: false } });
  const server = await preview({ logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: PORT, strictPort: true } });
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const story = generateStory({ events: EVENTS, seed: 7, density: DENSITY });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(INIT_SCRIPT);
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
      const { title, newTime, oldTime } = paradoxCandidate(story);
      const filter = page.getByRole('searchbox', { name: 'Filter events' });
      await filter.fill(title);
      await page.getByRole('region', { name: 'Events' }).getByRole('option', { name: title }).first().click();
      await filter.fill('');
      await page.waitForTimeout(1000);
      const time = page.getByRole('region', { name: 'Inspector' }).getByLabel('Time', { exact: true });
      await time.fill(String(newTime));
      await record(page, cdp, async () => {
        for (let i = 0; i < EDITS; i++) {
          if (i > 0) {
            await page.waitForTimeout(1500);
            await time.fill(String(i % 2 === 0 ? newTime : oldTime));
          }
          await time.press('Enter');
          await page.waitForTimeout(100);
          await settled(page);
        }
      });
    } else if (STEP === 'pan') {
      const box = (await page.getByTestId('story-graph').boundingBox())!;
      await record(page, cdp, async () => {
        const x = box.x + 10;
        const y = box.y + 10;
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
    } else if (STEP === 'insert') {
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

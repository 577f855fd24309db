/**
 * Typing in the Events filter while a large story fills the canvas (`npx tsx bench/ui-fill-typing-bench.ts`).
 * Imports a generated story (FILL_EVENTS=20000, dense by default; FILL_DENSITY=typical) and, as soon
 * as the canvas starts filling in chunks (src/ui/graph/chunked-fill.ts), types into `Filter events`
 * one key at a time, then again once the canvas is full. Per key it prints the time from the key's
 * event (its timeStamp: queueing on a busy main thread counts) to the frame after the outline shows
 * the filtered count, and (once the canvas is full) to the frame after an event that key dims or
 * brightens carries the class on the canvas. Also the fill's duration while typing and its long
 * tasks. Figures only, no targets asserted.
 * FILL_KEYS=8 keys per phase; BENCH_PORT as bench/ui-bench.ts.
 */
import type { Page } from '@playwright/test';
import { generateStory } from './generate-story';
import { median } from './timing';
import { startBench } from './ui-browser';
import { INIT_SCRIPT } from './ui-page-probes';
import type { Story } from '../src/core/model/story';
import { loadStory } from '../src/core/story/load-story';
import { filterOutline } from '../src/ui/outline/filter-events';

const OUT_DIR = 'node_modules/.cache/arc-studio-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4319);
const EVENTS = Number(process.env.FILL_EVENTS ?? 20000);
const DENSITY = process.env.FILL_DENSITY === 'typical' ? 'typical' : 'dense';
const KEYS = Number(process.env.FILL_KEYS ?? 8);
/** Letters tried after the text typed so far; Backspace otherwise. */
const POOL = 'duelrstoain#1';

interface Step {
  readonly key: string;
  readonly text: string;
  /** What `outline-shown` says once the outline follows the key. */
  readonly shown: string;
  /** An event whose dimming the key changes, and whether it is dimmed after. */
  readonly probe: { readonly id: string; readonly dimmed: boolean };
}

/** Events the text leaves in the outline (the outline's own filter). */
function matching(story: Story, text: string): Set<string> {
  const groups = filterOutline(story, { text, character: '', theme: '', conflictsOnly: false }, new Set());
  return new Set(groups.flatMap((g) => g.events.map((e) => e.id)));
}

/** Keys (letters and Backspace) each of which changes how many events the filter leaves. */
function plan(story: Story, count: number): Step[] {
  const total = story.events.length;
  const steps: Step[] = [];
  let text = '';
  let shownIds = new Set(story.events.map((e) => e.id));
  while (steps.length < count) {
    const options = text.length < 3 ? [...POOL].map((c) => ({ key: c, text: text + c })) : [];
    if (text.length > 0) options.push({ key: 'Backspace', text: text.slice(0, -1) });
    const next = options.map((o) => ({ ...o, ids: matching(story, o.text) })).find((o) => o.ids.size !== shownIds.size);
    if (!next) throw new Error(`no key changes the filter after "${text}"`);
    const flipped = story.events.find((e) => shownIds.has(e.id) !== next.ids.has(e.id))!;
    steps.push({
      key: next.key,
      text: next.text,
      shown: next.ids.size === total ? `${total.toLocaleString('en-US')} events` : `${next.ids.size.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} shown`,
      probe: { id: flipped.id, dimmed: !next.ids.has(flipped.id) },
    });
    text = next.text;
    shownIds = next.ids;
  }
  return steps;
}

interface KeyTiming {
  readonly outlineMs: number;
  /** Undefined when the probed event was not on the canvas yet. */
  readonly canvasMs: number | undefined;
  /** Whether the canvas was still filling when the key was pressed. */
  readonly duringFill: boolean;
}

/** Presses one key in the focused filter and times the outline and the canvas following it. */
async function pressAndTime(page: Page, step: Step, timeCanvas: boolean): Promise<KeyTiming> {
  // Installed (and awaited) before the key: on a busy page a key would overtake a script still queued.
  await page.evaluate(
    ({ shown, probe, timeCanvas }) => {
      (window as unknown as { __keyTiming: Promise<unknown> }).__keyTiming = new Promise<{ outlineMs: number; canvasMs: number | undefined; duringFill: boolean }>((resolve, reject) => {
        type Probe = { classes(id: string, kind?: 'event' | 'link'): string[] | null };
        const graph = (): Probe | undefined => (window as unknown as { arcStudioGraph?: Probe }).arcStudioGraph;
        let pressedAt: number | null = null;
        let duringFill = false;
        let outlineAt: number | null = null;
        let canvasAt: number | null | undefined = timeCanvas ? null : undefined;
        document.addEventListener(
          'keydown',
          (e) => {
            pressedAt = e.timeStamp;
            duringFill = document.querySelector('[data-testid="story-graph"]')?.getAttribute('data-canvas-pending') !== '0';
          },
          { capture: true, once: true },
        );
        const check = (): void => {
          const now = performance.now();
          if (pressedAt !== null) {
            // Seen in this frame: shown by the next one.
            if (outlineAt === null && document.querySelector('[data-testid="outline-shown"]')?.textContent === shown) outlineAt = -1;
            else if (outlineAt === -1) outlineAt = now;
            if (canvasAt === null) {
              const classes = graph()?.classes(probe.id, 'event');
              // Not on the canvas yet (a later chunk brings it, dimmed as it should be): not timed.
              if (classes === null || classes === undefined) canvasAt = undefined;
              else if (classes.includes('filtered-out') === probe.dimmed) canvasAt = -1;
            } else if (canvasAt === -1) canvasAt = now;
            if (outlineAt !== null && outlineAt > 0 && canvasAt !== null && canvasAt !== -1) {
              resolve({ outlineMs: outlineAt - pressedAt, canvasMs: canvasAt === undefined ? undefined : canvasAt - pressedAt, duringFill });
              return;
            }
            // The probed event may never reach the canvas before the timeout: give up on it after 20 s.
            if (now - pressedAt > 20_000 && outlineAt !== null && outlineAt > 0) {
              resolve({ outlineMs: outlineAt - pressedAt, canvasMs: undefined, duringFill });
              return;
            }
          }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
        setTimeout(() => {
          const seen = document.querySelector('[data-testid="outline-shown"]')?.textContent;
          const value = (document.querySelector('input[type="search"]') as HTMLInputElement | null)?.value;
          reject(new Error(`the filter did not answer within a minute (key seen: ${pressedAt !== null}; filter "${value}"; outline "${seen}", expected "${shown}")`));
        }, 60_000);
      });
    },
    { shown: step.shown, probe: step.probe, timeCanvas },
  );
  await page.keyboard.press(step.key);
  return page.evaluate(() => (window as unknown as { __keyTiming: Promise<KeyTiming> }).__keyTiming);
}

function figures(label: string, keys: readonly KeyTiming[]): void {
  const round = (v: number): number => Math.round(v);
  const outline = keys.map((k) => k.outlineMs);
  const canvas = keys.flatMap((k) => (k.canvasMs === undefined ? [] : [k.canvasMs]));
  const spread = (v: readonly number[]): string => (v.length === 0 ? 'none' : `${round(Math.min(...v))} / ${round(median(v))} / ${round(Math.max(...v))}`);
  console.log(`${label}: ${keys.length} keys; key → outline ms min / median / max ${spread(outline)}; key → canvas dimming ms ${spread(canvas)} (${canvas.length} keys)`);
  console.log(`  per key (outline, canvas): ${keys.map((k) => `${round(k.outlineMs)}, ${k.canvasMs === undefined ? '-' : round(k.canvasMs)}`).join(' | ')}`);
}

async function main(): Promise<void> {
  const generated = generateStory({ events: EVENTS, seed: 7, density: DENSITY });
  const loaded = loadStory(JSON.parse(JSON.stringify(generated)));
  if (!loaded.ok) throw new Error('the generated story does not load');
  const steps = plan(loaded.story, KEYS * 2);
  console.log('building the app…');
  const { server, browser } = await startBench(OUT_DIR, PORT);
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/`);
    await page.waitForFunction(() => document.querySelector('[data-testid="conflict-count"]')?.getAttribute('aria-busy') === 'false', null, { timeout: 60_000 });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles({ name: `fill-${EVENTS}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(generated)) });
    console.log(`importing ${EVENTS} events (${DENSITY})…`);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="story-graph"]')?.getAttribute('data-canvas-pending') ?? 0) > 0, null, { timeout: 300_000, polling: 20 });
    const fillStart = await page.evaluate(() => performance.now());
    const fillEnd = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const check = (): void => {
            if (document.querySelector('[data-testid="story-graph"]')?.getAttribute('data-canvas-pending') === '0') resolve(performance.now());
            else setTimeout(check, 20);
          };
          check();
        }),
    );
    const filter = page.getByRole('searchbox', { name: 'Filter events' });
    await filter.focus({ timeout: 120_000 });
    const during: KeyTiming[] = [];
    const after: KeyTiming[] = [];
    let i = 0;
    for (; i < KEYS; i++) {
      // While the canvas fills the next key comes once the outline answered, as a person typing would not wait for the canvas.
      const k = await pressAndTime(page, steps[i]!, false);
      if (!k.duringFill) {
        after.push(k);
        i++;
        break;
      }
      during.push(k);
      await page.waitForTimeout(150);
    }
    const fillEndAt = await fillEnd;
    const filled = fillEndAt - fillStart;
    // The fill's own tasks: every long task in it, and the part of them Cytoscape spent drawing (ui-page-probes.ts).
    const tasks = await page.evaluate(
      ([a, b]) => {
        type Span = { start: number; duration: number };
        const w = window as unknown as { __longtasks: Span[]; __paints: Span[] };
        const inside = (s: Span): boolean => s.start >= a! && s.start <= b!;
        return { tasks: w.__longtasks.filter(inside).map((t) => t.duration), paints: w.__paints.filter(inside).map((p) => p.duration) };
      },
      [fillStart, fillEndAt],
    );
    await page.waitForTimeout(1500);
    for (; i < steps.length && after.length < KEYS; i++) {
      after.push(await pressAndTime(page, steps[i]!, true));
      await page.waitForTimeout(150);
    }
    console.log(`\n${EVENTS} events (${DENSITY}): canvas filled in ${Math.round(filled)} ms from its first chunk, typing meanwhile`);
    const spread = (v: readonly number[]): string => (v.length === 0 ? 'none' : `${v.length}: median ${Math.round(median(v))}, max ${Math.round(Math.max(...v))}`);
    console.log(`  long tasks meanwhile ${spread(tasks.tasks)} ms; Cytoscape drawing frames ${spread(tasks.paints)} ms`);
    figures('while the canvas fills', during);
    figures('once the canvas is full', after);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/**
 * Impact and proposals benchmark (`npx tsx bench/ui-impact-bench.ts`): builds the app,
 * serves it with `vite preview` and drives Chromium through Playwright over a
 * generated story (default 5,000 events). Prints:
 * - Show impact -> finished Impact panel (the ripple for exactly that question is on
 *   screen: rows, per-scale totals, touched), for sources of small to largest reach;
 * - selecting a conflict -> its proposals listed;
 * - Accept -> updated conflicts (the accepted conflict gone from the list and the
 *   count current again);
 * and the longest main-thread task during each.
 *
 * Browser: $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.
 * Size: BENCH_EVENTS=2000 to choose another.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { buildStoryIndex } from '../src/core/analysis/story-index';
import type { Story } from '../src/core/model/story';
import { computeRipple } from '../src/core/ripple/ripple';
import { generateStory } from './generate-story';
import { median } from './timing';

const OUT_DIR = 'node_modules/.cache/arc-studio-impact-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4321);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 5000);
const ACCEPTS = 6;

const INIT_SCRIPT = `
  window.__name = (f) => f;
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

function browserPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

interface Timed {
  readonly ms: number;
  readonly longestTaskMs: number;
}

/** Sources of increasing reach: the smallest non-empty, quartiles, and the largest ripple of the story. */
function pickSources(story: Story): { id: string; title: string; reached: number }[] {
  const ix = buildStoryIndex(story);
  const all = story.events
    .map((e) => ({ id: e.id, title: e.title, reached: computeRipple(ix, e.id).reached.length }))
    .filter((s) => s.reached > 0)
    .sort((a, b) => a.reached - b.reached);
  const at = (q: number) => all[Math.min(all.length - 1, Math.floor(q * (all.length - 1)))]!;
  return [at(0.25), at(0.5), at(0.75), at(0.95), at(1)];
}

async function longestTaskBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([a, b]) => {
      const tasks = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks;
      return tasks.filter((t) => t.start + t.duration >= a! && t.start <= b!).reduce((m, t) => Math.max(m, t.duration), 0);
    },
    [from, to],
  );
}

/**
 * Clicks `button` and resolves with ms from the click to the first frame painted after
 * `done()` (evaluated in the page after every DOM change) became true.
 */
async function clickUntil(page: Page, selector: string, done: string): Promise<Timed> {
  const measured = page.evaluate(
    ([sel, condition]) =>
      new Promise<{ start: number; end: number }>((resolve, reject) => {
        const check = new Function(`return (${condition})();`) as () => boolean;
        let start: number | null = null;
        document.addEventListener(
          'click',
          (e) => {
            if (e.target instanceof Element && e.target.closest(sel!)) start = performance.now();
          },
          { capture: true, once: true },
        );
        const observer = new MutationObserver(() => {
          if (start === null || !check()) return;
          observer.disconnect();
          const s = start;
          requestAnimationFrame(() => resolve({ start: s, end: performance.now() }));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(() => reject(new Error(`not done: ${condition}`)), 120_000);
      }),
    [selector, done],
  );
  await page.waitForTimeout(50);
  await page.locator(selector).first().click();
  const { start, end } = await measured;
  return { ms: end - start, longestTaskMs: await longestTaskBetween(page, start, end) };
}

const COUNT_CURRENT = `() => { const c = document.querySelector('[data-testid="conflict-count"]'); return c && c.getAttribute('aria-busy') === 'false' && /^\\d+$/.test(c.textContent ?? ''); }`;

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(new Function(`return (${COUNT_CURRENT})();`) as () => boolean, null, { timeout: 180_000 });
}

async function selectEvent(page: Page, title: string): Promise<void> {
  const filter = page.getByRole('searchbox', { name: 'Filter events' });
  await filter.fill(title);
  await page.getByRole('region', { name: 'Events' }).getByRole('option', { name: title }).first().click();
  await filter.fill('');
}

async function showImpact(page: Page): Promise<Timed> {
  const impactDone = `() => {
    const r = document.querySelector('section[aria-label="Impact"]');
    const body = r && r.querySelector('[data-testid="impact-body"]');
    return r && r.getAttribute('aria-busy') === 'false' && body && body.getAttribute('data-finished') === 'true';
  }`;
  return clickUntil(page, 'button[aria-keyshortcuts="I"]', impactDone);
}

async function acceptTop(page: Page, conflictId: string): Promise<{ proposals: Timed; accept: Timed }> {
  const proposalsDone = `() => {
    const r = document.querySelector('section[aria-label="Proposals"]');
    return r && r.getAttribute('aria-busy') === 'false' && r.querySelector('[data-proposal-id]') !== null;
  }`;
  const proposals = await clickUntil(page, `[data-conflict-id="${conflictId}"] button`, proposalsDone);
  const gone = `() => document.querySelector('[data-conflict-id="${conflictId}"]') === null && (${COUNT_CURRENT})()`;
  const accept = await clickUntil(page, 'section[aria-label="Proposals"] [data-proposal-id] button.primary', gone);
  return { proposals, accept };
}

const round = (v: number): number => Math.round(v * 10) / 10;

async function main(): Promise<void> {
  const story = generateStory({ events: EVENTS, seed: 7 });
  console.log(`story: ${story.events.length} events, ${story.links.length} links; picking ripple sources…`);
  const sources = pickSources(story);
  console.log('building the app…');
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server = await preview({ logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: PORT, strictPort: true } });
  const executablePath = browserPath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/`);
    await settled(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles({ name: `bench-${EVENTS}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
    await page.waitForFunction((title) => document.body.textContent?.includes(title) ?? false, story.title);
    await settled(page);
    await page.waitForTimeout(1000);

    console.log('measuring Show impact…');
    const impactRows: { reached: number; ms: number; longestTaskMs: number }[] = [];
    for (const s of sources) {
      await selectEvent(page, s.title);
      const t = await showImpact(page);
      impactRows.push({ reached: s.reached, ...t });
      await page.waitForTimeout(1600); // let the canvas spread finish before the next one
      await page.getByRole('button', { name: 'Hide impact' }).click();
    }

    console.log('measuring Accept…');
    const listed = await page
      .getByRole('region', { name: 'Conflicts' })
      .locator('li[data-conflict-id]')
      .evaluateAll((items) => items.map((i) => [i.getAttribute('data-conflict-type') ?? '', i.getAttribute('data-conflict-id') ?? '']));
    // One conflict of each type first, so the measurement is not about one rule's fixes only.
    const firstOfType = new Map<string, string>();
    for (const [type, id] of listed) if (!firstOfType.has(type!)) firstOfType.set(type!, id!);
    const ids = [...firstOfType.values(), ...listed.map(([, id]) => id!)];
    const acceptRows: { type: string; proposals: Timed; accept: Timed }[] = [];
    for (const id of [...new Set(ids)].slice(0, ACCEPTS * 3)) {
      if (acceptRows.length >= ACCEPTS) break;
      try {
        const r = await acceptTop(page, id);
        acceptRows.push({ type: id.split(':')[0]!, ...r });
      } catch (e) {
        console.log(`  skipped ${id}: ${e instanceof Error ? e.message.slice(0, 80) : String(e)}`);
      }
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await settled(page);
    }
    await context.close();

    console.log(`\nShow impact → finished Impact panel (${EVENTS} events):`);
    console.table(impactRows.map((r) => ({ 'events reached': r.reached, ms: round(r.ms), 'longest task ms': round(r.longestTaskMs) })));
    console.log(`median ${round(median(impactRows.map((r) => r.ms)))} ms`);
    console.log(`\nSelect conflict → proposals listed, and Accept → updated conflicts (${EVENTS} events):`);
    console.table(
      acceptRows.map((r) => ({
        conflict: r.type,
        'proposals ms': round(r.proposals.ms),
        'accept → conflicts ms': round(r.accept.ms),
        'longest task (accept) ms': round(r.accept.longestTaskMs),
      })),
    );
    console.log(
      `median: proposals ${round(median(acceptRows.map((r) => r.proposals.ms)))} ms, accept → conflicts ${round(median(acceptRows.map((r) => r.accept.ms)))} ms`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

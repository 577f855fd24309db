import { expect, test, type Page } from '@playwright/test';
import { generateStory } from '../bench/generate-story';
import { analyzeStory } from '../src/core/analysis/analyze';
import type { Story } from '../src/core/model/story';
import { fixAll } from '../src/core/resolutions/fix-all';
import { StudioPage } from './pages/studio-page';

interface Probe {
  classes(id: string, kind?: 'event' | 'link'): string[] | null;
  selected(): string[];
  contents(): { events: { id: string; classes: string[] }[]; links: string[] };
}

/** Classes of a link's line on the canvas, null while it is not drawn. */
function linkClasses(page: Page, id: string): Promise<string[] | null> {
  return page.evaluate((l) => (globalThis as unknown as { arcStudioGraph: Probe }).arcStudioGraph.classes(l, 'link'), id);
}

function selectedOnCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { arcStudioGraph: Probe }).arcStudioGraph.selected());
}

/** Opens the studio and imports a generated story, until its events are listed in the outline. */
async function openGenerated(page: Page, story: ReturnType<typeof generateStory>, name: string): Promise<StudioPage> {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.importFile({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await expect(page.getByTestId('outline-shown')).toHaveText(`${story.events.length.toLocaleString('en-US')} events`, { timeout: 120_000 });
  return studio;
}

/**
 * A story of 5,000 events and about 15,000 links goes onto the canvas in chunks, a frame
 * apart (events first, then links). After a reload the selection and the Events filter
 * are back before the first chunk, so everything drawn later must be given them: the
 * story's last link is in the last chunk.
 */
test('after a reload, the filter and the selection reach the links drawn in the last chunk of a big story', async ({ page }) => {
  test.setTimeout(240_000);
  const story = generateStory({ events: 5000, seed: 5 });
  const link = story.links.at(-1)!;
  const cause = story.events.find((e) => e.id === link.from)!;
  const effect = story.events.find((e) => e.id === link.to)!;
  const studio = await openGenerated(page, story, 'five-thousand.json');
  await expect.poll(() => linkClasses(page, link.id), { timeout: 180_000 }).not.toBeNull();
  await studio.settled();

  // Only the cause is left by the filter, so the link to its effect is dimmed; the link is selected.
  await page.getByRole('search', { name: 'Event filters' }).getByLabel('Filter events').fill(cause.title);
  await expect(studio.eventItem(effect.title)).toHaveCount(0);
  await studio.selectEvent(cause.title);
  const toEffect = studio.inspector.getByRole('button', { name: `→ ${effect.title} (` });
  await toEffect.click();
  await expect(toEffect).toHaveCount(0);
  // The filter's dimming runs in slices (one per idle period, or every 500 ms on a busy page): done when the graph says so.
  await expect(studio.graph).toHaveAttribute('data-dimming', 'idle', { timeout: 120_000 });
  await expect.poll(() => linkClasses(page, link.id)).toContain('filtered-out');
  expect(await selectedOnCanvas(page)).toEqual([link.id]);
  await studio.stored();

  await page.reload();
  await expect(page.getByTestId('outline-shown')).toHaveText(/^1 of 5,000 shown$/, { timeout: 120_000 });
  await expect.poll(() => linkClasses(page, link.id), { timeout: 180_000 }).not.toBeNull();
  await expect(studio.graph).toHaveAttribute('data-canvas-pending', '0');
  await expect(studio.graph.locator('xpath=..')).toHaveAttribute('aria-busy', 'false');
  expect(await linkClasses(page, link.id)).toContain('filtered-out');
  expect(await selectedOnCanvas(page)).toEqual([link.id]);
});

/**
 * The conflict marks of a just-opened big story come while its elements wait to be drawn (the
 * fill waits for them): every event and link must still reach the canvas, conflicted or not.
 * The marked version of a waiting event once went to the end of the queue, after the links
 * that need it, and those links were never drawn: 24,783 of this story's 36,000, and 42,000 of
 * 60,000 at 20,000 dense events. At 5,000 events the marks came before the fill began.
 */
test('a big story with many conflicts is drawn whole: every event and every link', async ({ page }) => {
  test.setTimeout(240_000);
  const story = generateStory({ events: 12000, density: 'dense', seed: 11 });
  const studio = await openGenerated(page, story, 'dense-twelve-thousand.json');
  expect(await studio.count(120_000)).toBeGreaterThan(1000);
  await expect(studio.graph).toHaveAttribute('data-canvas-pending', '0', { timeout: 180_000 });
  await expect(studio.graph.locator('xpath=..')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const missing = await page.evaluate(
    ({ events, links }) => {
      const probe = (globalThis as unknown as { arcStudioGraph: Probe }).arcStudioGraph;
      return {
        events: events.filter((id) => probe.classes(id, 'event') === null).length,
        links: links.filter((id) => probe.classes(id, 'link') === null).length,
      };
    },
    { events: story.events.map((e) => e.id), links: story.links.map((l) => l.id) },
  );
  expect(missing).toEqual({ events: 0, links: 0 });
});

/** Pixels of the canvas layer Cytoscape draws events on that hold some ink, and how many of them are reddish or bluish (conflict colours) rather than grey. */
function inkOnCanvas(page: Page): Promise<{ painted: number; coloured: number }> {
  return page.evaluate(() => {
    const layer = document.querySelector<HTMLCanvasElement>('[data-testid="story-graph"] canvas[data-id="layer2-node"]');
    const ctx = layer?.getContext('2d');
    if (!layer || !ctx) return { painted: 0, coloured: 0 };
    const data = ctx.getImageData(0, 0, layer.width, layer.height).data;
    let painted = 0;
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! === 0) continue;
      painted++;
      if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 40) coloured++;
    }
    return { painted, coloured };
  });
}

test('zoomed out over a 5,000-event story, every event shows as a dot, conflicted ones in colour', async ({ page }) => {
  test.setTimeout(240_000);
  const story = generateStory({ events: 5000, density: 'dense', seed: 3 });
  const studio = await openGenerated(page, story, 'dots.json');
  await expect(studio.graph).toHaveAttribute('data-canvas-pending', '0', { timeout: 180_000 });
  await studio.settled();
  // Thousands of specks (some share a pixel), and the conflicts' colours among them.
  await expect.poll(() => inkOnCanvas(page).then((ink) => ink.painted), { timeout: 30_000 }).toBeGreaterThan(1500);
  expect((await inkOnCanvas(page)).coloured).toBeGreaterThan(200);
});

/**
 * Accept all safe fixes changes thousands of elements at once on a conflict-dense story (events
 * inserted, links removed, every event moved along the timeline, most conflict marks gone); the
 * canvas takes them over frames (chunked-fill.ts, sync) rather than in one frame of a second or
 * two. Whatever the order it takes them in, it must end showing the fixed story: its events and
 * links, no removed one left over, and conflict marks on exactly the events of the conflicts left.
 * Undo brings the story as it was back onto the canvas the same way.
 */
test('after Accept all safe fixes on a big conflict-dense story, and its Undo, the canvas shows exactly the story', async ({ page }) => {
  test.setTimeout(240_000);
  const story = generateStory({ events: 2500, density: 'dense', seed: 9 });
  const fixed = fixAll(story, { safeOnly: true });
  const studio = await openGenerated(page, story, 'dense-to-fix.json');
  // Opened and drawn: the conflicts that come after the first elements can bring more to draw.
  await expect(studio.graph).toHaveAttribute('data-canvas-pending', '0', { timeout: 180_000 });
  await studio.settled();
  await expect(studio.graph).toHaveAttribute('data-canvas-pending', '0', { timeout: 180_000 });
  // The most elements waiting to be drawn at any time from here on, and what the banner said meanwhile.
  await page.evaluate(() => {
    const graph = document.querySelector('[data-testid="story-graph"]')!;
    const w = globalThis as unknown as { mostPending: number; banners: Set<string> };
    w.mostPending = 0;
    w.banners = new Set();
    new MutationObserver(() => {
      w.mostPending = Math.max(w.mostPending, Number(graph.getAttribute('data-canvas-pending')));
      for (const b of document.querySelectorAll('.graph-banner[role="status"]')) w.banners.add((b.textContent ?? '').replace(/[\d,]+/g, 'N'));
    }).observe(graph, { attributes: true, attributeFilter: ['data-canvas-pending'] });
  });
  const canvasShows = async (s: Story): Promise<void> => {
    await expect(studio.graph).toHaveAttribute('data-canvas-pending', '0', { timeout: 120_000 });
    await studio.settled();
    await expect(studio.graph).toHaveAttribute('data-canvas-pending', '0', { timeout: 120_000 });
    const drawn = await page.evaluate(() => (globalThis as unknown as { arcStudioGraph: Probe }).arcStudioGraph.contents());
    const marked = new Set(analyzeStory(s).conflicts.flatMap((c) => c.events));
    expect(drawn.events.map((e) => e.id).sort()).toEqual(s.events.map((e) => e.id).sort());
    expect(drawn.links.sort()).toEqual(s.links.map((l) => l.id).sort());
    expect(drawn.events.filter((e) => e.classes.includes('conflict')).map((e) => e.id).sort()).toEqual([...marked].sort());
  };
  await studio.proposals.getByRole('button', { name: 'Accept all safe fixes' }).click();
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(`Accepted ${fixed.steps.length} safe fixes`, { timeout: 120_000 });
  await canvasShows(fixed.story);
  // Drawn over frames: thousands of changes waited their turn, and the banner said what was being drawn.
  expect(await page.evaluate(() => (globalThis as unknown as { mostPending: number }).mostPending)).toBeGreaterThan(1000);
  expect(await page.evaluate(() => [...(globalThis as unknown as { banners: Set<string> }).banners])).toEqual(['Drawing the changes… N elements to go']);
  await studio.undo();
  await canvasShows(story);
});


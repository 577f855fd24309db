import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

interface LabelBox {
  id: string;
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fontPx: number;
  drawn: boolean;
}

const SAMPLE = JSON.parse(readFileSync(join(process.cwd(), 'public', 'samples', 'lighthouse.json'), 'utf8')) as { events: unknown[] };

/** The drawn label boxes once the lanes layout of the current revision is on the canvas. */
async function labelBoxes(page: Page): Promise<LabelBox[]> {
  const graph = page.getByTestId('story-graph');
  await expect(graph).not.toHaveAttribute('data-lanes-revision', '');
  await expect(graph.locator('xpath=..')).toHaveAttribute('aria-busy', 'false');
  return page.evaluate(() => (globalThis as unknown as { arcStudioGraph: { labelBoxes(): LabelBox[] } }).arcStudioGraph.labelBoxes());
}

interface SampleStory {
  events: { id: string }[];
  links: { from: string; to: string }[];
  title: string;
}

/** The first 30 events of the sample (every scale), with the links among them: a story of a size that fits a laptop screen. */
function firstThirty(): Buffer {
  const sample = SAMPLE as unknown as SampleStory;
  const events = sample.events.slice(0, 30);
  const kept = new Set(events.map((e) => e.id));
  const story = { ...sample, title: 'Gull Rock, first thirty', events, links: sample.links.filter((l) => kept.has(l.from) && kept.has(l.to)) };
  return Buffer.from(JSON.stringify(story));
}

/** Every event's title drawn, at 11 px or more, inside the canvas, no label over another. */
async function expectAllLegible(page: Page, count: number): Promise<void> {
  const boxes = await labelBoxes(page);
  expect(boxes).toHaveLength(count);
  const canvas = (await page.getByTestId('story-graph').boundingBox())!;
  for (const b of boxes) {
    expect(b.drawn, b.id).toBe(true);
    expect(b.fontPx, b.id).toBeGreaterThanOrEqual(11);
    expect(b.x1, b.id).toBeGreaterThanOrEqual(canvas.x);
    expect(b.x2, b.id).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(b.y1, b.id).toBeGreaterThanOrEqual(canvas.y);
    expect(b.y2, b.id).toBeLessThanOrEqual(canvas.y + canvas.height);
  }
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const c = boxes[j]!;
      if (a.x1 < c.x2 && c.x1 < a.x2 && a.y1 < c.y2 && c.y1 < a.y2) overlaps.push(`${a.id} / ${c.id}`);
    }
  }
  expect(overlaps).toEqual([]);
}

test('at 1440x900 every title of the 50-event sample is drawn at 11 px or more, on screen, none over another', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const studio = new StudioPage(page);
  await studio.open();
  await expectAllLegible(page, SAMPLE.events.length);
});

test('at 1280x720, after importing a 30-event story, every title is drawn at 11 px or more, on screen, none over another', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const studio = new StudioPage(page);
  await studio.open();
  await studio.importFile({ name: 'first-thirty.json', mimeType: 'application/json', buffer: firstThirty() });
  await expect(page.getByRole('button', { name: 'Gull Rock, first thirty', exact: true })).toHaveAttribute('aria-current', 'true');
  await studio.settled();
  await expectAllLegible(page, 30);
});

/** The boxes of the buttons on the canvas (time mode, canvas tools, legend) do not cover any drawn title. */
async function expectToolsClearOfTitles(page: Page): Promise<void> {
  const boxes = (await labelBoxes(page)).filter((b) => b.drawn);
  expect(boxes.length).toBeGreaterThan(0);
  const graph = page.getByTestId('story-graph');
  const covered: string[] = [];
  for (const name of ['Proportional time', 'Tension strip', 'WebGL', 'Legend']) {
    const tool = (await graph.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(tool, name).not.toBeNull();
    for (const b of boxes) {
      if (b.x1 < tool.x + tool.width && tool.x < b.x2 && b.y1 < tool.y + tool.height && tool.y < b.y2) covered.push(`${name} over ${b.label.replace(/\n/g, ' ')}`);
    }
  }
  expect(covered).toEqual([]);
}

for (const [width, height] of [
  [1440, 900],
  [1024, 700],
] as const) {
  test(`at ${width}x${height} the buttons on the canvas cover no title of the sample`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const studio = new StudioPage(page);
    await studio.open();
    await expectToolsClearOfTitles(page);
  });
}

test('an event whose id is also a link id is drawn, and so is the link', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const story = {
    format: 'nao-story',
    version: 1,
    title: 'Shared ids',
    events: [
      { id: 'same', title: 'The storm', scale: 'scene', time: 0 },
      { id: 'other', title: 'The flood', scale: 'scene', time: 2 },
      { id: 'third', title: 'The bell', scale: 'scene', time: 4 },
    ],
    links: [
      { id: 'same', from: 'other', to: 'third' },
      { id: 'l2', from: 'same', to: 'other' },
    ],
  };
  await studio.importFile({ name: 'shared-ids.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await expect(studio.events.getByRole('option', { name: /The bell/ })).toBeVisible();
  const boxes = await labelBoxes(page);
  expect(boxes.map((b) => b.id).sort()).toEqual(['other', 'same', 'third']);
  const drawn = await page.evaluate(() => {
    const g = (globalThis as unknown as { arcStudioGraph: { classes(id: string, kind?: 'event' | 'link'): string[] | null } }).arcStudioGraph;
    return { event: g.classes('same', 'event') !== null, link: g.classes('same', 'link') !== null, l2: g.classes('l2', 'link') !== null };
  });
  expect(drawn).toEqual({ event: true, link: true, l2: true });
});

test('the graph with its ruler and lane gutter is axe clean', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await labelBoxes(page);
  const result = await new AxeBuilder({ page }).include('[aria-label="Story graph"]').analyze();
  expect(result.violations).toEqual([]);
});

test('accepting a proposal with the mouse while another is hovered leaves no ghost, and focus lands on the conflicts', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const paradox = studio.conflicts.locator('[data-conflict-type="temporal-paradox"]').first();
  const conflictId = (await paradox.getAttribute('data-conflict-id'))!;
  await studio.selectConflict(conflictId);
  // The conflict's two events and the link between them are selected, counted in words.
  await expect(page.getByText('2 events and 1 link selected.', { exact: true })).toBeVisible();
  const items = studio.proposals.locator('[data-proposal-id]');
  expect(await items.count()).toBeGreaterThan(1);
  const marks = (): Promise<string[]> =>
    page.evaluate(() => (globalThis as unknown as { arcStudioGraph: { previewMarks(): string[] } }).arcStudioGraph.previewMarks());
  // The second proposal previewed by hovering it, then the first accepted with the mouse.
  await items.nth(1).hover();
  await expect.poll(marks).not.toEqual([]);
  await studio.acceptButtons().first().click();
  await expect(studio.proposals.getByText('This conflict is resolved')).toBeVisible();
  await studio.settled();
  await expect(studio.graph.locator('xpath=..')).toHaveAttribute('aria-busy', 'false');
  await expect.poll(marks).toEqual([]);
  // Focus is somewhere a keyboard user can go on from, not the page body.
  const focused = await page.evaluate(() => document.activeElement?.tagName ?? 'BODY');
  expect(focused).not.toBe('BODY');
});

test('framing a conflict near the top of the lanes shows the first lane right under the ruler, with no blank band above it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await labelBoxes(page);
  // The sample's causal cycle: two scene events near the top of the first lane.
  const cycle = studio.conflicts.locator('[data-conflict-type="causal-cycle"]').first();
  await studio.selectConflict((await cycle.getAttribute('data-conflict-id'))!);
  await expect(page.getByText('2 events and 2 links selected.', { exact: true })).toBeVisible();
  const ruler = page.getByTestId('time-ruler');
  const firstBand = page.locator('.lane-band').first();
  const gap = async (): Promise<number> => {
    const r = (await ruler.boundingBox())!;
    const b = (await firstBand.boundingBox())!;
    return b.y - (r.y + r.height);
  };
  // Before, the events were centred and the first lane started some 90 px below the ruler.
  await expect.poll(gap).toBeLessThanOrEqual(8);
});

test('the ruler tells story time in human terms, and a dragged event shows where in time it would land', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await labelBoxes(page);
  const ruler = page.getByTestId('time-ruler');
  // The sample counts hours: a year in is "year 1", not "8760".
  await expect(ruler).toContainText('year 1');
  await expect(ruler).not.toContainText('8760');
  // Its events lie days apart, each between two collapsed stretches: their own times label the
  // ruler between "0" and "year 1", which was all it read before.
  await expect.poll(() => ruler.locator('.ruler-tick').count()).toBeGreaterThanOrEqual(4);
  await expect(ruler).toContainText(/day \d+/);
  const at = await page.evaluate(() => (globalThis as unknown as { arcStudioGraph: { pagePosition(id: string, kind: 'event'): { x: number; y: number } } }).arcStudioGraph.pagePosition('sc-barometer', 'event'));
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 30, at.y, { steps: 4 });
  await expect(page.getByTestId('graph-tooltip')).toContainText(/Move to (year \d+ )?day \d+/);
  await expect(ruler.locator('.ruler-drag')).toHaveText(/day \d+/);
  await page.mouse.up();
  await expect(ruler.locator('.ruler-drag')).toHaveCount(0);
});

test('Fit shows every event of a story whose lanes are taller than the canvas at a legible size (the Salt Road sample)', async ({ page }) => {
  const salt = JSON.parse(readFileSync(join(process.cwd(), 'public', 'samples', 'salt-road.json'), 'utf8')) as { events: { id: string }[] };
  const studio = new StudioPage(page);
  await page.goto('/?sample=salt-road');
  await expect(page.getByRole('button', { name: /^The Salt Road/ }).first()).toHaveAttribute('aria-current', 'true');
  await studio.settled();
  await labelBoxes(page);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  const box = (await studio.graph.boundingBox())!;
  const outside = await page.evaluate(
    ({ ids, box }) => {
      const probe = (globalThis as unknown as { arcStudioGraph: { pagePosition(id: string, kind: 'event'): { x: number; y: number } | null } }).arcStudioGraph;
      return ids.filter((id) => {
        const at = probe.pagePosition(id, 'event');
        return at === null || at.x < box.x || at.x > box.x + box.width || at.y < box.y || at.y > box.y + box.height;
      });
    },
    { ids: salt.events.map((e) => e.id), box },
  );
  expect(outside).toEqual([]);
});

for (const [width, height] of [
  [1440, 900],
  [1024, 700],
] as const) {
  test(`at ${width}x${height} no lane header cuts its text, in the sample and in a new story with one event`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const studio = new StudioPage(page);
    await studio.open();
    const cut = (): Promise<string[]> =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.lane-header')]
          .filter((h) => h.scrollHeight > h.clientHeight + 1)
          .map((h) => `${h.dataset['scale']}: ${h.scrollHeight} > ${h.clientHeight}`),
      );
    await labelBoxes(page);
    expect(await cut()).toEqual([]);
    await page.getByRole('button', { name: 'New story', exact: true }).click();
    await studio.inspector.getByRole('button', { name: 'Add event' }).click();
    await expect(page.locator('.studio > footer')).toContainText('1 event');
    await studio.settled();
    await labelBoxes(page);
    expect(await cut()).toEqual([]);
  });
}

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildStoryIndex } from '../src/core/analysis/story-index';
import type { Story } from '../src/core/model/story';
import { tensionSeries } from '../src/core/review/tension';
import { loadStory } from '../src/core/story/load-story';
import { StudioPage } from './pages/studio-page';

// The sample the studio opens with; the expected marks come from the core, run here on the same file.
const loaded = loadStory(JSON.parse(readFileSync('public/samples/lighthouse.json', 'utf8')));
if (!loaded.ok) throw new Error('the sample does not load');
const sample: Story = loaded.story;
const titleOf = (id: string): string => sample.events.find((e) => e.id === id)!.title;

interface StripPoint {
  id: string;
  x: number;
  y: number;
  mark: string;
}
interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fontPx: number;
  drawn: boolean;
}

/** Waits until the lanes of the current revision are on the canvas. */
async function graphReady(page: Page): Promise<void> {
  const graph = page.getByTestId('story-graph');
  await expect(graph).not.toHaveAttribute('data-lanes-revision', '');
  await expect(graph.locator('xpath=..')).toHaveAttribute('aria-busy', 'false');
}

function stripPoints(page: Page): Promise<StripPoint[]> {
  return page.evaluate(() => (globalThis as unknown as { arcStudioTensionStrip?: { points(): StripPoint[] } }).arcStudioTensionStrip?.points() ?? []);
}

/** Every event's node centre on the page. */
function nodePositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((ids) => {
    const g = (globalThis as unknown as { arcStudioGraph: { pagePosition(id: string, kind: 'event'): { x: number; y: number } | null } }).arcStudioGraph;
    const out: Record<string, { x: number; y: number }> = {};
    for (const id of ids) {
      const p = g.pagePosition(id, 'event');
      if (p) out[id] = p;
    }
    return out;
  }, sample.events.map((e) => e.id));
}

function labelBoxes(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() => (globalThis as unknown as { arcStudioGraph: { labelBoxes(): LabelBox[] } }).arcStudioGraph.labelBoxes());
}

/**
 * The strip shows one point per event whose node is in view (right of the 112 px gutters), each at
 * its node's x (±2 px). Returns a description of any mismatch, empty when all is well.
 */
async function stripMatchesNodes(page: Page): Promise<string[]> {
  const strip = (await page.getByTestId('tension-strip').boundingBox())!;
  const [points, nodes] = await Promise.all([stripPoints(page), nodePositions(page)]);
  const problems: string[] = [];
  const inView = Object.entries(nodes).filter(([, p]) => p.x >= strip.x + 114 && p.x <= strip.x + strip.width - 2);
  if (inView.length < 5) problems.push(`only ${inView.length} nodes in view`);
  for (const [id, p] of inView) {
    const drawn = points.filter((q) => q.id === id);
    if (drawn.length !== 1) problems.push(`${id}: ${drawn.length} points`);
    else if (Math.abs(drawn[0]!.x - p.x) > 2) problems.push(`${id}: strip x ${drawn[0]!.x.toFixed(1)}, node x ${p.x.toFixed(1)}`);
  }
  const known = new Set(inView.map(([id]) => id));
  for (const q of points) if (!known.has(q.id) && q.x >= strip.x + 116 && q.x <= strip.x + strip.width - 4) problems.push(`${q.id}: a point without its node in view`);
  return problems;
}

async function openStrip(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Tension strip' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Tension strip' })).toBeVisible();
}

test('the tension strip draws each event under its node, follows a pan, marks what the core marks and is remembered', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await graphReady(page);
  await expect(page.getByRole('region', { name: 'Tension strip' })).toHaveCount(0);
  await openStrip(page);
  await expect.poll(() => stripMatchesNodes(page)).toEqual([]);

  // Higher intensity is drawn higher, and the marks are the core's.
  const series = tensionSeries(buildStoryIndex(sample));
  const intensity = new Map(series.points.map((p) => [p.id, p.intensity]));
  const points = await stripPoints(page);
  const byIntensity = [...points].sort((a, b) => intensity.get(a.id)! - intensity.get(b.id)!);
  for (let i = 1; i < byIntensity.length; i++) {
    const [lo, hi] = [byIntensity[i - 1]!, byIntensity[i]!];
    if (intensity.get(hi.id)! > intensity.get(lo.id)!) expect(hi.y, `${hi.id} above ${lo.id}`).toBeLessThan(lo.y);
  }
  const bad = new Set(series.points.filter((p) => p.overLimit || p.peakWithoutRecovery).map((p) => p.id));
  const spikes = new Set(series.points.filter((p) => p.spike).map((p) => p.id));
  for (const p of points) {
    if (bad.has(p.id)) expect(p.mark, p.id).toBe('bad');
    else if (spikes.has(p.id)) expect(p.mark, p.id).toBe('spike');
    else expect(p.mark, p.id).not.toMatch(/bad|spike/);
  }

  // A pan with the keyboard moves the nodes, and the strip with them.
  const before = await nodePositions(page);
  await page.getByTestId('story-graph').focus();
  for (let i = 0; i < 3; i++) await page.getByTestId('story-graph').press('ArrowLeft');
  await expect.poll(async () => Math.round((await nodePositions(page))[sample.events[0]!.id]!.x - before[sample.events[0]!.id]!.x)).toBe(180);
  await expect.poll(() => stripMatchesNodes(page)).toEqual([]);

  // Open it stays, after a reload too.
  await page.reload();
  await studio.settled();
  await graphReady(page);
  await expect(page.getByRole('button', { name: 'Tension strip' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => stripMatchesNodes(page)).toEqual([]);
  await page.getByRole('button', { name: 'Tension strip' }).click();
  await expect(page.getByRole('region', { name: 'Tension strip' })).toHaveCount(0);
});

test('hovering a strip point names its event, clicking it selects the event', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await graphReady(page);
  await openStrip(page);
  await expect.poll(() => stripMatchesNodes(page)).toEqual([]);
  const points = await stripPoints(page);
  // A point with no other point within 12 px along x, at its node's x.
  const lone = points.find((p) => points.every((q) => q === p || Math.abs(q.x - p.x) > 12))!;
  expect(lone).toBeTruthy();
  const node = (await nodePositions(page))[lone.id]!;
  await page.mouse.move(node.x, lone.y + 1);
  await expect(page.getByTestId('tension-strip-readout')).toContainText(titleOf(lone.id));
  await page.mouse.click(node.x, lone.y + 1);
  await expect(studio.eventItem(titleOf(lone.id)).first()).toHaveAttribute('aria-selected', 'true');
  await expect(studio.inspector.getByLabel('Title', { exact: true })).toHaveValue(titleOf(lone.id));
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as { arcStudioGraph: { selected(): string[] } }).arcStudioGraph.selected())).toEqual([lone.id]);

  // By keyboard: Home goes to the first event in time, Enter selects it.
  await page.getByRole('group', { name: /Intensity of each event/ }).focus();
  await page.keyboard.press('Home');
  const first = tensionSeries(buildStoryIndex(sample)).points[0]!;
  await expect(page.getByTestId('tension-strip-readout')).toContainText(first.title);
  await page.keyboard.press('Enter');
  await expect(studio.inspector.getByLabel('Title', { exact: true })).toHaveValue(first.title);
});

test('presenter view draws the canvas labels larger, none over another, and back again when it ends', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await graphReady(page);
  const normal = await labelBoxes(page);
  const zoom = (): Promise<number> => page.evaluate(() => (globalThis as unknown as { arcStudioGraph: { zoom(): number } }).arcStudioGraph.zoom());
  const normalModelFont = normal[0]!.fontPx / (await zoom());
  const normalScreen = Math.min(...normal.map((b) => b.fontPx));
  const rulerFont = (): Promise<number> => page.getByTestId('time-ruler').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normalRuler = await rulerFont();

  await page.getByRole('button', { name: 'Presenter view' }).click();
  await expect(page.locator('html')).toHaveClass(/presenter/);
  // The canvas takes the window: the side panels and the dock give up their room.
  await expect.poll(async () => (await page.getByTestId('story-graph').boundingBox())!.width).toBeGreaterThan(1440 * 0.95);
  expect((await page.getByTestId('story-graph').boundingBox())!.height).toBeGreaterThan(900 * 0.7);
  // The labels' font in the canvas's own units grows (not only the zoom), and on screen every label is larger than before.
  await expect.poll(async () => (await labelBoxes(page))[0]!.fontPx / (await zoom())).toBeGreaterThan(normalModelFont * 1.1);
  await expect.poll(async () => Math.min(...(await labelBoxes(page)).map((b) => b.fontPx))).toBeGreaterThanOrEqual(14);
  expect(normalScreen).toBeLessThan(14);
  expect(await rulerFont()).toBeGreaterThan(normalRuler);
  const boxes = (await labelBoxes(page)).filter((b) => b.drawn);
  // Cytoscape widens each label box by 2 model px on every side ("marginOfError" in its bounds): the text itself is
  // compared, as two lines of 13.5 px (27) fit a 28 px row but their widened boxes (31) do not. Any overlap of the text over 0.5 px still counts.
  const slack = 0.5 + 4 * (await zoom());
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, c] = [boxes[i]!, boxes[j]!];
      if (a.x1 < c.x2 - slack && c.x1 < a.x2 - slack && a.y1 < c.y2 - slack && c.y1 < a.y2 - slack) overlaps.push(`${a.id} / ${c.id}`);
    }
  expect(overlaps).toEqual([]);
  // The lane headers' larger text is shortened where a band is thin: no line of a header is cut at its band's edge.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.lane-header')].flatMap((header) => {
          const bottom = header.getBoundingClientRect().bottom;
          return [...header.children]
            .filter((line) => line.getClientRects().length > 0 && line.getBoundingClientRect().bottom > bottom + 0.5)
            .map((line) => `${header.dataset.header}: ${line.textContent}`);
        }),
      ),
    )
    .toEqual([]);
  const axe = await new AxeBuilder({ page }).include('[aria-label="Story graph"]').analyze();
  expect(axe.violations).toEqual([]);

  await page.getByRole('button', { name: 'Presenter view' }).click();
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  await expect.poll(async () => Math.abs((await labelBoxes(page))[0]!.fontPx / (await zoom()) - normalModelFont)).toBeLessThan(0.01);
});

test('Show impact is pressed exactly while the Impact panel shows a ripple', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const button = page.getByRole('button', { name: 'Show impact' });
  await expect(button).toBeDisabled();
  await studio.selectEvent(titleOf('s-grief'));
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await studio.showImpact();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  // Another event selected: the panel still shows the first ripple, and so does the button.
  await studio.selectEvent(titleOf('sc-storm'));
  await expect(studio.impact.getByText('not of the selected event')).toBeVisible();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  // The panel's own Hide impact: the button follows.
  await studio.impact.getByRole('button', { name: 'Hide impact' }).click();
  await expect(studio.impact.getByRole('table', { name: 'Reached events' })).toHaveCount(0);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  // Pressed again it shows the selected event's ripple, pressed once more it hides it.
  await studio.showImpact();
  await expect(studio.impact).toContainText(titleOf('sc-storm'));
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await button.click();
  await expect(studio.impact.getByRole('table', { name: 'Reached events' })).toHaveCount(0);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});

test('the graph with the tension strip open is axe clean', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await graphReady(page);
  await openStrip(page);
  await expect.poll(() => stripMatchesNodes(page)).toEqual([]);
  const result = await new AxeBuilder({ page }).include('[aria-label="Story graph"]').analyze();
  expect(result.violations).toEqual([]);
});

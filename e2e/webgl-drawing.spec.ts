import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadStory } from '../src/core/story/load-story';
import { StudioPage } from './pages/studio-page';

// The sample the studio opens with.
const loaded = loadStory(JSON.parse(readFileSync('public/samples/lighthouse.json', 'utf8')));
if (!loaded.ok) throw new Error('the sample does not load');
const first = loaded.story.events[0]!;

/** Waits until the current revision's lanes are on the canvas, drawn by `renderer`. */
async function drawnBy(page: Page, renderer: 'canvas' | 'webgl'): Promise<void> {
  const graph = page.getByTestId('story-graph');
  await expect(graph).toHaveAttribute('data-renderer', renderer);
  await expect(graph).not.toHaveAttribute('data-lanes-revision', '');
  await expect(graph.locator('xpath=..')).toHaveAttribute('aria-busy', 'false');
}

function selectedOnCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { arcStudioGraph: { selected(): string[] } }).arcStudioGraph.selected());
}

test('the WebGL toggle redraws the canvas with WebGL, keeps the story, selection and conflict marks, and is remembered', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await drawnBy(page, 'canvas');
  const webgl = page.getByRole('button', { name: 'WebGL', exact: true });
  await expect(webgl).toHaveAttribute('aria-pressed', 'false');
  await studio.selectEvent(first.title);
  const marked = await studio.graphClasses(first.id);

  // Reached from the tension strip toggle with Tab, pressed with the keyboard.
  await page.getByRole('button', { name: 'Tension strip' }).focus();
  await page.keyboard.press('Tab');
  await expect(webgl).toBeFocused();
  await page.keyboard.press('Space');
  await expect(webgl).toHaveAttribute('aria-pressed', 'true');
  await drawnBy(page, 'webgl');
  await expect.poll(() => studio.graphClasses(first.id)).toEqual(marked);
  await expect.poll(() => selectedOnCanvas(page)).toEqual([first.id]);

  const axe = await new AxeBuilder({ page }).include('[aria-label="Story graph"]').analyze();
  expect(axe.violations).toEqual([]);

  // Remembered by this browser across a reload.
  await page.reload();
  await studio.settled();
  await drawnBy(page, 'webgl');
  await expect(webgl).toHaveAttribute('aria-pressed', 'true');

  await webgl.click();
  await expect(webgl).toHaveAttribute('aria-pressed', 'false');
  await drawnBy(page, 'canvas');
  await expect.poll(() => studio.graphClasses(first.id)).toEqual(marked);
});

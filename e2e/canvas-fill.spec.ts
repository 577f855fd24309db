import { expect, test, type Page } from '@playwright/test';
import { generateStory } from '../bench/generate-story';
import { StudioPage } from './pages/studio-page';

interface Probe {
  classes(id: string, kind?: 'event' | 'link'): string[] | null;
  selected(): string[];
}

/** Classes of a link's line on the canvas, null while it is not drawn. */
function linkClasses(page: Page, id: string): Promise<string[] | null> {
  return page.evaluate((l) => (globalThis as unknown as { arcStudioGraph: Probe }).arcStudioGraph.classes(l, 'link'), id);
}

function selectedOnCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { arcStudioGraph: Probe }).arcStudioGraph.selected());
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
  const studio = new StudioPage(page);
  await studio.open();
  await studio.importFile({ name: 'five-thousand.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await expect(page.getByTestId('outline-shown')).toHaveText('5000 events', { timeout: 120_000 });
  await expect.poll(() => linkClasses(page, link.id), { timeout: 180_000 }).not.toBeNull();
  await studio.settled();

  // Only the cause is left by the filter, so the link to its effect is dimmed; the link is selected.
  await page.getByRole('search', { name: 'Event filters' }).getByLabel('Filter events').fill(cause.title);
  await expect(studio.eventItem(effect.title)).toHaveCount(0);
  await studio.selectEvent(cause.title);
  const toEffect = studio.inspector.getByRole('button', { name: `→ ${effect.title} (` });
  await toEffect.click();
  await expect(toEffect).toHaveCount(0);
  await expect.poll(() => linkClasses(page, link.id)).toContain('filtered-out');
  expect(await selectedOnCanvas(page)).toEqual([link.id]);
  await studio.stored();

  await page.reload();
  await expect(page.getByTestId('outline-shown')).toHaveText(/^1 of 5000 shown$/, { timeout: 120_000 });
  await expect.poll(() => linkClasses(page, link.id), { timeout: 180_000 }).not.toBeNull();
  await expect(studio.graph).toHaveAttribute('data-canvas-pending', '0');
  await expect(studio.graph.locator('xpath=..')).toHaveAttribute('aria-busy', 'false');
  expect(await linkClasses(page, link.id)).toContain('filtered-out');
  expect(await selectedOnCanvas(page)).toEqual([link.id]);
});

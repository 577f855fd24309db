import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

/** A real published Harlowe story (Twine Cookbook, CC BY-SA 4.0; see test-data/twine/LICENSES.md). */
const HARLOWE = join(process.cwd(), 'test-data', 'twine', 'real', 'harlowe_space_exploration_example.html');
const ARCHIVE = join(process.cwd(), 'test-data', 'twine', 'hostile', 'library-archive.html');
const TITLE = 'Space Exploration in Harlowe';

/** Passage names of the file, read with a regular expression (independent of the app's parser). */
const PASSAGES = [...readFileSync(HARLOWE, 'utf8').matchAll(/<tw-passagedata\b[^>]*?\bname="([^"]*)"/g)].map((m) => m[1]!);

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

async function importHarlowe(studio: StudioPage): Promise<void> {
  await studio.importFile(HARLOWE);
  await expect(studio.page.getByRole('button', { name: TITLE, exact: true })).toHaveCount(1);
  await studio.settled();
}

/** Chooses an Export menu item and returns the downloaded file's text. */
async function exportAs(page: Page, item: string): Promise<{ name: string; text: string; path: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const d = await download;
  const path = await d.path();
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

function axeSerious(page: Page) {
  return new AxeBuilder({ page }).analyze().then((r) =>
    r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  );
}

test('importing a Twine 2 HTML story shows its passages as events, with their links and conflicts', async ({ page }) => {
  expect(PASSAGES.length).toBeGreaterThan(5);
  const studio = new StudioPage(page);
  await studio.open();
  await importHarlowe(studio);
  for (const name of PASSAGES) await expect(studio.eventItem(name).first()).toBeAttached();
  await expect(studio.events.getByRole('option')).toHaveCount(PASSAGES.length);
  // "Explore Space 1" and "Explore Space 2" link to each other: a loop the checks must show.
  await expect(studio.conflictItems('causal-cycle')).not.toHaveCount(0);
  const edge = await page.evaluate(() => (globalThis as { arcStudioGraph?: { classes(id: string): string[] | null } }).arcStudioGraph?.classes('explore-space-1->explore-space-2'));
  expect(edge).not.toBeNull();
});

test('a Twine file full of scripts is read as data: nothing runs, the passages arrive as text', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.importFile(join(process.cwd(), 'test-data', 'twine', 'hostile', 'scripts-in-passages.html'));
  await expect(page.getByRole('button', { name: 'Scripts everywhere', exact: true })).toHaveCount(1);
  await studio.settled();
  await expect(studio.events.getByRole('option')).toHaveCount(2);
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

test('Export → Twee 3 → Import gives the same story', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await importHarlowe(studio);
  const before = await exportAs(page, 'Story JSON');
  const twee = await exportAs(page, 'Twee 3');
  expect(twee.name).toMatch(/\.twee$/);
  expect(twee.text).toMatch(/^:: StoryTitle\n/);
  await studio.importFile({ name: twee.name, mimeType: 'text/plain', buffer: Buffer.from(twee.text) });
  await expect(page.getByRole('button', { name: TITLE, exact: true })).toHaveCount(2);
  await studio.settled();
  const after = await exportAs(page, 'Story JSON');
  expect(JSON.parse(after.text)).toEqual(JSON.parse(before.text));
});

test('the SVG export opens as an image with every event title in it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await importHarlowe(studio);
  const svg = await exportAs(page, 'SVG image (whole story)');
  expect(svg.name).toMatch(/\.svg$/);
  for (const name of PASSAGES) expect(svg.text).toContain(`>${name.replace(/&/g, '&amp;').replace(/</g, '&lt;')}<`);
  // The lanes drawn on the canvas are in the picture too, with their names.
  const lanes = await page.locator('.lane-header strong').allTextContents();
  expect(lanes.length).toBeGreaterThan(0);
  for (const lane of lanes) expect(svg.text).toContain(`>${lane.toUpperCase()}</text>`);
  const size = await page.evaluate(async (text) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('not an image'));
      img.src = url;
    });
    return { width: img.naturalWidth, height: img.naturalHeight };
  }, svg.text);
  expect(size.width).toBeGreaterThan(100);
  expect(size.height).toBeGreaterThan(100);
  const png = await exportAs(page, 'PNG image (current view)');
  expect(png.name).toMatch(/\.png$/);
  expect(readFileSync(png.path).subarray(1, 4).toString()).toBe('PNG');
});

test("the whole story's PNG shows the lanes as the SVG and the canvas do", async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await expect(page.locator('.lane-header')).toHaveCount(4);
  // Down the picture's left edge (the names' gutter) the lanes' two colours alternate.
  const whole = await exportAs(page, 'PNG image (whole story)');
  const edge = await page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const column = ctx.getImageData(4, 0, 1, canvas.height).data;
    const colours = new Set<string>();
    for (let y = 0; y < canvas.height; y++) colours.add(`${column[y * 4]},${column[y * 4 + 1]},${column[y * 4 + 2]}`);
    return [...colours];
  }, readFileSync(whole.path).toString('base64'));
  // #F1F5F9 and #F7F4EE, the lanes' fills.
  expect(edge).toEqual(expect.arrayContaining(['241,245,249', '247,244,238']));
});

test('the Export menu and the archive story picker are keyboard reachable and axe clean', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await exportButton.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Story JSON' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Twee 3' })).toBeFocused();
  expect(await axeSerious(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  await studio.importFile(ARCHIVE);
  const picker = page.getByRole('dialog', { name: /holds 2 stories/ });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('button', { name: /First story/ })).toBeFocused();
  expect(await axeSerious(page)).toEqual([]);
  await picker.getByRole('button', { name: /Second story/ }).click();
  await expect(page.getByRole('button', { name: 'Second story', exact: true })).toHaveCount(1);
  await studio.settled();
  await expect(studio.events.getByRole('option')).toHaveCount(3);
});

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { analyzeStory } from '../src/core/analysis/analyze';
import { applyEdit } from '../src/core/edits/apply-edit';
import type { EditOp } from '../src/core/edits/edit-op';
import type { Story } from '../src/core/model/story';
import { loadStory } from '../src/core/story/load-story';
import { StudioPage } from './pages/studio-page';

// Expected counts come from the core, run here on the same sample file the app opens first.
const loaded = loadStory(JSON.parse(readFileSync('public/samples/lighthouse.json', 'utf8')));
if (!loaded.ok) throw new Error('the sample does not load');
const sample: Story = loaded.story;
const countAfter = (ops: readonly EditOp[]): number => analyzeStory(ops.reduce((s, op) => applyEdit(s, op).story, sample)).conflicts.length;

const SCENE_WINDOW = 0.5;
const MAX_INTENSITY = 0.6;
const sceneWindow: EditOp = { kind: 'set-scales', scales: sample.scales.map((s) => (s.id === 'scene' ? { ...s, window: SCENE_WINDOW } : s)) };
const maxIntensity: EditOp = { kind: 'set-therapy', field: 'maxIntensity', value: MAX_INTENSITY };

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

async function openSettings(studio: StudioPage) {
  await studio.page.getByRole('button', { name: 'Story settings' }).click();
  const dialog = studio.page.getByRole('dialog', { name: 'Story settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('changing a scale window and a therapy limit changes the conflicts as the core computes; Undo restores both', async ({ page }) => {
  const base = countAfter([]);
  const afterWindow = countAfter([sceneWindow]);
  const afterBoth = countAfter([sceneWindow, maxIntensity]);
  // The chosen values must matter, or the test would prove nothing.
  expect(new Set([base, afterWindow, afterBoth]).size).toBe(3);

  const studio = new StudioPage(page);
  await studio.open();
  expect(await studio.count()).toBe(base);
  const dialog = await openSettings(studio);

  const window = dialog.getByRole('group', { name: 'Scale scene' }).getByLabel('Window');
  await window.fill(String(SCENE_WINDOW));
  await window.press('Enter');
  await expect(studio.conflictCount).toHaveText(String(afterWindow));
  expect(await studio.count()).toBe(afterWindow);

  const limit = dialog.getByLabel('Maximum intensity');
  await limit.fill(String(MAX_INTENSITY));
  await limit.press('Enter');
  await expect(studio.conflictCount).toHaveText(String(afterBoth));
  expect(await studio.count()).toBe(afterBoth);

  // Escape closes the dialog and gives focus back to its button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Story settings' })).toBeFocused();

  await studio.undo();
  await expect(studio.conflictCount).toHaveText(String(afterWindow));
  await studio.undo();
  await expect(studio.conflictCount).toHaveText(String(base));
  expect(await studio.count()).toBe(base);

  const reopened = await openSettings(studio);
  await expect(reopened.getByRole('group', { name: 'Scale scene' }).getByLabel('Window')).toHaveValue(String(sample.scales[0]!.window));
  await expect(reopened.getByLabel('Maximum intensity')).toHaveValue('0.85');
});

test('an invalid value shows an inline error and changes nothing; removing a scale in use says why it cannot', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const base = await studio.count();
  const dialog = await openSettings(studio);

  const limit = dialog.getByLabel('Maximum intensity');
  await limit.fill('1.5');
  await limit.press('Enter');
  await expect(limit).toHaveAttribute('aria-invalid', 'true');
  const errorId = (await limit.getAttribute('aria-describedby'))!.split(' ')[0]!;
  await expect(page.locator(`[id="${errorId}"]`)).toContainText('1.5');

  const window = dialog.getByRole('group', { name: 'Scale arc' }).getByLabel('Window');
  await window.fill('soon');
  await window.press('Enter');
  await expect(window).toHaveAttribute('aria-invalid', 'true');
  await expect(window).toHaveAccessibleDescription(/not a number/);
  // The reason reads on one line under the row's inputs, not squeezed into the narrow window column.
  const windowError = page.locator(`[id="${(await window.getAttribute('aria-describedby'))!.split(' ')[0]!}"]`);
  const [errorBox, windowBox] = [await windowError.boundingBox(), await window.boundingBox()];
  expect(errorBox!.width).toBeGreaterThan(2 * windowBox!.width);
  expect(errorBox!.y).toBeGreaterThanOrEqual(windowBox!.y + windowBox!.height);

  await dialog.getByRole('button', { name: 'Remove scale scene' }).click();
  await expect(dialog.getByRole('alert')).toContainText('scene');
  await expect(dialog.getByRole('group', { name: 'Scale scene' })).toBeVisible();

  expect(await studio.count()).toBe(base);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('the Story settings dialog has no serious accessibility violations and keeps focus inside', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const dialog = await openSettings(studio);
  await dialog.getByLabel('Title').focus();
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);

  // Tabbing through every control never leaves the dialog (the page behind is inert).
  const count = await dialog.locator('input, button').count();
  for (let i = 0; i < count + 2; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.activeElement?.closest('dialog') !== null || document.activeElement === document.body);
    expect(inside).toBe(true);
  }
});

test("Ctrl+Z in a settings field just saved undoes the story's change, and the field shows the value again", async ({ page }) => {
  const base = countAfter([]);
  const studio = new StudioPage(page);
  await studio.open();
  expect(await studio.count()).toBe(base);
  const dialog = await openSettings(studio);
  const limit = dialog.getByLabel('Maximum intensity');
  await limit.fill(String(MAX_INTENSITY));
  await limit.press('Enter');
  await expect(studio.conflictCount).toHaveText(String(countAfter([maxIntensity])));
  await limit.press('Control+z');
  await expect(limit).toHaveValue('0.85');
  expect(await studio.count()).toBe(base);
  await expect(dialog).toBeVisible();
});

test('a settings number cleared to its default is undone by Ctrl+Z in the field like any other change, and leaving the field adds nothing', async ({ page }) => {
  const base = countAfter([]);
  const studio = new StudioPage(page);
  await studio.open();
  const dialog = await openSettings(studio);
  const limit = dialog.getByLabel('Maximum intensity');
  await limit.fill(String(MAX_INTENSITY));
  await limit.press('Enter');
  const lowered = countAfter([maxIntensity]);
  await expect(studio.conflictCount).toHaveText(String(lowered));
  // Empty means "the default": the field then shows the default it stores.
  await limit.fill('');
  await limit.press('Enter');
  await expect(studio.conflictCount).toHaveText(String(base));
  await expect(limit).toHaveValue('0.85');
  await limit.press('Control+z');
  await expect(studio.conflictCount).toHaveText(String(lowered));
  await expect(limit).toHaveValue(String(MAX_INTENSITY));
  // Leaving the field commits nothing new: Redo still brings the default back.
  await limit.press('Tab');
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeEnabled();
  await limit.press('Control+Shift+z');
  await expect(studio.conflictCount).toHaveText(String(base));
});

test('Enter in the new scale inputs adds the scale; a bad window is refused aloud and nothing is added', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const dialog = await openSettings(studio);
  const rows = dialog.getByRole('group', { name: /^Scale / });
  const before = await rows.count();
  await dialog.getByLabel('New scale id').fill('epoch');
  await dialog.getByLabel('New scale window').fill('lots');
  await dialog.getByLabel('New scale window').press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('not a number');
  await expect(rows).toHaveCount(before);
  await dialog.getByLabel('New scale window').fill('100000');
  await dialog.getByLabel('New scale window').press('Enter');
  await expect(dialog.getByRole('group', { name: 'Scale epoch' })).toBeVisible();
  await expect(rows).toHaveCount(before + 1);
  await expect(dialog).toBeVisible();
});

test('a scale added in Story settings has its lane brought into view, below the others', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const studio = new StudioPage(page);
  await studio.open();
  const dialog = await openSettings(studio);
  await dialog.getByLabel('New scale id').fill('epoch');
  await dialog.getByLabel('New scale window').fill('100000');
  await dialog.getByLabel('New scale window').press('Enter');
  await expect(dialog.getByRole('group', { name: 'Scale epoch' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const header = page.locator('.lane-header').filter({ hasText: /^epoch/i });
  await expect(header).toHaveCount(1);
  const graph = (await studio.graph.boundingBox())!;
  await expect
    .poll(async () => {
      const box = (await header.boundingBox())!;
      return box.y >= graph.y - 1 && box.y + 12 <= graph.y + graph.height;
    })
    .toBe(true);
});

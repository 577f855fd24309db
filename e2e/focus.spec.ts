import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

// Keyboard focus never falls to the page when the control holding it goes away (ui/keyboard/focus-keeper.ts).

/** The accessible name (or, failing that, the text) of the focused element; "(page)" when the focus is on the body. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return '(page)';
    return el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
  });
}

test('play: starting puts the focus on the first choice, Restart and Stop playing hand it on instead of dropping it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const playButton = page.getByRole('button', { name: 'Play', exact: true });
  await playButton.focus();
  await page.keyboard.press('Enter');
  const play = page.getByRole('region', { name: 'Play' });
  const choices = play.getByRole('region', { name: 'Choices' });
  await expect(choices.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(play).toHaveAttribute('data-path-length', '1');
  // Restart disables itself (the path is empty again): the focus moves on, within the play panel.
  await play.getByRole('button', { name: 'Restart', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(play).toHaveAttribute('data-path-length', '0');
  await expect(play.locator(':focus')).toHaveCount(1);
  // Stop playing takes the panel away: the focus goes back to the toolbar's Play.
  await play.getByRole('button', { name: 'Stop playing', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(play).toHaveCount(0);
  await expect(playButton).toBeFocused();
});

test('review: removing a goal by keyboard puts the focus on the next control of the profile, and Export report keeps it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const profile = page.getByRole('region', { name: 'Therapy profile' });
  const remove = profile.getByRole('button', { name: /^Remove goal / }).first();
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(profile.locator(':focus')).toHaveCount(1);
  const download = page.waitForEvent('download');
  const exportButton = page.getByRole('button', { name: 'Export report', exact: true });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await download;
  await expect(exportButton).toBeFocused();
});

test('story settings: moving a scale to the top (its Up then disabled) and removing a scale keep the focus in the dialog', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByRole('button', { name: 'Story settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Story settings' });
  const second = dialog.getByRole('group', { name: /^Scale / }).nth(1);
  const id = ((await second.getAttribute('aria-label')) ?? '').replace('Scale ', '');
  await dialog.getByRole('button', { name: `Move scale ${id} up` }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('group', { name: /^Scale / }).first()).toHaveAttribute('aria-label', `Scale ${id}`);
  await expect.poll(() => focused(page)).not.toBe('(page)');
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  // A new, unused scale removed: its row goes, the focus stays in the dialog.
  await dialog.getByLabel('New scale id').fill('epoch');
  await dialog.getByLabel('New scale window').fill('100000');
  await dialog.getByLabel('New scale window').press('Enter');
  await dialog.getByRole('button', { name: 'Remove scale epoch' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('group', { name: 'Scale epoch' })).toHaveCount(0);
  await expect.poll(() => focused(page)).not.toBe('(page)');
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
});

test('presenter view: F with the focus on a toolbar button it hides, and Escape out of it, leave the focus on a control', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByRole('button', { name: 'Fit', exact: true }).focus();
  await page.keyboard.press('f');
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await expect.poll(() => focused(page)).not.toBe('(page)');
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  await expect.poll(() => focused(page)).not.toBe('(page)');
});

test('the conflicts list is one Tab stop: arrows move between its cards, Tab leaves it and Shift+Tab comes back to the same card', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const list = page.getByRole('list', { name: /^Conflicts, most severe first/ });
  const cards = list.locator('.conflict-pick');
  await expect(cards.nth(2)).toBeVisible();
  await cards.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(cards.nth(1)).toBeFocused();
  // Tab goes on past the list, not to the next card.
  await page.keyboard.press('Tab');
  await expect(list.locator(':focus')).toHaveCount(0);
  expect(await focused(page)).not.toBe('(page)');
  await page.keyboard.press('Shift+Tab');
  await expect(cards.nth(1)).toBeFocused();
  // Only one card is in the Tab order at a time.
  expect(await cards.evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length)).toBe(1);
});

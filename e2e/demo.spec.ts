import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

interface SampleInfo {
  readonly id: string;
  readonly title: string;
}
const SAMPLES = JSON.parse(readFileSync('public/samples/index.json', 'utf8')) as SampleInfo[];
const sampleTitle = (id: string): string => SAMPLES.find((s) => s.id === id)!.title;

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

/** The library's open button of the story with this title that is the open one. */
function openEntry(page: Page, title: string) {
  return page.getByRole('region', { name: 'Story library' }).getByRole('button', { name: title, exact: true }).and(page.locator('[aria-current="true"]'));
}

async function openFromSamples(page: Page, title: string): Promise<void> {
  const library = page.getByRole('region', { name: 'Story library' });
  await library.getByRole('button', { name: 'Samples', exact: true }).click();
  await library.getByRole('list', { name: 'Bundled samples' }).getByRole('button', { name: title, exact: true }).click();
  await expect(openEntry(page, title)).toBeVisible();
}

/** `timeout` (ms): longer for the big sample, whose canvas fills in chunks on a busy machine meanwhile. */
async function expectConflictsShown(studio: StudioPage, timeout?: number): Promise<void> {
  expect(await studio.count(timeout)).toBeGreaterThan(0);
  await expect(studio.conflictItems().first()).toBeVisible(timeout === undefined ? {} : { timeout });
}

test.describe('samples', () => {
  test.setTimeout(120_000);

  test('there are at least four samples', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(4);
  });

  for (const sample of SAMPLES) {
    test(`${sample.id} opens from Samples and by ?sample=, with its conflicts`, async ({ page }) => {
      const studio = new StudioPage(page);
      // The 2,400-event sample takes several seconds to open and analyse on a loaded 2-core machine.
      const timeout = 45_000;
      await studio.open();
      await openFromSamples(page, sample.title);
      await expectConflictsShown(studio, timeout);

      const copies = page.getByRole('region', { name: 'Story library' }).getByRole('button', { name: sample.title, exact: true });
      await expect(copies).toHaveCount(1);
      await page.goto(`/?sample=${sample.id}`);
      await expect(page).not.toHaveURL(/sample=/, { timeout });
      await expect(openEntry(page, sample.title)).toBeVisible({ timeout });
      await expectConflictsShown(studio, timeout);
      // The copy is still as shipped: it is opened again, not copied once more.
      await expect(copies).toHaveCount(1);
      // The parameter is dropped once used, so a reload keeps this copy rather than making another.
      expect(new URL(page.url()).searchParams.get('sample')).toBeNull();
    });
  }

  test('a sample copy that was changed is kept as it is: opening the sample again makes a fresh copy', async ({ page }) => {
    const studio = new StudioPage(page);
    const title = sampleTitle('breathing-room');
    const copies = page.getByRole('region', { name: 'Story library' }).getByRole('button', { name: title, exact: true });
    await page.goto('/?sample=breathing-room');
    await expect(openEntry(page, title)).toBeVisible();
    await studio.addEvent('Sam skips the session', 30);
    await expect(studio.eventItem('Sam skips the session')).toBeVisible();
    await studio.stored();
    await page.goto('/?sample=breathing-room');
    await expect(copies).toHaveCount(2);
    await expect(openEntry(page, title)).toBeVisible();
    await expect(studio.eventItem('Sam skips the session')).toHaveCount(0);
  });

  test('Reset sample undoes the changes made to a sample copy', async ({ page }) => {
    const studio = new StudioPage(page);
    await page.goto('/?sample=breathing-room');
    await expect(openEntry(page, sampleTitle('breathing-room'))).toBeVisible();
    const before = await studio.count();
    await studio.addEvent('Sam skips the session', 30);
    await expect(studio.eventItem('Sam skips the session')).toBeVisible();

    await page.getByRole('button', { name: 'Reset sample' }).click();
    await expect(studio.eventItem('Sam skips the session')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    expect(await studio.count()).toBe(before);
  });

  test('the Samples menu closes on a press elsewhere; a sample picked by keyboard leaves the focus on Samples', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const library = page.getByRole('region', { name: 'Story library' });
    const samples = library.getByRole('button', { name: 'Samples', exact: true });
    const list = library.getByRole('list', { name: 'Bundled samples' });
    await samples.click();
    await expect(list).toBeVisible();
    await studio.graph.click({ position: { x: 5, y: 5 } });
    await expect(list).toHaveCount(0);
    await samples.click();
    const salt = SAMPLES.find((s) => s.id === 'salt-road') ?? SAMPLES[1]!;
    await list.getByRole('button', { name: salt.title, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(openEntry(page, salt.title)).toBeVisible();
    await expect(samples).toBeFocused();
  });

  test('a deleted sample can be opened again from Samples', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const title = sampleTitle('salt-road');
    await openFromSamples(page, title);
    await page.getByRole('button', { name: `Delete ${title}` }).click();
    await expect(page.getByRole('region', { name: 'Story library' }).getByRole('button', { name: title, exact: true })).toHaveCount(0);
    await page.reload();
    await studio.settled();
    await openFromSamples(page, title);
    await expectConflictsShown(studio);
  });
});

test.describe('tour and shortcuts', () => {
  test('the tour is offered on first start, runs to the end by keyboard, and is not offered again after a reload', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const offer = page.getByRole('status', { name: 'Notices' }).getByRole('button', { name: 'Start tour' });
    await expect(offer).toBeVisible();
    await offer.focus();
    await page.keyboard.press('Enter');

    const popover = page.getByRole('dialog').filter({ has: page.locator('.driver-popover-title') });
    await expect(popover).toBeVisible();
    const progress = popover.locator('.driver-popover-progress-text');
    await expect(progress).toHaveText(/^1 of \d+$/);
    const total = Number((await progress.textContent())!.split(' of ')[1]);
    // Walk with the keyboard only: each step focuses its Next (last: Done) button, Enter presses it.
    for (let step = 1; step <= total; step++) {
      await expect(progress).toHaveText(`${step} of ${total}`);
      const next = popover.getByRole('button', { name: step === total ? 'Done' : 'Next', exact: true });
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(popover).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-tour', 'done');
    // The offer's Start tour went with the offer: the focus lands on the toolbar's Tour, not the page.
    await expect(page.getByRole('button', { name: 'Tour', exact: true })).toBeFocused();

    await page.reload();
    await studio.settled();
    await expect(page.getByRole('button', { name: 'Tour', exact: true })).toBeVisible();
    await expect(offer).toHaveCount(0);
  });

  test("the toolbar's Tour takes the offer away; Tab stays on the tour's buttons; the Undo stop lights the History group; no landmark twice", async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const offer = page.getByRole('status', { name: 'Notices' }).getByRole('button', { name: 'Start tour' });
    await expect(offer).toBeVisible();
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    const popover = page.getByRole('dialog').filter({ has: page.locator('.driver-popover-title') });
    await expect(popover).toBeVisible();
    await expect(offer).toHaveCount(0);
    await expect(popover.getByRole('button', { name: 'Next', exact: true })).toBeFocused();
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.driver-popover') !== null)).toBe(true);
    }
    const landmarks = (await new AxeBuilder({ page }).withRules(['landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo', 'landmark-unique']).analyze()).violations;
    expect(landmarks.map((v) => v.id)).toEqual([]);
    const progress = popover.locator('.driver-popover-progress-text');
    // Next until the Undo stop (after the Tabs above, the first stop's Next needs the focus back).
    await popover.getByRole('button', { name: 'Next', exact: true }).focus();
    for (let step = 1; !/Undo/.test((await popover.locator('.driver-popover-title').textContent()) ?? ''); step++) {
      await expect(progress).toHaveText(new RegExp(`^${step} of `));
      await expect(popover.getByRole('button', { name: 'Next', exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(progress).toHaveText(new RegExp(`^${step + 1} of `));
    }
    await expect(page.locator('header .tool-group[aria-label="History"]')).toHaveClass(/driver-active-element/);
    await expect(page.locator('header.driver-active-element')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
  });

  test('the tour offer steps aside once something is picked; Tour stays in the toolbar', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const offer = page.getByRole('status', { name: 'Notices' }).getByRole('button', { name: 'Start tour' });
    await expect(offer).toBeVisible();
    await studio.conflictItems().first().getByRole('button').click();
    await expect(offer).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Tour', exact: true })).toBeVisible();
  });

  for (const [width, height] of [
    [1440, 900],
    [1024, 700],
  ] as const) {
    test(`at ${width}x${height} play covers the right sidebar, not the canvas's buttons, and the tour offer steps aside`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const studio = new StudioPage(page);
      await studio.open();
      const offer = page.getByRole('status', { name: 'Notices' }).getByRole('button', { name: 'Start tour' });
      await expect(offer).toBeVisible();
      const side = (await page.getByRole('region', { name: 'Details' }).or(page.getByRole('region', { name: 'Inspector' })).first().boundingBox())!;
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      const play = page.getByRole('region', { name: 'Play', exact: true });
      await expect(play).toHaveAttribute('data-ready', 'true');
      await expect(offer).toHaveCount(0);
      const panel = (await play.boundingBox())!;
      const legend = (await page.getByRole('button', { name: 'Legend' }).boundingBox())!;
      expect(legend.x + legend.width).toBeLessThanOrEqual(panel.x);
      expect(Math.abs(panel.x - side.x)).toBeLessThan(24);
    });
  }

  test('? and the Keyboard shortcuts button open the sheet listing the shortcuts the keys run', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await page.locator('body').press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('row')).toHaveCount(9);
    await expect(sheet.getByRole('row', { name: /Undo the last change/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(sheet).toBeVisible();
    // The sheet's presenter entry is the key the handler runs.
    await sheet.getByRole('button', { name: 'Close' }).click();
    await page.locator('body').press('f');
    await expect(page.getByRole('region', { name: 'Story library' })).toBeHidden();
  });
});

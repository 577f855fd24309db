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

interface DrawnLabel {
  readonly id: string;
  readonly label: string;
  readonly fontPx: number;
  readonly drawn: boolean;
}

/** A sample's titles by event id, whitespace as the canvas shows it. */
function sampleTitles(id: string): Map<string, string> {
  const story = JSON.parse(readFileSync(`public/samples/${id}.json`, 'utf8')) as { events: { id: string; title: string }[] };
  return new Map(story.events.map((e) => [e.id, e.title.trim().split(/\s+/).join(' ')]));
}

function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => (globalThis as unknown as { arcStudioGraph: { labelBoxes(): DrawnLabel[] } }).arcStudioGraph.labelBoxes().filter((b) => b.drawn));
}

/**
 * Drawn labels that show less than their whole title or its first 16 characters ("id: what is shown").
 * The badge (conflicts, notes) and the ellipsis are left out of what is shown.
 */
async function cutLabels(page: Page, titles: ReadonlyMap<string, string>): Promise<string[]> {
  return (await drawnLabels(page)).flatMap((b) => {
    const title = titles.get(b.id) ?? '';
    const shown = b.label.replace(/\n/g, ' ').replace(/\s[✎⚠]\S*$/, '').replace(/…$/, '');
    return title.startsWith(shown) && shown.length >= Math.min(title.length, 16) ? [] : [`${b.id}: ${JSON.stringify(b.label)}`];
  });
}

/** Font sizes (px) of the time ruler's ticks and of the lane headers' names and summaries. */
function chromeFonts(page: Page): Promise<{ ruler: number; name: number; summary: number }> {
  return page.evaluate(() => {
    const size = (selector: string): number => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
    return { ruler: size('[data-testid="time-ruler"]'), name: size('.lane-header strong'), summary: size('.lane-header > span') };
  });
}

test.describe('presenter view, read from the back of a room', () => {
  // The Salt Road: a dense lane of events minutes apart (many ruler ticks) and lanes one row tall.
  for (const [sample, width, height] of [
    ['lighthouse', 1440, 900],
    ['lighthouse', 1024, 700],
    ['salt-road', 1440, 900],
  ] as const) {
    test(`${sample} at ${width}x${height}: titles over two lines instead of cut to ten characters, ruler and lane headers in larger type`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const studio = new StudioPage(page);
      await studio.open();
      if (sample !== 'lighthouse') {
        await page.goto(`/?sample=${sample}`);
        await expect(page).not.toHaveURL(/sample=/);
        await expect(openEntry(page, sampleTitle(sample))).toBeVisible();
        await studio.settled();
      }
      await expect(studio.graph).not.toHaveAttribute('data-lanes-revision', '');
      await expect(studio.graph.locator('xpath=..')).toHaveAttribute('aria-busy', 'false');
      await expect.poll(async () => (await drawnLabels(page)).length).toBeGreaterThan(10);
      const normal = await chromeFonts(page);

      await page.getByRole('button', { name: 'Presenter view' }).click();
      await expect(page.locator('html')).toHaveClass(/presenter/);
      // Restyled at the larger font and fitted: every label at least 14 px on screen.
      await expect.poll(async () => Math.min(...(await drawnLabels(page)).map((b) => b.fontPx))).toBeGreaterThanOrEqual(14);
      expect((await drawnLabels(page)).length).toBeGreaterThan(10);
      expect(await cutLabels(page, sampleTitles(sample))).toEqual([]);

      const presenter = await chromeFonts(page);
      for (const key of ['ruler', 'name', 'summary'] as const) {
        expect(presenter[key], key).toBeGreaterThanOrEqual(16);
        expect(presenter[key], key).toBeGreaterThanOrEqual(normal[key] * 1.4);
      }
      // The larger type still fits: tick labels apart and clear of the time switch, and no header line cut at its band's edge.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const problems: string[] = [];
            const ticks = [...document.querySelectorAll('.ruler-tick')].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
            const switchRight = document.querySelector('.time-mode')!.getBoundingClientRect().right;
            ticks.forEach((t, i) => {
              if (t.r.left < switchRight) problems.push(`${t.text} under the time switch`);
              const next = ticks[i + 1];
              // The ruler keeps 4 px either side of a label at its usual size; touching labels read as one.
              if (next && next.r.left - t.r.right < 4) problems.push(`${t.text} meets ${next.text}`);
            });
            for (const header of document.querySelectorAll<HTMLElement>('.lane-header')) {
              const bottom = header.getBoundingClientRect().bottom;
              for (const line of header.children)
                if (line.getClientRects().length > 0 && line.getBoundingClientRect().bottom > bottom + 0.5) problems.push(`${header.dataset.header}: ${line.textContent} cut`);
            }
            return problems;
          }),
        )
        .toEqual([]);
      await expect(page.locator('.lane-header strong').first()).toBeVisible();

      await page.getByRole('button', { name: 'Presenter view' }).click();
      await expect(page.locator('html')).not.toHaveClass(/presenter/);
      await expect.poll(async () => (await chromeFonts(page)).ruler).toBe(normal.ruler);
    });
  }
});

test('presenter view: zoomed in and out, no lane header line is cut at its band’s edge', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await expect(studio.graph).not.toHaveAttribute('data-lanes-revision', '');
  await page.getByRole('button', { name: 'Presenter view' }).click();
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await expect.poll(async () => Math.min(...(await drawnLabels(page)).map((b) => b.fontPx))).toBeGreaterThanOrEqual(14);
  const box = (await studio.graph.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Headers are fitted a frame after the canvas moves: the gutter's --zoom then equals the canvas's zoom.
  const fitted = (): Promise<{ zoom: number; cut: string[] } | null> =>
    page.evaluate(() => {
      const zoom = (globalThis as unknown as { arcStudioGraph: { zoom(): number } }).arcStudioGraph.zoom();
      if (document.querySelector<HTMLElement>('.lane-gutter')!.style.getPropertyValue('--zoom') !== String(zoom)) return null;
      const cut = [...document.querySelectorAll<HTMLElement>('.lane-header')].flatMap((header) => {
        const bottom = header.getBoundingClientRect().bottom;
        return [...header.children].filter((line) => line.getClientRects().length > 0 && line.getBoundingClientRect().bottom > bottom + 0.5).map((line) => `${header.dataset.header}: ${line.textContent}`);
      });
      return { zoom, cut };
    });
  const seen: number[] = [];
  for (let step = 0; step < 16; step++) {
    const before = seen.at(-1);
    await page.mouse.wheel(0, 60);
    await expect
      .poll(async () => {
        const shown = await fitted();
        return shown !== null && shown.zoom !== before;
      })
      .toBe(true);
    const { zoom, cut } = (await fitted())!;
    seen.push(zoom);
    expect(cut, `at zoom ${zoom.toFixed(3)}`).toEqual([]);
  }
  // The sweep went from the fitted view well out.
  expect(Math.max(...seen) / Math.min(...seen)).toBeGreaterThan(1.5);
});

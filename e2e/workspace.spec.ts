import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { generateStory } from '../bench/generate-story';
import { exportStory } from '../src/core/story/export-story';
import { StudioPage } from './pages/studio-page';

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

/**
 * Every control a person can see, checked the way they would: its centre is on screen and
 * the topmost element there is the control itself (not covered, not cut off), its text fits
 * inside it, and no panel scrolls sideways. Controls scrolled out of their list are not on
 * screen and are skipped; controls cut by a box that does not scroll are reported.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const scrolls = (s: CSSStyleDeclaration) => /(auto|scroll)/.test(s.overflowX + s.overflowY);
    const controls = document.querySelectorAll('button, input:not([type="file"]), select, textarea, [role="tab"], [role="separator"]');
    for (const el of controls) {
      const html = el as HTMLElement;
      if (!html.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const r = html.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      // The part of the control its scrolling boxes let through; a box that does not scroll must hold that part whole.
      const vis = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      let scrolledAway = false;
      for (let a = html.parentElement; a && a !== document.body && !scrolledAway; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const ar = a.getBoundingClientRect();
        if (scrolls(s)) {
          if (cx < ar.left || cx > ar.right || cy < ar.top || cy > ar.bottom) scrolledAway = true;
          vis.left = Math.max(vis.left, ar.left);
          vis.top = Math.max(vis.top, ar.top);
          vis.right = Math.min(vis.right, ar.right);
          vis.bottom = Math.min(vis.bottom, ar.bottom);
        } else if (vis.left < ar.left - 1 || vis.right > ar.right + 1 || vis.top < ar.top - 1 || vis.bottom > ar.bottom + 1) {
          problems.push(`${name(el)} is cut off by ${a.className || a.tagName}`);
        }
      }
      if (scrolledAway) continue;
      if (cx < 0 || cy < 0 || cx > innerWidth || cy > innerHeight) {
        problems.push(`${name(el)} is outside the window`);
        continue;
      }
      const top = document.elementFromPoint(cx, cy);
      if (!top || (top !== el && !el.contains(top))) problems.push(`${name(el)} is covered by ${top ? `${top.tagName.toLowerCase()}.${top.className}` : 'nothing'}`);
      // A title cut short with an ellipsis is deliberate; text running past the button's edge is not.
      if (el.tagName === 'BUTTON' && html.scrollWidth > html.clientWidth + 1 && getComputedStyle(html).textOverflow !== 'ellipsis') {
        problems.push(`${name(el)}: its text overflows the button`);
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>('.studio *')) {
      const s = getComputedStyle(el);
      if (/(auto|scroll)/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1 && !el.closest('[data-testid="story-graph"]')) {
        problems.push(`${el.className || el.tagName} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    const footer = document.querySelector('footer')!.getBoundingClientRect();
    if (footer.bottom > innerHeight + 0.5 || footer.right > innerWidth + 0.5) problems.push('the status bar is cut off');
    for (const item of document.querySelectorAll('footer .status-item')) {
      const r = item.getBoundingClientRect();
      if (r.right > Math.min(footer.right, innerWidth) + 0.5 || r.bottom > Math.min(footer.bottom, innerHeight) + 0.5) {
        problems.push(`status "${(item.textContent ?? '').trim().slice(0, 30)}" is cut off`);
      }
    }
    return problems;
  });
}

/** Conflict cards entirely inside the visible part of the Conflicts list. */
async function wholeCardsInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const box = document.querySelector('.conflicts-scroll')!.getBoundingClientRect();
    return [...document.querySelectorAll('[data-conflict-id] .conflict-pick')].filter((b) => {
      const r = b.getBoundingClientRect();
      return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
    }).length;
  });
}

test.describe('the workspace fits the window', () => {
  test('at 1024×700 with a conflict selected, no control is cut off or covered, and both side tabs work', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const studio = new StudioPage(page);
    await studio.open();
    const first = await studio.conflictItems().first().getAttribute('data-conflict-id');
    await studio.selectConflict(first!);
    expect(await layoutProblems(page)).toEqual([]);

    // Narrow: the outline and the inspector share one column as tabs.
    const tabs = page.getByRole('tablist', { name: 'Side panels' });
    await tabs.getByRole('tab', { name: 'Stories & events' }).click();
    await expect(studio.events.getByRole('listbox')).toBeVisible();
    expect(await layoutProblems(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
    await expect(studio.inspector).toBeVisible();

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });

  test('at 1024×700 the toolbar keeps one row, and a hovered proposal shows what it changes without scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const studio = new StudioPage(page);
    await studio.open();
    const toolbar = page.locator('header.toolbar');
    // Buttons differ by a few pixels in height; a second row would be a whole button lower.
    const middles = await toolbar.getByRole('button').evaluateAll((all) => all.map((b) => b.getBoundingClientRect().top + b.getBoundingClientRect().height / 2));
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(10);
    const first = await studio.conflictItems('temporal-paradox').first().getAttribute('data-conflict-id');
    await studio.selectConflict(first!);
    // Where a person would point: near the top of the first card, as the panel shows it.
    const card = (await studio.proposals.locator('[data-proposal-id]').first().boundingBox())!;
    await page.mouse.move(card.x + 40, card.y + 10);
    await expect(studio.proposals.getByRole('list', { name: 'What this fix changes' })).toBeInViewport({ ratio: 0.9 });
    await expect(studio.acceptButtons().first()).toBeInViewport();
  });

  test('the arrow keys move between conflict cards, End reaches the last one', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const ids = await studio.conflictIds();
    const button = (id: string) => studio.conflicts.locator(`[data-conflict-id="${id}"]`).getByRole('button');
    await button(ids[0]!).focus();
    await page.keyboard.press('ArrowDown');
    await expect(button(ids[1]!)).toBeFocused();
    await page.keyboard.press('End');
    await expect(button(ids.at(-1)!)).toBeFocused();
    await expect(button(ids.at(-1)!)).toBeInViewport();
    await page.keyboard.press('Home');
    await expect(button(ids[0]!)).toBeFocused();
  });

  test('at 1440×900 the conflicts list shows several cards, and it grows (by keyboard) and keeps its size after a reload', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    expect(await layoutProblems(page)).toEqual([]);
    const before = await wholeCardsInView(page);
    expect(before).toBeGreaterThanOrEqual(3);

    const handle = page.getByRole('separator', { name: 'Resize the graph and the bottom panels' });
    const dock = page.locator('.conflicts-scroll');
    const height = (await dock.boundingBox())!.height;
    await handle.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await dock.boundingBox())!.height).toBeGreaterThan(height + 100);
    expect(await wholeCardsInView(page)).toBeGreaterThan(before);
    const grown = (await dock.boundingBox())!.height;

    await page.reload();
    await studio.settled();
    await expect.poll(async () => Math.round((await dock.boundingBox())!.height)).toBe(Math.round(grown));
  });

  test('the bottom panels fold away and come back from the toolbar', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const toggle = page.getByRole('button', { name: 'Bottom panels' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const graphHeight = (await studio.graph.boundingBox())!.height;
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => (await studio.graph.boundingBox())!.height).toBeGreaterThan(graphHeight + 150);
    await toggle.click();
    await expect(studio.conflictItems().first()).toBeVisible();
  });
});

test.describe('a 5,000-event story', () => {
  test.setTimeout(120_000);

  test('the outline and the conflicts list render only what is in view, and the keyboard still reaches every event', async ({ page }) => {
    const story = generateStory({ events: 5000, seed: 7 });
    const studio = new StudioPage(page);
    await studio.open();
    await studio.importFile({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(exportStory(story)) });
    await expect(page.getByTestId('outline-shown')).toHaveText('5,000 events');
    const conflicts = await studio.count();

    const options = studio.events.getByRole('option');
    const rendered = await options.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    // Each option still tells where it is in the whole list.
    await expect(options.first()).toHaveAttribute('aria-setsize', '5000');
    if (conflicts > 200) expect(await studio.conflictItems().count()).toBeLessThan(60);

    // End walks to the last event in display order: it is rendered, active and selected.
    const listbox = studio.events.getByRole('listbox');
    await listbox.focus();
    await page.keyboard.press('End');
    const last = studio.events.locator('[aria-posinset="5000"]');
    await expect(last).toHaveAttribute('aria-selected', 'true');
    await expect(listbox).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id'))!);
    await expect(last).toBeInViewport();
    expect(await options.count()).toBeLessThan(100);

    // Filtering says how many are shown, and one click clears every filter.
    const filters = page.getByRole('search', { name: 'Event filters' });
    await filters.getByLabel('Filter events').fill(story.events[123]!.title);
    await expect(page.getByTestId('outline-shown')).toHaveText(/^[\d,]+ of 5,000 shown$/);
    await filters.getByRole('checkbox', { name: 'Has conflicts' }).check();
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByTestId('outline-shown')).toHaveText('5,000 events');
    await expect(filters.getByLabel('Filter events')).toHaveValue('');
    await expect(filters.getByRole('checkbox', { name: 'Has conflicts' })).not.toBeChecked();
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectedConflictCount, fixturePath, fixtureTitle } from './fixtures';
import { StudioPage } from './pages/studio-page';

// Any uncaught error in the page fails the test, even when the screen looks right.
let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test.describe('first start', () => {
  test('shows the bundled sample already analysed, with its conflicts', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    expect(await studio.count()).toBeGreaterThan(0);
    await expect(studio.conflictItems().first()).toBeVisible();
    await expect(studio.conflictItems()).toHaveCount(await studio.count());
    await expect(studio.conflictItems().first()).toHaveAttribute('data-conflict-id', /.+/);
    await expect(studio.graph).toBeVisible();
    await expect(page.getByTestId('analysis-ms')).toHaveText(/\d/);
  });

  test('has no serious or critical accessibility violations on the main screen', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
});

test.describe('editing', () => {
  test("the Inspector's character suggestions and its effects menu offer the story's characters when used", async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.selectEvent('The years after the storm');
    // Participants: Ruth is suggested by name once the field is in use, and adding her shows her chip.
    const participant = studio.inspector.getByLabel('New participant', { exact: true });
    await participant.focus();
    const suggestions = page.locator(`datalist#${await participant.getAttribute('list')} option`);
    await expect(suggestions.filter({ hasText: 'Ruth' })).toHaveCount(1);
    await participant.fill('ruth');
    await participant.press('Enter');
    await expect(studio.inspector.getByRole('button', { name: 'Remove participant Ruth' })).toBeVisible();
    // Effects: the menu lists every character without an effect; the one chosen gets the effect.
    const who = studio.inspector.getByLabel('Character for a new effect');
    await who.focus();
    await who.selectOption({ label: 'Bram' });
    await studio.inspector.getByRole('button', { name: 'Add effect' }).click();
    await expect(studio.inspector.getByRole('button', { name: 'Remove effect on Bram' })).toBeVisible();
  });

  test('a link from a later event to an earlier one is a temporal paradox, and undo removes it', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const before = await studio.count();
    const paradoxes = studio.conflictItems('temporal-paradox').filter({ hasText: 'The keeper remembers' });
    await studio.addEvent('The keeper remembers', 20000);
    await studio.linkTo("The storm takes Tomas's boat");
    await expect(paradoxes).toHaveCount(1);
    expect(await studio.count()).toBeGreaterThan(before);

    await studio.undo();
    await expect(paradoxes).toHaveCount(0);
    await studio.undo();
    await studio.undo();
    await studio.undo();
    expect(await studio.count()).toBe(before);
    await expect(studio.eventItem('The keeper remembers')).toHaveCount(0);
  });

  test('Shift+drag from one event to another on the canvas draws a link, and Undo takes it away', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const linkCount = page.getByRole('contentinfo', { name: 'Status' }).getByText(/\d+ links?$/);
    const before = Number((await linkCount.textContent())!.match(/(\d+) links?$/)![1]);
    const at = (id: string) =>
      page.evaluate((e) => (globalThis as unknown as { arcStudioGraph: { pagePosition(id: string, kind: 'event'): { x: number; y: number } } }).arcStudioGraph.pagePosition(e, 'event'), id);
    const from = await at('sc-barometer');
    const to = await at('sc-lamp-fails');
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(linkCount).toHaveText(new RegExp(`${before + 1} links$`));
    await studio.undo();
    await expect(linkCount).toHaveText(new RegExp(`${before} links$`));
    // Events and links still answer on the canvas after the removals.
    expect(await studio.graphClasses('sc-lamp-fails')).not.toBeNull();
  });

  test('Add event selects the new title, so typing names it; the fields shown before are never typed into', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.selectEvent("The storm takes Tomas's boat");
    const title = studio.inspector.getByLabel('Title', { exact: true });
    await expect(title).toHaveValue("The storm takes Tomas's boat");
    await studio.inspector.getByRole('button', { name: 'Add event' }).click();
    // The new event's fields mount a moment after the click (they are disabled meanwhile); the title is then focused.
    await expect(title).toBeFocused();
    await page.keyboard.type('The lamp is lit');
    await page.keyboard.press('Enter');
    await expect(studio.eventItem('The lamp is lit')).toHaveCount(1);
    await expect(studio.eventItem("The storm takes Tomas's boat")).toHaveCount(1);
  });

  test('undoing the last step from the keyboard keeps the focus on Undo, which then does nothing and says so', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.selectEvent("The storm takes Tomas's boat");
    await studio.setField('Title', 'The squall');
    await expect(studio.eventItem('The squall')).toHaveCount(1);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await undo.focus();
    await page.keyboard.press('Enter');
    await expect(studio.eventItem("The storm takes Tomas's boat")).toHaveCount(1);
    await expect(undo).toBeDisabled();
    await expect(undo).toBeFocused();
    await expect(undo).toHaveAttribute('aria-description', 'Nothing to undo');
    // Pressed again it changes nothing; Tab goes on to Redo, which brings the step back.
    await page.keyboard.press('Enter');
    await expect(studio.eventItem("The storm takes Tomas's boat")).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(studio.eventItem('The squall')).toHaveCount(1);
  });

  test("Ctrl+Z in a field whose change is saved undoes the story's change, so the field and the story agree", async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.selectEvent('Elin writes to her niece Ada');
    const title = studio.inspector.getByLabel('Title', { exact: true });
    await studio.setField('Title', 'A letter to Ada');
    await expect(studio.eventItem('A letter to Ada')).toHaveCount(1);
    // Still in the field, nothing typed since Enter: the story's undo, not the browser's.
    await expect(title).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(studio.eventItem('Elin writes to her niece Ada')).toHaveCount(1);
    await expect(title).toHaveValue('Elin writes to her niece Ada');
    await page.keyboard.press('Control+Shift+z');
    await expect(studio.eventItem('A letter to Ada')).toHaveCount(1);
    await expect(title).toHaveValue('A letter to Ada');
    // With typing pending, Ctrl+Z is the browser's own: it takes back the typing, the story keeps its title.
    await page.keyboard.type(' again');
    await page.keyboard.press('Control+z');
    await expect(title).toHaveValue('A letter to Ada');
    await expect(studio.eventItem('A letter to Ada')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(studio.eventItem('A letter to Ada')).toHaveCount(1);
  });

  test('Ctrl+Z in the empty New tag field takes back the tag just added', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.selectEvent('Elin writes to her niece Ada');
    const field = studio.inspector.getByLabel('New tag', { exact: true });
    await field.fill('letters');
    await field.press('Enter');
    const tags = studio.inspector.getByRole('group', { name: 'Tags' });
    await expect(tags).toContainText('letters');
    await expect(field).toHaveValue('');
    await field.press('Control+z');
    await expect(tags).not.toContainText('letters');
  });

  test('an event title cannot be emptied: the field says so and the event keeps its title', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.selectEvent('Elin writes to her niece Ada');
    const title = studio.inspector.getByLabel('Title', { exact: true });
    await studio.setField('Title', '   ');
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription(/An event needs a title/);
    await page.keyboard.press('Tab');
    await expect(studio.eventItem('Elin writes to her niece Ada')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    // Escape gives the stored title back and clears the message.
    await title.focus();
    await page.keyboard.press('Escape');
    await expect(title).toHaveValue('Elin writes to her niece Ada');
    await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  });

  test("the Inspector's Delete event hands the focus to Add event, so the keyboard goes on from there", async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.selectEvent('Elin writes to her niece Ada');
    await studio.inspector.getByRole('button', { name: 'Delete event' }).focus();
    await page.keyboard.press('Enter');
    await expect(studio.eventItem('Elin writes to her niece Ada')).toHaveCount(0);
    await expect(studio.inspector.getByRole('button', { name: 'Add event' })).toBeFocused();
  });

  test('Delete in the Events list leaves the next event active, not the first of the list', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const options = studio.events.getByRole('option');
    const titles = (await options.allTextContents()).map((t) => t.trim());
    const at = titles.findIndex((t) => t.startsWith('The barometer falls'));
    expect(at).toBeGreaterThan(0);
    await studio.selectEvent('The barometer falls');
    await page.keyboard.press('Delete');
    await expect(studio.eventItem('The barometer falls')).toHaveCount(0);
    const listbox = studio.events.getByRole('listbox');
    const activeText = async (): Promise<string> => listbox.evaluate((l) => document.getElementById(l.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '');
    await expect.poll(activeText).toContain(titles[at + 1]!.slice(0, 12));
  });

  test('every change is still there after a reload', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.addEvent('The keeper remembers', 20000);
    await studio.linkTo("The storm takes Tomas's boat");
    await expect(studio.conflictItems('temporal-paradox').filter({ hasText: 'The keeper remembers' })).toHaveCount(1);
    const count = await studio.count();
    await page.getByRole('button', { name: 'Layered' }).click();
    await expect(page.getByRole('button', { name: 'Layered' })).toHaveAttribute('aria-pressed', 'true');
    await studio.stored();

    await page.reload();
    await studio.settled();
    await expect(studio.eventItem('The keeper remembers')).toBeVisible();
    expect(await studio.count()).toBe(count);
    await expect(studio.conflictItems('temporal-paradox').filter({ hasText: 'The keeper remembers' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Layered' })).toHaveAttribute('aria-pressed', 'true');
    // Undo history of the session survives the reload too.
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();
  });
});

test.describe('import', () => {
  for (const name of ['temporal-paradox', 'bilocation', 'causal-cycle', 'custom-scales']) {
    test(`imports the ${name} fixture with exactly its expected conflicts`, async ({ page }) => {
      const studio = new StudioPage(page);
      await studio.open();
      await studio.importFile(fixturePath(name));
      await expect(page.getByText(fixtureTitle(name)).first()).toBeVisible();
      await expect(studio.conflictItems()).toHaveCount(expectedConflictCount(name));
      expect(await studio.count()).toBe(expectedConflictCount(name));
    });
  }

  test('while a story opens, the Conflicts panel and the status bar show its count or that they are busy, never the last story count nor zeros', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    // Every count and note the Conflicts panel shows from here on, however briefly (kept on
    // window: an observer nothing refers to may be collected).
    await page.evaluate(() => {
      const seen: string[] = [];
      const status: string[] = [];
      const record = (): void => {
        const panel = document.querySelector('section[aria-label="Conflicts"]');
        if (!panel) return;
        const note = [...panel.querySelectorAll('.panel-note')].map((n) => n.textContent).join(' ');
        seen.push(`${panel.querySelector('h2 .count')?.textContent ?? ''}|${note}`);
        const bar = document.querySelector('footer[aria-label="Status"]');
        const categories = [...(bar?.querySelectorAll('.cat-count') ?? [])].map((c) => c.textContent?.trim().split(' ').pop()).join(',');
        status.push(`${bar?.querySelector('[data-testid="conflict-count"]')?.textContent ?? ''}|${categories}`);
      };
      const observer = new MutationObserver(record);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      Object.assign(window, { __conflictsShown: seen, __statusShown: status, __conflictsObserver: observer });
    });
    const before = await studio.count();
    const name = 'causal-cycle';
    const expected = expectedConflictCount(name);
    expect(expected).not.toBe(before);
    await studio.importFile(fixturePath(name));
    await expect(studio.conflictItems()).toHaveCount(expected);
    await expect(studio.conflicts.locator('h2 .count')).toHaveText(String(expected));
    const shown = await page.evaluate(() => (window as unknown as { __conflictsShown: string[] }).__conflictsShown);
    // From the moment the panel stops counting the last story, it counts the new one or shows it is busy.
    const opening = shown.findIndex((s) => s.startsWith('…|'));
    expect(opening).toBeGreaterThanOrEqual(0);
    expect(shown.slice(opening).filter((s) => !s.startsWith('…|') && !s.startsWith(`${expected}|`))).toEqual([]);
    expect(shown.filter((s) => s.includes('holds together'))).toEqual([]);
    // The status bar likewise: the last story's figures, then "…" everywhere, then the new story's;
    // never an empty count nor category zeros that read as "no conflicts of this kind".
    const status = await page.evaluate(() => (window as unknown as { __statusShown: string[] }).__statusShown);
    const waiting = status.findIndex((s) => s.startsWith('…|'));
    expect(waiting).toBeGreaterThanOrEqual(0);
    const after = status.slice(waiting);
    expect(after.filter((s) => !/^…\|…(,…)+$/.test(s) && !s.startsWith(`${expected}|`))).toEqual([]);
    expect(after.at(-1)).toMatch(new RegExp(`^${expected}\\|\\d+(,\\d+)+$`));
  });

  test('an invalid file shows an alert with JSON paths and loses nothing', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.addEvent('Unsaved thought', 20000);
    const count = await studio.count();
    const bad = {
      format: 'nao-story',
      version: 1,
      title: 'Broken',
      events: [{ id: 'a', title: 'A', scale: 'scene', time: 'soon' }],
      links: [{ from: 'a', to: 'missing' }],
    };
    await studio.importFile({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('events[0].time');
    await expect(alert).toContainText('links[0].to');
    await expect(studio.eventItem('Unsaved thought')).toBeVisible();
    expect(await studio.count()).toBe(count);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();
    // The list's Close has the focus: Escape dismisses the list, and only the list.
    await expect(alert.getByRole('button', { name: 'Close problems list' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(alert).toHaveCount(0);
    await expect(studio.eventItem('Unsaved thought')).toHaveAttribute('aria-selected', 'true');
  });
});

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { detectConflicts } from '../src/core/analysis/analyze';
import { buildStoryIndex } from '../src/core/analysis/story-index';
import type { Story } from '../src/core/model/story';
import { computeRipple } from '../src/core/ripple/ripple';
import { loadStory } from '../src/core/story/load-story';
import { fixturePath, fixtureTitle } from './fixtures';
import { PlayPage } from './pages/play-page';
import { StudioPage } from './pages/studio-page';

// Expected values come from the core run here, in the test process, on the same fixture file the app imports:
// the scale impact of a path is the sum of each path event's forward ripple per scale (conflict-rules.md, Play-through).

const FIXTURE = 'play-through';
const story: Story = (() => {
  const loaded = loadStory(JSON.parse(readFileSync(fixturePath(FIXTURE), 'utf8')));
  if (!loaded.ok) throw new Error('play-through fixture does not load');
  return loaded.story;
})();
const ix = buildStoryIndex(story);
const conflicts = detectConflicts(ix);
const titleOf = (id: string): string => story.events.find((e) => e.id === id)!.title;

/** Meter name -> expected accumulated impact for a path. */
function expectedMeters(path: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of story.scales) out[s.label ?? s.id] = 0;
  for (const p of path) {
    const ripple = computeRipple(ix, p);
    for (const s of story.scales) out[s.label ?? s.id]! += ripple.perScale[s.id] ?? 0;
  }
  return out;
}

function expectedConflictIds(path: readonly string[]): string[] {
  return conflicts
    .filter((c) => c.events.some((e) => path.includes(e)))
    .map((c) => c.id)
    .sort();
}

function expectClose(actual: Record<string, string>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [name, value] of Object.entries(expected)) {
    expect(Math.abs(Number(actual[name]) - value), `${name}: ${actual[name]} vs ${value}`).toBeLessThan(1e-9);
  }
}

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

async function openFixture(studio: StudioPage): Promise<PlayPage> {
  await studio.open();
  await studio.importFile(fixturePath(FIXTURE));
  await expect(studio.page.getByRole('button', { name: fixtureTitle(FIXTURE), exact: true })).toHaveAttribute('aria-current', 'true');
  await studio.settled();
  const play = new PlayPage(studio.page);
  await play.start();
  return play;
}

test('three steps give the core scale impact and path conflicts; Step back restores the values exactly', async ({ page }) => {
  const studio = new StudioPage(page);
  const play = await openFixture(studio);
  const path = ['dock', 'stowaway', 'caught'];

  await expect(play.choices.getByRole('button')).toHaveText([titleOf('dock')]);
  const shown: Record<string, string>[] = [];
  for (let step = 1; step <= path.length; step++) {
    await play.choose(titleOf(path[step - 1]!), step);
    const values = await play.meterValues();
    expectClose(values, expectedMeters(path.slice(0, step)));
    expect(await play.conflictIds()).toEqual(expectedConflictIds(path.slice(0, step)));
    shown.push(values);
  }
  // The third step runs into the caught -> exile gap: the list is not trivially empty.
  expect(await play.conflictIds()).not.toEqual([]);
  // Named as everywhere else in the studio, as it reads on screen (not "Causal-Gap").
  await expect(play.conflicts.locator('[data-conflict-type="causal-gap"] .conflict-type').first()).toHaveText('Causal gap', { useInnerText: true });

  await play.region.getByRole('button', { name: 'Step back' }).click();
  await play.settled(2);
  expect(await play.meterValues()).toEqual(shown[1]);
  expect(await play.conflictIds()).toEqual(expectedConflictIds(path.slice(0, 2)));

  await play.region.getByRole('button', { name: 'Restart' }).click();
  await play.settled(0);
  for (const v of Object.values(await play.meterValues())) expect(Number(v)).toBe(0);
});

test('choices name the target, its scale and the link strength; the path is highlighted on the canvas', async ({ page }) => {
  const studio = new StudioPage(page);
  const play = await openFixture(studio);
  await play.choose(titleOf('dock'), 1);
  const stowaway = play.choices.getByRole('button', { name: titleOf('stowaway'), exact: true });
  await expect(stowaway).toHaveAccessibleDescription(/scene.*0\.60/);
  await play.choose(titleOf('stowaway'), 2);
  await expect.poll(() => studio.graphClasses('stowaway')).toContain('play-current');
  await expect.poll(() => studio.graphClasses('dock')).toContain('play-path');
});

test('played from the keyboard alone: after each choice the focus is on the first of the next choices, and at the end on the list', async ({ page }) => {
  const studio = new StudioPage(page);
  const play = await openFixture(studio);
  const buttons = play.choices.getByRole('button');
  await buttons.first().focus();
  let ended = false;
  for (let length = 1; length <= 12 && !ended; length++) {
    await page.keyboard.press('Enter');
    await play.settled(length);
    ended = (await buttons.count()) === 0;
    if (ended) {
      await expect(play.choices).toBeFocused();
      await expect(play.choices).toContainText('The end');
    } else {
      await expect(buttons.first()).toBeFocused();
    }
  }
  expect(ended).toBe(true);
});

test('Backspace steps back, as the Step back button announces', async ({ page }) => {
  const studio = new StudioPage(page);
  const play = await openFixture(studio);
  await play.choose(titleOf('dock'), 1);
  await play.choose(titleOf('stowaway'), 2);
  await expect(play.region.getByRole('button', { name: 'Step back' })).toHaveAttribute('aria-keyshortcuts', 'Backspace');
  await page.keyboard.press('Backspace');
  await play.settled(1);
  await expect(play.choices.getByRole('button', { name: titleOf('stowaway'), exact: true })).toBeVisible();
});

test('play mode has no serious accessibility violations', async ({ page }) => {
  const studio = new StudioPage(page);
  const play = await openFixture(studio);
  await play.choose(titleOf('dock'), 1);
  await play.choose(titleOf('stowaway'), 2);
  const results = await new AxeBuilder({ page }).include('[aria-label="Play"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  const whole = await new AxeBuilder({ page }).analyze();
  const seriousWhole = whole.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(seriousWhole.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('a saved path is kept with the story and replays after a reload', async ({ page }) => {
  const studio = new StudioPage(page);
  const play = await openFixture(studio);
  await play.choose(titleOf('dock'), 1);
  await play.choose(titleOf('ticket'), 2);
  await play.choose(titleOf('storm'), 3);
  const values = await play.meterValues();
  await play.region.getByRole('button', { name: 'Save path' }).click();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /save played path/i);
  // Switching stories saves the open one first (no waiting on the autosave debounce).
  const lighthouse = page.getByRole('button', { name: 'The Keeper of Gull Rock', exact: true });
  await lighthouse.click();
  await expect(lighthouse).toHaveAttribute('aria-current', 'true');
  await page.getByRole('button', { name: fixtureTitle(FIXTURE), exact: true }).click();
  await expect(page.getByRole('button', { name: fixtureTitle(FIXTURE), exact: true })).toHaveAttribute('aria-current', 'true');

  await page.reload();
  await studio.settled();
  await play.start();
  await play.region.getByRole('button', { name: 'Replay saved path' }).click();
  await play.settled(3);
  expect(await play.meterValues()).toEqual(values);
});

test('presenter view hides the panels and play still works in it', async ({ page }) => {
  const studio = new StudioPage(page);
  const play = await openFixture(studio);
  await page.locator('body').press('f');
  await expect(page.getByRole('region', { name: 'Story library' })).toBeHidden();
  await expect(studio.conflicts).toBeHidden();
  await expect(studio.graph).toBeVisible();
  await play.choose(titleOf('dock'), 1);
  expectClose(await play.meterValues(), expectedMeters(['dock']));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Story library' })).toBeVisible();
});

/**
 * Steps of the Path taken list whose number does not fit the room left of its text: each list
 * marker ("10. ") is measured in its item's font against the list's indent.
 */
function cutStepNumbers(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Path taken' }).evaluate((list) => {
    const indent = parseFloat(getComputedStyle(list).paddingLeft);
    const ctx = document.createElement('canvas').getContext('2d')!;
    return [...list.children].flatMap((item, i) => {
      const cs = getComputedStyle(item);
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = indent + parseFloat(cs.marginLeft);
      const needed = ctx.measureText(`${i + 1}. `).width;
      return needed <= room ? [] : [`${i + 1}: needs ${needed.toFixed(1)} px, has ${room.toFixed(1)}`];
    });
  });
}

test('the path’s step numbers from 10 on show in full, also in presenter view', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  // The Salt Road: the last choice at every step makes a path of 11 events.
  await page.goto('/?sample=salt-road');
  await expect(page).not.toHaveURL(/sample=/);
  await expect(page.getByRole('region', { name: 'Story library' }).getByRole('button', { name: 'The Salt Road: a branching adventure', exact: true })).toHaveAttribute('aria-current', 'true');
  await studio.settled();
  const play = new PlayPage(page);
  await play.start();
  for (let length = 1; length <= 11; length++) {
    await play.choices.getByRole('button').last().click();
    await play.settled(length);
  }
  await expect(page.getByRole('list', { name: 'Path taken' }).getByRole('listitem')).toHaveCount(11);
  expect(await cutStepNumbers(page)).toEqual([]);

  await page.locator('body').press('f');
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await expect.poll(() => page.getByRole('list', { name: 'Path taken' }).evaluate((l) => parseFloat(getComputedStyle(l).fontSize))).toBeGreaterThan(14);
  expect(await cutStepNumbers(page)).toEqual([]);
  // The newest step is still in sight once the larger type has grown the list.
  const last = page.getByRole('list', { name: 'Path taken' }).getByRole('listitem').last();
  await expect(last).toBeInViewport({ ratio: 0.9 });
});

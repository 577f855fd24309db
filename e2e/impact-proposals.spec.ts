import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { detectConflicts } from '../src/core/analysis/analyze';
import { buildStoryIndex } from '../src/core/analysis/story-index';
import { applyEdit } from '../src/core/edits/apply-edit';
import type { Story } from '../src/core/model/story';
import { fixAll } from '../src/core/resolutions/fix-all';
import { proposeResolutions } from '../src/core/resolutions/propose';
import { computeRipple, type Ripple } from '../src/core/ripple/ripple';
import { loadStory } from '../src/core/story/load-story';
import { fixturePath, fixtureTitle } from './fixtures';
import { StudioPage } from './pages/studio-page';

// The expected values come from the core, run here in the test process on the same story file the app opens.

function storyFile(path: string): Story {
  const loaded = loadStory(JSON.parse(readFileSync(path, 'utf8')));
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return loaded.story;
}

const SAMPLE = 'public/samples/lighthouse.json';
const sample = storyFile(SAMPLE);
const titleOf = (story: Story, id: string): string => story.events.find((e) => e.id === id)!.title;
/** How the Impact panel writes an impact: a percentage with one decimal. */
const percent = (impact: number): string => `${(impact * 100).toFixed(1)}%`;

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

/** The panel's reached rows as [event id, impact text, hops text]. */
async function panelRows(studio: StudioPage): Promise<string[][]> {
  return studio.reachedRows().evaluateAll((rows) =>
    rows.map((r) => [r.getAttribute('data-event-id') ?? '', r.querySelectorAll('td')[0]!.textContent ?? '', r.querySelectorAll('td')[1]!.textContent ?? '']),
  );
}

async function expectPanelShows(studio: StudioPage, story: Story, ripple: Ripple): Promise<void> {
  await studio.impactFinished();
  expect(ripple.reached.length).toBeGreaterThan(3);
  expect(await panelRows(studio)).toEqual(ripple.reached.map((r) => [r.event, percent(r.impact), String(r.hops)]));
  const totals = studio.impact.getByTestId('impact-scale-totals');
  for (const scale of story.scales) {
    await expect(totals.locator(`tr[data-scale="${scale.id}"] td`)).toHaveText(ripple.perScale[scale.id]!.toFixed(2));
  }
}

test.describe('impact ripple', () => {
  test('shows the ripple of the selected event with the values the core computes, forward and backward', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const source = 's-grief';
    await studio.selectEvent(titleOf(sample, source));
    await studio.showImpact();

    const ix = buildStoryIndex(sample);
    const forward = computeRipple(ix, source);
    await expectPanelShows(studio, sample, forward);
    const names = new Map((sample.characters ?? []).map((c) => [c.id, c.name ?? c.id]));
    await expect(studio.impact.getByText(forward.characters.map((c) => names.get(c)).join(', '))).toBeVisible();
    await expect(studio.impact.getByText(forward.themes.join(', '))).toBeVisible();

    // On the canvas: the source is marked, and reached events are tinted once the spread has gone through.
    await expect.poll(() => studio.rippleClasses(source)).toContain('impact-source');
    const last = forward.reached[forward.reached.length - 1]!.event;
    await expect.poll(() => studio.rippleClasses(last)).toContain('impact-reached');
    await expect(studio.graph.locator('.cy')).toHaveClass(/impact-dimmed/);

    // "What led here": the direction carries over to the next event shown.
    await studio.impact.getByRole('button', { name: 'What led here' }).click();
    await studio.impactFinished();
    expect(await panelRows(studio)).toEqual([]);
    await studio.selectEvent(titleOf(sample, 'a-jonah-recovers'));
    await page.getByRole('button', { name: 'Show impact' }).click();
    await expectPanelShows(studio, sample, computeRipple(ix, 'a-jonah-recovers', { direction: 'backward' }));
  });

  test('the minimum impact and depth sliders change the ripple as the core says', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.selectEvent(titleOf(sample, 's-grief'));
    await studio.showImpact();
    const ix = buildStoryIndex(sample);
    await studio.impact.getByLabel('Depth').fill('1');
    await studio.impactFinished();
    const oneHop = computeRipple(ix, 's-grief', { maxHops: 1 });
    expect(await panelRows(studio)).toEqual(oneHop.reached.map((r) => [r.event, percent(r.impact), '1']));
    await studio.impact.getByLabel('Depth').fill('11');
    await studio.impact.getByLabel('Minimum impact').fill('20');
    await studio.impactFinished();
    const strong = computeRipple(ix, 's-grief', { minImpact: 0.2 });
    expect(await panelRows(studio)).toEqual(strong.reached.map((r) => [r.event, percent(r.impact), String(r.hops)]));
  });

  test('the I key shows and hides the impact; hovering a reached event highlights its best path', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.selectEvent(titleOf(sample, 's-grief'));
    await page.locator('body').press('i');
    await studio.impactFinished();
    const ripple = computeRipple(buildStoryIndex(sample), 's-grief');
    const deep = ripple.reached.find((r) => r.hops >= 2)!;
    await studio.impact.locator(`tr[data-event-id="${deep.event}"]`).hover();
    for (const id of deep.path) await expect.poll(() => studio.rippleClasses(id)).toContain('impact-path');
    await page.locator('body').press('i');
    await expect(studio.impact.getByRole('table', { name: 'Reached events' })).toHaveCount(0);
    await expect.poll(() => studio.rippleClasses('s-grief')).toBeNull();
    await expect(studio.graph.locator('.cy')).not.toHaveClass(/impact-dimmed/);
  });

  test('the Impact panel shows its direction switch and scale names whole, in a narrow panel too', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.selectEvent(titleOf(sample, 's-grief'));
    await page.locator('body').press('i');
    await studio.impactFinished();
    const panel = (await studio.impact.boundingBox())!;
    for (const name of ['What it changes', 'What led here']) {
      const button = (await studio.impact.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(button.x + button.width, `${name} ends inside the panel`).toBeLessThanOrEqual(panel.x + panel.width);
    }
    // Scale names as the story writes them, each on one line.
    for (const scale of sample.scales) {
      const label = scale.label ?? scale.id;
      const th = studio.impact.getByTestId('impact-scale-totals').getByRole('rowheader', { name: label, exact: true });
      await expect(th).toHaveText(label);
      const box = (await th.boundingBox())!;
      expect(box.height, `${label} on one line`).toBeLessThan(24);
    }
  });

  test('what if previews the ripple of a stronger link without changing the story', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const count = await studio.count();
    await studio.selectEvent(titleOf(sample, 's-grief'));
    await studio.showImpact();
    await studio.impact.getByText('What if…').click();
    const link = sample.links.find((l) => l.from === 's-grief')!;
    await studio.impact.getByLabel('Link', { exact: true }).selectOption(link.id);
    await studio.impact.getByLabel('What-if strength').fill('1');
    await expect(studio.impact.getByText('Not applied')).toBeVisible();
    await studio.impactFinished();

    const hypothetical = applyEdit(sample, { kind: 'set-link-field', linkId: link.id, field: 'strength', value: 1 }).story;
    const whatIf = computeRipple(buildStoryIndex(hypothetical), 's-grief');
    expect((await panelRows(studio)).map((r) => [r[0], r[1]!.split(' ')[0]])).toEqual(whatIf.reached.map((r) => [r.event, percent(r.impact)]));
    // Nothing was applied: same conflicts, nothing new to undo.
    expect(await studio.count()).toBe(count);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

    await studio.impact.getByRole('button', { name: 'Reset what-if' }).click();
    await expectPanelShows(studio, sample, computeRipple(buildStoryIndex(sample), 's-grief'));
  });
});

/** The first remove-link op of a patch, if any. */
function removedLink(patch: readonly { kind: string; linkId?: string }[]): string | undefined {
  return patch.find((op) => op.kind === 'remove-link')?.linkId;
}

test.describe('resolution proposals', () => {
  test('accepting the top proposal removes the conflict as one undoable step; undo brings it back', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const conflict = detectConflicts(buildStoryIndex(sample)).find((c) => c.type === 'temporal-paradox')!;
    const top = proposeResolutions(sample, conflict.id)[0]!;
    const before = await studio.count();
    await studio.selectConflict(conflict.id);

    // Hovering previews the patch on the canvas; the story does not change.
    const accept = studio.acceptButtons().first();
    await expect(accept).toHaveAccessibleName(`Accept: ${top.description}`);
    await studio.proposals.locator(`[data-proposal-id="${top.id}"]`).hover();
    const link = removedLink(top.patch as readonly { kind: string; linkId?: string }[]);
    if (link) await expect.poll(() => studio.graphClasses(link)).toContain('diff-removed');
    await expect(studio.proposals.getByRole('list', { name: 'What this fix changes' })).toBeVisible();
    expect(await studio.count()).toBe(before);

    await accept.click();
    await expect(studio.conflictItems().and(page.locator(`[data-conflict-id="${conflict.id}"]`))).toHaveCount(0);
    expect(await studio.count()).toBe(before - top.resolves.length + top.introduces.length);
    await expect(studio.proposals.getByText('This conflict is resolved')).toBeVisible();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toHaveAttribute('aria-description', `Undo accept fix: ${top.description}`);
    if (link) await expect.poll(() => studio.graphClasses(link)).toBeNull();

    await undo.click();
    await expect(studio.conflictItems().and(page.locator(`[data-conflict-id="${conflict.id}"]`))).toHaveCount(1);
    expect(await studio.count()).toBe(before);
  });

  test('a proposal accepted from the keyboard hands the focus to the next conflict left, not to the page', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const first = studio.conflictItems().first();
    const accepted = (await first.getAttribute('data-conflict-id'))!;
    await studio.selectConflict(accepted);
    await studio.acceptButtons().first().focus();
    await page.keyboard.press('Enter');
    await expect(studio.conflictItems().and(page.locator(`[data-conflict-id="${accepted}"]`))).toHaveCount(0);
    // The first conflict of the list as it is now, once the list has caught up with the accept.
    const next = (await studio.conflictItems().first().getAttribute('data-conflict-id'))!;
    await expect(studio.conflictItems().and(page.locator(`[data-conflict-id="${next}"]`)).getByRole('button').first()).toBeFocused();
  });

  test('accept all safe fixes on a fixture leaves what the core leaves, as one undo step', async ({ page }) => {
    // Since issue 11 every conformance fixture is fixed completely by safe fixes; this one takes five.
    const name = 'custom-scales';
    const story = storyFile(fixturePath(name));
    const expected = fixAll(story, { safeOnly: true });
    const initial = detectConflicts(buildStoryIndex(story)).length;
    expect(expected.steps.length).toBeGreaterThan(1);

    const studio = new StudioPage(page);
    await studio.open();
    await studio.importFile(fixturePath(name));
    await expect(page.getByText(fixtureTitle(name)).first()).toBeVisible();
    await expect.poll(() => studio.count()).toBe(initial);

    await studio.proposals.getByRole('button', { name: 'Accept all safe fixes' }).click();
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText(`Accepted ${expected.steps.length} safe fixes`);
    await expect.poll(async () => (await studio.conflictIds()).sort()).toEqual(expected.remaining.map((c) => c.id).sort());

    await studio.undo();
    await expect.poll(() => studio.count()).toBe(initial);
  });

  test('after Accept all safe fixes and Undo, the lanes are as tall as before, not grown by the fixes', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const heights = (): Promise<string[]> => page.locator('.lane-header').evaluateAll((hs) => hs.map((h) => `${h.getAttribute('data-scale')}:${h.getAttribute('data-height')}`));
    const before = await heights();
    await studio.proposals.getByRole('button', { name: 'Accept all safe fixes' }).click();
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText('Accepted');
    // The fixes add events, which need rows of their own.
    await expect.poll(async () => (await heights()).join()).not.toBe(before.join());
    await studio.undo();
    await expect.poll(heights).toEqual(before);
  });

  test('Accept all safe fixes pressed from the keyboard hands the focus to what is left, not to the page', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const remaining = fixAll(sample, { safeOnly: true }).remaining.map((c) => c.id);
    await studio.proposals.getByRole('button', { name: 'Accept all safe fixes' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText('Accepted');
    await expect.poll(async () => (await studio.conflictIds()).sort()).toEqual([...remaining].sort());
    // What is left gets the focus: the first conflict still listed, or the canvas when none is.
    const target =
      remaining.length > 0
        ? studio.conflictItems().and(page.locator(`[data-conflict-id="${(await studio.conflictItems().first().getAttribute('data-conflict-id'))!}"]`)).getByRole('button').first()
        : studio.graph;
    await expect(target).toBeFocused();
  });

  test('a dismissed conflict stays dismissed, with its note, after a reload and an export and import', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const before = await studio.count();
    const conflict = detectConflicts(buildStoryIndex(sample)).find((c) => c.type === 'intensity-over-limit')!;
    await studio.selectConflict(conflict.id);
    await studio.proposals.getByRole('button', { name: 'Won’t fix…' }).click();
    await studio.proposals.getByLabel('Why it stays (optional note)').fill('The wreck is meant to hit hard');
    await studio.proposals.getByRole('button', { name: 'Dismiss conflict' }).click();

    const dismissed = studio.conflicts.getByTestId('dismissed-conflicts');
    const expectDismissed = async (): Promise<void> => {
      await expect(studio.conflictItems().and(page.locator(`[data-conflict-id="${conflict.id}"]`))).toHaveCount(0);
      expect(await studio.count()).toBe(before - 1);
      await expect(dismissed.getByText('Dismissed (1)')).toBeVisible();
      await dismissed.getByText('Dismissed (1)').click();
      await expect(dismissed.locator(`[data-dismissed-conflict-id="${conflict.id}"]`)).toContainText('The wreck is meant to hit hard');
    };
    await expectDismissed();

    // Accept all leaves a dismissed conflict alone.
    await studio.proposals.getByRole('button', { name: 'Accept all safe fixes' }).click();
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText('Accepted');
    await expect(dismissed.locator(`[data-dismissed-conflict-id="${conflict.id}"]`)).toHaveCount(1);
    await studio.undo();
    await expect.poll(() => studio.count()).toBe(before - 1);

    await studio.stored();
    await page.reload();
    await studio.settled();
    await expectDismissed();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'Story JSON' }).click();
    const file = await (await download).path();
    await studio.importFile(file);
    await expect(page.getByRole('button', { name: sample.title, exact: true })).toHaveCount(2);
    await expectDismissed();

    await dismissed.getByRole('button', { name: /^Restore/ }).click();
    await expect.poll(() => studio.count()).toBe(before);
    await expect(dismissed).toHaveCount(0);
  });
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the Impact and Proposals panels, filled, have no serious accessibility violations', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const [first, second] = detectConflicts(buildStoryIndex(sample));
  await studio.selectConflict(second!.id);
  await studio.proposals.getByRole('button', { name: 'Won’t fix…' }).click();
  await studio.proposals.getByRole('button', { name: 'Dismiss conflict' }).click();
  await studio.conflicts.getByText(/^Dismissed \(1\)$/).click();
  await studio.selectConflict(first!.id);
  await studio.proposals.locator('[data-proposal-id]').first().hover();
  await expect(studio.proposals.getByRole('list', { name: 'What this fix changes' })).toBeVisible();
  await studio.selectEvent(titleOf(sample, 's-grief'));
  await studio.showImpact();
  await studio.impact.getByText('What if…').click();
  expect(await seriousViolations(page)).toEqual([]);
});

import { copyFileSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { detectConflicts } from '../src/core/analysis/analyze';
import { buildStoryIndex } from '../src/core/analysis/story-index';
import { applyEdit } from '../src/core/edits/apply-edit';
import type { Story } from '../src/core/model/story';
import { loadStory } from '../src/core/story/load-story';
import { fixturePath } from './fixtures';
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

function storyFrom(json: unknown): Story {
  const r = loadStory(json);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return r.story;
}

/** The core's answer, computed here independently of the app. */
function conflictsOf(story: Story) {
  return detectConflicts(buildStoryIndex(story));
}

/** Imports a story given as JSON and waits until its analysis is in. */
async function importStory(studio: StudioPage, name: string, json: unknown): Promise<void> {
  await studio.importFile({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  await expect(studio.page.getByRole('button', { name: (json as { title: string }).title, exact: true }).first()).toHaveAttribute('aria-current', 'true');
  await studio.settled();
}

async function openReview(page: Page) {
  const button = page.getByRole('button', { name: 'Review', exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const review = page.getByRole('region', { name: 'Therapeutic review' });
  await expect(review).toBeVisible();
  const alignment = review.getByRole('region', { name: 'Alignment explained' });
  await expect(alignment).toHaveAttribute('aria-busy', 'false');
  return review;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('review mode: the intensity table follows the timeline, and a lower limit raises the over-limit conflicts exactly as the core says, undoably', async ({
  page,
}) => {
  const json = JSON.parse(readFileSync(fixturePath('custom-scales'), 'utf8')) as Record<string, unknown>;
  expect(json['therapy']).toBeDefined();
  const story = storyFrom(json);
  const studio = new StudioPage(page);
  await studio.open();
  await importStory(studio, 'custom-scales.json', json);
  const review = await openReview(page);
  for (const name of ['Therapy profile', 'Tension curve', 'Goal coverage', 'Notes']) {
    await expect(review.getByRole('region', { name })).toBeVisible();
  }

  // One row per event in timeline order (time ascending, ties in file order): title, time, intensity.
  const timeline = story.events.map((e, i) => ({ e, i })).sort((a, b) => a.e.time - b.e.time || a.i - b.i);
  const rows = review.getByRole('table', { name: 'Intensity over time' }).locator('tbody tr');
  await expect(rows).toHaveCount(story.events.length);
  const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent ?? '')));
  expect(cells).toEqual(timeline.map(({ e }) => [e.title, String(e.time), String(e.intensity)]));

  const overLimit = review.getByRole('region', { name: 'Alignment explained' }).locator('[data-conflict-type="intensity-over-limit"]');
  const before = conflictsOf(story).filter((c) => c.type === 'intensity-over-limit').length;
  await expect(overLimit).toHaveCount(before);

  // Lower the limit: exactly the core's count for the new limit, here and in the status bar.
  const lowered = applyEdit(story, { kind: 'set-therapy', field: 'maxIntensity', value: 0.4 }).story;
  const after = conflictsOf(lowered);
  const expectedOver = after.filter((c) => c.type === 'intensity-over-limit').length;
  expect(expectedOver).toBeGreaterThan(before);
  const profile = review.getByRole('region', { name: 'Therapy profile' });
  const field = profile.getByLabel('Maximum intensity', { exact: true });
  await field.fill('0.4');
  await field.press('Enter');
  await expect(overLimit).toHaveCount(expectedOver);
  await expect(studio.conflictCount).toHaveText(String(after.length));
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /maximum intensity/i);
  // A peak now lies above the limit: the form says what that means.
  await expect(profile.getByRole('list', { name: 'About these limits' })).toContainText('is above the maximum intensity (0.4): every peak is also over the limit');

  // Out of range: an inline error and no change.
  await field.fill('1.5');
  await field.press('Enter');
  await expect(profile.getByRole('alert')).toHaveText('Maximum intensity must be from 0 to 1; 1.5 is out of range.');
  await expect(overLimit).toHaveCount(expectedOver);

  await studio.undo();
  await expect(overLimit).toHaveCount(before);
  await expect(field).toHaveValue('0.85');
  await expect(studio.conflictCount).toHaveText(String(conflictsOf(story).length));

  // The chart: hovering its right edge names the last event of the timeline; a click selects it everywhere.
  const last = timeline[timeline.length - 1]!.e;
  const over = review.getByRole('region', { name: 'Tension curve' }).locator('.u-over');
  const box = (await over.boundingBox())!;
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  await expect(review.getByText(`${last.title} · t=${last.time} · intensity ${last.intensity}`)).toBeVisible();
  await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
  await expect(studio.inspector.getByLabel('Title', { exact: true })).toHaveValue(last.title);
  await expect(rows.and(page.locator(`[data-event-id="${last.id}"]`))).toHaveClass(/selected/);

  expect(await seriousViolations(page)).toEqual([]);
});

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';
const hostile = {
  format: 'nao-story',
  version: 1,
  title: 'Hostile titles',
  therapy: { maxIntensity: 0.6, avoid: ['self_harm'], goals: ['healing'] },
  events: [
    { id: 'a', title: SCRIPT, scale: 'scene', time: 1, intensity: 0.9 },
    { id: 'b', title: IMG, scale: 'scene', time: 2, intensity: 0.2, themes: { healing: 0.5, self_harm: 0.4 } },
    { id: 'c', title: 'Relapse', scale: 'scene', time: 3, intensity: 0.8 },
  ],
  links: [{ from: 'a', to: 'b' }],
};

test('the exported report shows hostile titles as text, runs no script, lists every therapeutic conflict; the print view has no toolbar', async ({
  page,
  context,
}, testInfo) => {
  const studio = new StudioPage(page);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await studio.open();
  await importStory(studio, 'hostile.json', hostile);
  const review = await openReview(page);

  const download = page.waitForEvent('download');
  await review.getByRole('button', { name: 'Export report' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('hostile-titles-review.html');
  // Opened as a saved .html file would be, from disk, without the app.
  const file = testInfo.outputPath(saved.suggestedFilename());
  copyFileSync(await saved.path(), file);
  const html = readFileSync(file, 'utf8');
  expect(html).not.toContain(SCRIPT);
  expect(html).not.toContain(IMG);

  const therapeutic = conflictsOf(storyFrom(hostile)).filter((c) => c.category === 'therapeutic');
  expect(therapeutic.length).toBeGreaterThanOrEqual(4);

  const reader = await context.newPage();
  const dialogs: string[] = [];
  reader.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await reader.goto(`file://${file}`);
  await expect(reader.getByRole('heading', { name: 'Hostile titles' })).toBeVisible();
  // The titles show as text in the conflicts they are named in.
  await expect(reader.locator('ol.conflicts > li').filter({ hasText: SCRIPT }).first()).toBeVisible();
  await expect(reader.locator('ol.conflicts > li').filter({ hasText: IMG }).first()).toBeVisible();
  expect(await reader.locator('script, img').count()).toBe(0);
  const listed = await reader.locator('ol.conflicts > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-conflict-id')));
  expect(listed.sort()).toEqual(therapeutic.map((c) => c.id).sort());
  expect(dialogs).toEqual([]);
  await reader.close();

  // Print: the report goes into the print view, the dialog opens, and print media shows no editor chrome.
  await review.getByRole('button', { name: 'Print report' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Review', exact: true })).toBeHidden();
  const printed = page.getByTestId('print-report');
  await expect(printed).toBeVisible();
  await expect(printed.locator('ol.conflicts > li').filter({ hasText: SCRIPT }).first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('banner')).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('a review note survives a reload and an export and import; resolving it is undoable', async ({ page }) => {
  const json = JSON.parse(readFileSync(fixturePath('custom-scales'), 'utf8')) as { title: string; events: { id: string; title: string }[] };
  const peakId = json.events.find((e) => e.title === 'Micro peak')!.id;
  const studio = new StudioPage(page);
  await studio.open();
  await importStory(studio, 'custom-scales.json', json);
  await studio.selectEvent('Micro peak');
  await studio.inspector.getByLabel('Note text').fill('Too intense for the first session');
  await studio.inspector.getByLabel('Your name').fill('Dr. Rao');
  await studio.inspector.getByRole('button', { name: 'Add note' }).click();
  await expect(studio.inspector.getByText('1 note on this event')).toBeVisible();
  // Designers see the open note on the canvas.
  await expect.poll(() => studio.graphClasses(peakId)).toContain('noted');

  const noteIn = (review: ReturnType<Page['getByRole']>) =>
    review.getByRole('region', { name: 'Notes' }).getByRole('listitem').filter({ hasText: 'Too intense for the first session' });
  let review = await openReview(page);
  await expect(noteIn(review)).toContainText('Micro peak');
  await expect(noteIn(review)).toContainText('Dr. Rao');
  // Review mode with a note listed, an event in the Inspector (Add note form) and a conflict's proposals open.
  await review.getByRole('region', { name: 'Alignment explained' }).locator('[data-conflict-id] button').first().click();
  await expect(review.getByRole('region', { name: 'Proposals' }).locator('[data-proposal-id]').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.reload();
  await studio.settled();
  review = await openReview(page);
  await expect(noteIn(review)).toHaveCount(1);

  // Resolve: gone from Open, shown under Resolved; Undo brings it back open.
  const notes = review.getByRole('region', { name: 'Notes' });
  await notes.getByRole('button', { name: 'Resolve note: Too intense for the first session' }).click();
  await expect(noteIn(review)).toHaveCount(0);
  await expect.poll(() => studio.graphClasses(peakId)).not.toContain('noted');
  await notes.getByRole('radio', { name: /^Resolved/ }).check();
  await expect(noteIn(review)).toHaveAttribute('data-resolved', 'true');
  await studio.undo();
  await expect(noteIn(review)).toHaveCount(0);
  await expect.poll(() => studio.graphClasses(peakId)).toContain('noted');
  await notes.getByRole('radio', { name: /^Open/ }).check();
  await expect(noteIn(review)).toHaveAttribute('data-resolved', 'false');

  // Export the story and import it again: the note travels with it.
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Story JSON' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { notes?: { text: string; author?: string; event?: string }[] };
  expect(exported.notes).toEqual([expect.objectContaining({ text: 'Too intense for the first session', author: 'Dr. Rao' })]);
  await studio.importFile(file);
  await expect(page.getByRole('button', { name: json.title, exact: true })).toHaveCount(2);
  await studio.settled();
  review = await openReview(page);
  await expect(noteIn(review)).toHaveCount(1);
  // The reviewer's name is remembered for the next note.
  await studio.selectEvent('Micro beat');
  await expect(studio.inspector.getByLabel('Your name')).toHaveValue('Dr. Rao');
});

test('character arcs name the characters as the story declares them, not by their ids', async ({ page }) => {
  const sample = JSON.parse(readFileSync('public/samples/lighthouse.json', 'utf8')) as { characters: { id: string; name: string }[] };
  const studio = new StudioPage(page);
  await studio.open();
  const review = await openReview(page);
  const arcs = review.getByRole('region', { name: 'Character arcs' });
  const pick = arcs.getByLabel('Character', { exact: true });
  for (const { id, name } of sample.characters) {
    await expect(pick.locator(`option[value="${id}"]`)).toHaveText(name);
  }
  // Relationships read "towards Ada", never "towards ada".
  await expect(arcs.getByText(/^towards [A-Z]/).first()).toBeVisible();
  for (const { id } of sample.characters) await expect(arcs.getByText(new RegExp(`^towards ${id}$`))).toHaveCount(0);
});

test('Back to design returns the focus to the toolbar\'s Review, which opened the review', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const review = await openReview(page);
  await review.getByRole('button', { name: 'Back to design' }).focus();
  await page.keyboard.press('Enter');
  await expect(review).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Review', exact: true })).toBeFocused();
});

test('in review Show impact is unavailable (its panel is hidden), and the Tour leaves review to show the main screen', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.selectEvent('The first winter alone');
  await expect(page.getByRole('button', { name: 'Show impact' })).toBeEnabled();
  const review = await openReview(page);
  await expect(page.getByRole('button', { name: 'Show impact' })).toBeDisabled();
  await page.locator('body').press('i');
  await expect(page.getByRole('button', { name: 'Show impact' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: 'Tour', exact: true }).click();
  const popover = page.getByRole('dialog').filter({ has: page.locator('.driver-popover-title') });
  await expect(popover).toBeVisible();
  await expect(review).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Review', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('region', { name: 'Conflicts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
});

test('a limit typed with a trailing zero shows as stored once saved, so Ctrl+Z in its field undoes the story', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const base = await studio.count();
  await openReview(page);
  const field = page.getByRole('region', { name: 'Therapy profile' }).getByLabel('Maximum intensity', { exact: true });
  await field.fill('0.50');
  await field.press('Enter');
  await expect(field).toHaveValue('0.5');
  await expect(studio.conflictCount).not.toHaveText(String(base));
  await field.press('Control+z');
  await expect(studio.conflictCount).toHaveText(String(base));
  await expect(field).toHaveValue('0.85');
});

/** A story whose intensity swings from calm to over the limit and back: two pacing conflicts per swing. */
function swingingStory(title: string, swings: number) {
  const events = Array.from({ length: swings * 2 }, (_, i) => ({
    id: `s${i}`,
    title: `${i % 2 === 0 ? 'Calm' : 'Storm'} ${Math.floor(i / 2) + 1}`,
    scale: 'scene',
    time: i,
    intensity: i % 2 === 0 ? 0.2 : 0.9,
  }));
  return { format: 'nao-story', version: 1, title, therapy: { maxIntensity: 0.85 }, events, links: [] };
}

test('picking a conflict far down the review brings its proposals into view', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const studio = new StudioPage(page);
  await studio.open();
  await importStory(studio, 'swings.json', swingingStory('Many swings', 20));
  // A laptop screen: one column, the curve above the alignment.
  await page.setViewportSize({ width: 1024, height: 700 });
  const review = await openReview(page);
  const picks = review.getByRole('region', { name: 'Alignment explained' }).locator('[data-conflict-id] button');
  await expect(picks).toHaveCount(25);
  await picks.nth(20).click();
  const proposals = review.getByRole('region', { name: 'Proposals' });
  await expect(proposals.getByRole('button', { name: /^Accept: / }).first()).toBeInViewport();
  await expect(proposals).toBeInViewport({ ratio: 0.9 });
  // The conflict picked is still named at the top of the proposals.
  await expect(proposals.locator('.proposal-target')).toBeInViewport();
});

test('a conflict dismissed in review is listed there with its reason and can be restored, undoably', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const story = swingingStory('One swing', 2);
  await importStory(studio, 'swing.json', story);
  const total = conflictsOf(storyFrom(story)).length;
  const review = await openReview(page);
  const alignment = review.getByRole('region', { name: 'Alignment explained' });
  const overLimit = alignment.locator('[data-conflict-type="intensity-over-limit"]');
  await expect(overLimit).toHaveCount(2);
  const message = (await overLimit.first().textContent())!;
  await overLimit.first().getByRole('button').click();

  const proposals = review.getByRole('region', { name: 'Proposals' });
  await proposals.getByRole('button', { name: 'Won’t fix…' }).click();
  await proposals.getByLabel('Why it stays (optional note)').fill('Planned exposure with me in the room');
  await proposals.getByRole('button', { name: 'Dismiss conflict' }).click();
  await expect(overLimit).toHaveCount(1);
  await expect(studio.conflictCount).toHaveText(String(total - 1));

  const dismissed = review.getByTestId('review-dismissed');
  await dismissed.getByText(/^Dismissed as intended \(1\)/).click();
  const item = dismissed.getByRole('list', { name: 'Dismissed conflicts' }).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(message);
  await expect(item).toContainText('Why it stays: “Planned exposure with me in the room”');

  await item.getByRole('button', { name: `Restore: ${message}` }).click();
  await expect(overLimit).toHaveCount(2);
  await expect(studio.conflictCount).toHaveText(String(total));
  await expect(dismissed).toHaveCount(0);
  // Restore is an edit like any other: Undo dismisses the conflict again.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /restore conflict/i);
  await studio.undo();
  await expect(overLimit).toHaveCount(1);
  await expect(dismissed).toContainText('Dismissed as intended (1)');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the tension curve spreads a dense stretch of events over its width: the middle of the chart is the middle of the timeline', async ({ page }) => {
  // Twenty beats within one hour, then one event a thousand hours later: against raw time the beats were one spike at the left.
  const beats = Array.from({ length: 20 }, (_, i) => ({ id: `b${i}`, title: `Beat ${i}`, scale: 'scene', time: i / 20, intensity: i % 2 === 0 ? 0.3 : 0.6 }));
  const story = {
    format: 'nao-story',
    version: 1,
    title: 'Dense hour',
    events: [...beats, { id: 'late', title: 'Much later', scale: 'scene', time: 1000, intensity: 0.4 }],
    links: [],
  };
  const studio = new StudioPage(page);
  await studio.open();
  await importStory(studio, 'dense-hour.json', story);
  const review = await openReview(page);
  const curve = review.getByRole('region', { name: 'Tension curve' });
  const over = curve.locator('.u-over');
  await expect(over).toBeVisible();
  const box = (await over.boundingBox())!;
  const at = async (share: number) => {
    await page.mouse.move(box.x + Math.min(box.width * share, box.width - 2), box.y + box.height / 2);
    return curve.locator('.tension-hover');
  };
  await expect(await at(0.5)).toHaveText('Beat 10 · t=0.5 · intensity 0.3');
  await expect(await at(0.25)).toHaveText(/^Beat 5 /);
  await expect(await at(1)).toHaveText('Much later · t=1000 · intensity 0.4');
  // A drag zooms into that stretch without selecting the event it ends on; a double-click zooms out.
  const selected = page.getByRole('table', { name: 'Intensity over time' }).locator('tr.selected');
  await expect(selected).toHaveCount(0);
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(await at(0.5)).toHaveText(/^Beat 5 /);
  await expect(selected).toHaveCount(0);
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await expect(await at(0.5)).toHaveText(/^Beat 10 /);
  // The table, the chart's text alternative, lists the same events in the same order.
  const rows = curve.getByRole('table', { name: 'Intensity over time' }).locator('tbody tr');
  await expect(rows).toHaveCount(21);
  await expect(rows.nth(10)).toHaveAttribute('data-event-id', 'b10');
});

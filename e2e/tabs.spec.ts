import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

// Two tabs on the same story stay in sync and never overwrite each other (ui-contract.md, Persistence).

/** Renames an event through the Inspector of one tab. */
async function rename(studio: StudioPage, from: string, to: string): Promise<void> {
  await studio.selectEvent(from);
  await studio.setField('Title', to);
  await expect(studio.eventItem(to)).toBeVisible();
}

async function openTab(page: Page): Promise<StudioPage> {
  const studio = new StudioPage(page);
  await studio.open();
  return studio;
}

test('renames in two tabs (A, then B, then A) all show in both tabs and in a fresh one', async ({ context }) => {
  // The first tab stores the sample before showing it; the second opens that same story.
  const a = await openTab(await context.newPage());
  const b = await openTab(await context.newPage());

  await rename(a, 'The years after the storm', 'A: the long years');
  await expect(b.eventItem('A: the long years')).toBeVisible();

  await rename(b, 'Bram brings the news at dawn', 'B: Bram at dawn');
  await expect(a.eventItem('B: Bram at dawn')).toBeVisible();

  await rename(a, 'The first winter alone', 'A: the first winter');
  await expect(b.eventItem('A: the first winter')).toBeVisible();

  for (const tab of [a, b]) {
    for (const title of ['A: the long years', 'B: Bram at dawn', 'A: the first winter']) await expect(tab.eventItem(title)).toBeVisible();
  }

  const fresh = await openTab(await context.newPage());
  for (const title of ['A: the long years', 'B: Bram at dawn', 'A: the first winter']) await expect(fresh.eventItem(title)).toBeVisible();
  await expect(fresh.eventItem('The years after the storm')).toHaveCount(0);
});

test("undo in one tab takes back only that tab's own edit, and the other tab follows", async ({ context }) => {
  const a = await openTab(await context.newPage());
  const b = await openTab(await context.newPage());

  await rename(a, 'The years after the storm', 'A: the long years');
  await expect(b.eventItem('A: the long years')).toBeVisible();
  await rename(b, 'Bram brings the news at dawn', 'B: Bram at dawn');
  await expect(a.eventItem('B: Bram at dawn')).toBeVisible();

  // A's undo takes back A's rename, not B's (remote changes are not A's undo steps).
  await a.undo();
  await expect(a.eventItem('The years after the storm')).toBeVisible();
  await expect(a.eventItem('B: Bram at dawn')).toBeVisible();
  await expect(b.eventItem('The years after the storm')).toBeVisible();
  await expect(b.eventItem('B: Bram at dawn')).toBeVisible();
});

test("typing not yet saved in one tab is kept when the other tab changes the same field, and is saved over it on Enter", async ({ context }) => {
  const a = await openTab(await context.newPage());
  const b = await openTab(await context.newPage());
  await b.selectEvent('The second winter');
  const typing = b.inspector.getByLabel('Title', { exact: true });
  await typing.fill('Winter typed in B');

  await rename(a, 'The second winter', 'Winter from A');
  await expect(b.eventItem('Winter from A')).toBeVisible();
  await expect(typing).toHaveValue('Winter typed in B');

  await typing.press('Enter');
  await expect(b.eventItem('Winter typed in B')).toBeVisible();
  await expect(a.eventItem('Winter typed in B')).toBeVisible();
});

test("when the other tab changes what this tab changed, this tab is told, and its Undo no longer takes the other tab's change back", async ({ context }) => {
  const a = await openTab(await context.newPage());
  const b = await openTab(await context.newPage());
  await rename(a, 'The years after the storm', 'A: the long years');
  await expect(b.eventItem('A: the long years')).toBeVisible();
  await rename(b, 'A: the long years', 'B: the longer years');
  await expect(a.eventItem('B: the longer years')).toBeVisible();

  await expect(a.page.getByRole('status', { name: 'Notices' })).toContainText('Another tab changed what you changed here (rename event)');
  const undo = a.page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeDisabled();
  await a.page.locator('body').press('Control+z');
  await expect(a.eventItem('B: the longer years')).toBeVisible();
  await expect(b.eventItem('B: the longer years')).toBeVisible();
});

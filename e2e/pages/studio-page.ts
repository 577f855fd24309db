import { expect, type Locator, type Page } from '@playwright/test';

/** The studio's main screen, driven by role, accessible name and the test ids of ui-contract.md. */
export class StudioPage {
  readonly conflictCount: Locator;
  readonly conflicts: Locator;
  readonly inspector: Locator;
  readonly events: Locator;
  readonly graph: Locator;
  readonly impact: Locator;
  readonly proposals: Locator;

  constructor(readonly page: Page) {
    this.conflictCount = page.getByTestId('conflict-count');
    this.conflicts = page.getByRole('region', { name: 'Conflicts', exact: true });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.events = page.getByRole('region', { name: 'Events' });
    this.graph = page.getByTestId('story-graph');
    this.impact = page.getByRole('region', { name: 'Impact', exact: true });
    this.proposals = page.getByRole('region', { name: 'Proposals' });
  }

  /** Opens the app and waits until the first analysis is in. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await this.settled();
  }

  /** Waits until the conflict count is for the current revision (not busy, not empty). */
  async settled(): Promise<void> {
    await expect(this.conflictCount).toHaveAttribute('aria-busy', 'false');
    await expect(this.conflictCount).toHaveText(/^\d+$/);
  }

  /**
   * The current number of conflicts, once the analysis has settled. `timeout` (ms) for pages
   * whose main thread is busy meanwhile (a large story's canvas filling in chunks).
   */
  async count(timeout?: number): Promise<number> {
    // Busy flag and text read in one go: the count may turn busy again (another story opening) between two reads.
    let value = Number.NaN;
    await expect
      .poll(async () => {
        const shown = await this.conflictCount.evaluate((e) => ({ busy: e.getAttribute('aria-busy'), text: e.textContent ?? '' }));
        value = shown.busy === 'false' && /^\d+$/.test(shown.text) ? Number(shown.text) : Number.NaN;
        return Number.isNaN(value);
      }, timeout === undefined ? {} : { timeout })
      .toBe(false);
    return value;
  }

  /** Conflict list items, optionally of one type. */
  conflictItems(type?: string): Locator {
    const items = this.conflicts.getByRole('listitem');
    return type ? items.and(this.page.locator(`[data-conflict-type="${type}"]`)) : items.and(this.page.locator('[data-conflict-type]'));
  }

  /** Adds an event through the Inspector and gives it a title and time. */
  async addEvent(title: string, time: number): Promise<void> {
    await this.inspector.getByRole('button', { name: 'Add event' }).click();
    await this.setField('Title', title);
    await this.setField('Time', String(time));
    await expect(this.inspector.getByLabel('Title', { exact: true })).toHaveValue(title);
  }

  /** Types into a labelled Inspector field and commits it with Enter. */
  async setField(label: string, value: string): Promise<void> {
    const field = this.inspector.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Enter');
  }

  /** Links the selected event to another, named by its full title, through the Inspector. */
  async linkTo(title: string): Promise<void> {
    const target = this.inspector.getByLabel('Link to', { exact: true });
    await target.fill(title);
    await this.inspector.getByRole('button', { name: 'Add link' }).click();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo', exact: true }).click();
  }

  /** Imports a file through the Import button's file chooser. */
  async importFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(file);
  }

  /** The Events outline's item for an event, by its title. */
  eventItem(title: string): Locator {
    return this.events.getByRole('option', { name: title });
  }

  /** Selects one event by its title in the Events outline. */
  async selectEvent(title: string): Promise<void> {
    await this.eventItem(title).first().click();
    await expect(this.eventItem(title).first()).toHaveAttribute('aria-selected', 'true');
  }

  /** Presses Show impact and waits until the Impact panel shows the answer for exactly the current question. */
  async showImpact(): Promise<void> {
    await this.page.getByRole('button', { name: 'Show impact' }).click();
    await this.impactFinished();
  }

  /** Waits until the Impact panel is current (not busy, the ripple on screen is the one asked for). */
  async impactFinished(): Promise<void> {
    await expect(this.impact).toHaveAttribute('aria-busy', 'false');
    await expect(this.impact.getByTestId('impact-body')).toHaveAttribute('data-finished', 'true');
  }

  /** Rows of the Impact panel's reached events, in order. */
  reachedRows(): Locator {
    return this.impact.getByRole('table', { name: 'Reached events' }).locator('tbody tr');
  }

  /** Picks a conflict in the Conflicts panel by its id and waits for its proposals. */
  async selectConflict(id: string): Promise<void> {
    await this.conflicts.locator(`[data-conflict-id="${id}"]`).getByRole('button').click();
    await expect(this.proposals.locator('[data-proposal-id]').first()).toBeVisible();
    await expect(this.proposals).toHaveAttribute('aria-busy', 'false');
  }

  /** The Accept buttons of the Proposals panel, best proposal first. */
  acceptButtons(): Locator {
    return this.proposals.getByRole('button', { name: /^Accept: / });
  }

  /** Ids of the conflicts in the list, once the analysis has settled. */
  async conflictIds(): Promise<string[]> {
    await this.settled();
    return this.conflictItems().evaluateAll((items) => items.map((i) => i.getAttribute('data-conflict-id') ?? ''));
  }

  /** Classes of a canvas element (window.arcStudioGraph), or null when it is not on the canvas. */
  async graphClasses(id: string): Promise<string[] | null> {
    return this.page.evaluate((elementId) => {
      const probe = (window as unknown as { arcStudioGraph?: { classes(id: string): string[] | null } }).arcStudioGraph;
      return probe ? probe.classes(elementId) : null;
    }, id);
  }

  /** Classes of an element drawn on the impact ripple layer (window.arcStudioRipple), or null when it is not drawn there. */
  async rippleClasses(id: string): Promise<string[] | null> {
    return this.page.evaluate((elementId) => {
      const probe = (window as unknown as { arcStudioRipple?: { classes(id: string): string[] | null } }).arcStudioRipple;
      return probe ? probe.classes(elementId) : null;
    }, id);
  }

  /**
   * Waits until every change on screen is stored: the app root's data-saved-revision has
   * reached its data-revision and no write (view, selection) is in flight.
   */
  async stored(): Promise<void> {
    const root = this.page.locator('.studio');
    await expect(root).toHaveAttribute('data-saved-revision', (await root.getAttribute('data-revision')) ?? '');
    await expect(root).toHaveAttribute('data-saving', 'false');
  }
}

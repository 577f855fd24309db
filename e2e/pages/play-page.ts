import { expect, type Locator, type Page } from '@playwright/test';

/** Play mode (ui-contract.md, Demo sessions): the Play region and its Choices, Scale impact and Path conflicts. */
export class PlayPage {
  readonly region: Locator;
  readonly choices: Locator;
  readonly meters: Locator;
  readonly conflicts: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Play', exact: true });
    this.choices = this.region.getByRole('region', { name: 'Choices' });
    this.meters = this.region.getByRole('region', { name: 'Scale impact' });
    this.conflicts = this.region.getByRole('region', { name: 'Path conflicts' });
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Play', exact: true }).click();
    await this.settled(0);
  }

  /** Waits until the worker's answer for a path of `length` events is on screen. */
  async settled(length: number): Promise<void> {
    await expect(this.region).toHaveAttribute('data-path-length', String(length));
    await expect(this.region).toHaveAttribute('aria-busy', 'false');
    await expect(this.region).toHaveAttribute('data-ready', 'true');
  }

  async choose(title: string, length: number): Promise<void> {
    await this.choices.getByRole('button', { name: title, exact: true }).click();
    await this.settled(length);
  }

  /** Meter name -> aria-valuenow (the unrounded text). */
  async meterValues(): Promise<Record<string, string>> {
    const meters = this.meters.getByRole('meter');
    await expect(meters.first()).toBeVisible();
    const out: Record<string, string> = {};
    for (const meter of await meters.all()) {
      const labelId = await meter.getAttribute('aria-labelledby');
      const name = labelId ? ((await this.page.locator(`[id="${labelId}"]`).textContent()) ?? '') : '';
      out[name.trim()] = (await meter.getAttribute('aria-valuenow')) ?? '';
    }
    return out;
  }

  /** Conflict ids of the Path conflicts list, sorted. */
  async conflictIds(): Promise<string[]> {
    const ids = await this.conflicts
      .getByRole('listitem')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-conflict-id') ?? ''));
    return ids.sort();
  }
}

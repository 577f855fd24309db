import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

test('without any browser storage the studio says so and keeps working in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  const studio = new StudioPage(page);
  await studio.open();
  expect(await studio.count()).toBeGreaterThan(0);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('cannot be saved');
  await studio.addEvent('Written in memory', 20000);
  await expect(studio.eventItem('Written in memory')).toBeVisible();
});

test('a crashed analysis worker is restarted with the story, and analysis goes on', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const before = await studio.count();
  const orchestrator = page.workers().find((w) => w.url().includes('orchestrator'));
  expect(orchestrator).toBeDefined();
  await orchestrator!.evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated crash');
    }, 0);
  });
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('Analysis restarted');
  await studio.addEvent('After the crash', 20000);
  await studio.linkTo("The storm takes Tomas's boat");
  await expect(studio.conflictItems('temporal-paradox').filter({ hasText: 'After the crash' })).toHaveCount(1);
  expect(await studio.count()).toBeGreaterThan(before);
});

/** The page's workers, recorded by a wrapper installed before the app loads; the app itself has no test hook. */
type WorkerTestHook = { terminate(urlPart: string): number };

test('an analysis worker terminated without a word is noticed by its heartbeat, restarted, and analysis goes on', async ({ page }) => {
  await page.addInitScript(() => {
    const Native = window.Worker;
    const started: Worker[] = [];
    const urls = new WeakMap<Worker, string>();
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(this);
        urls.set(this, String(url));
      }
    };
    const hook: WorkerTestHook = {
      terminate(urlPart) {
        const matching = started.filter((w) => urls.get(w)?.includes(urlPart));
        // terminate() sends no error event: the page learns nothing, as when the browser kills a worker.
        for (const w of matching) w.terminate();
        return matching.length;
      },
    };
    Object.assign(window, { __arcStudioTest: hook });
  });
  const studio = new StudioPage(page);
  await studio.open();
  const before = await studio.count();
  const terminated = await page.evaluate(() => (window as unknown as { __arcStudioTest: WorkerTestHook }).__arcStudioTest.terminate('orchestrator'));
  expect(terminated).toBe(1);
  await studio.addEvent('After the silence', 20000);
  await studio.linkTo("The storm takes Tomas's boat");
  // The heartbeat needs a ping interval plus its timeout (about 7 s) to give up on the silent worker.
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('Analysis restarted', { timeout: 30_000 });
  await expect(studio.conflictItems('temporal-paradox').filter({ hasText: 'After the silence' })).toHaveCount(1);
  expect(await studio.count()).toBeGreaterThan(before);
});

test('the layered layout is computed in the background without breaking the page', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  expect(page.workers().some((w) => w.url().includes('jobs.worker'))).toBe(false);
  await page.getByRole('button', { name: 'Layered' }).click();
  await expect(page.getByRole('button', { name: 'Layered' })).toHaveAttribute('aria-pressed', 'true');
  // The layout engine is loaded only now, in a worker of the job runner.
  await expect.poll(() => page.workers().some((w) => w.url().includes('jobs.worker'))).toBe(true);
  // Progress shows while ELK runs, then goes; an error would say "Layered layout failed".
  await expect(page.getByText('Laying out')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText('Loading layout engine')).toHaveCount(0);
  await expect(page.getByText('Layered layout failed')).toHaveCount(0);
  await page.getByRole('button', { name: 'Lanes' }).click();
  expect(await studio.count()).toBeGreaterThan(0);
});

test('where workers cannot start, analysis, accept-all safe fixes and the layered layout run on the page itself', async ({ page }) => {
  await page.addInitScript(() => {
    // As under a content security policy without worker-src: every construction throws.
    window.Worker = class {
      constructor() {
        throw new DOMException('Creating a worker is not allowed here', 'SecurityError');
      }
    } as unknown as typeof Worker;
  });
  const studio = new StudioPage(page);
  await studio.open();
  expect(page.workers()).toHaveLength(0);
  const before = await studio.count();
  expect(before).toBeGreaterThan(0);

  await studio.proposals.getByRole('button', { name: 'Accept all safe fixes' }).click();
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('Accepted');
  await expect.poll(() => studio.count()).toBeLessThan(before);

  await page.getByRole('button', { name: 'Layered' }).click();
  await expect(page.getByRole('button', { name: 'Layered' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Laying out')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText('Loading layout engine')).toHaveCount(0);
  await expect(page.getByText('Layered layout failed')).toHaveCount(0);
  expect(page.workers()).toHaveLength(0);
});

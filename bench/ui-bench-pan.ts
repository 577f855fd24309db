/** Frame times while panning the canvas, with the 2D renderer and with Cytoscape's WebGL one. */
import type { Page } from '@playwright/test';
import { median } from './timing';

/** Drags across the graph background and returns the frame intervals seen meanwhile. */
export async function panFrames(page: Page): Promise<number[]> {
  const box = await page.getByTestId('story-graph').boundingBox();
  if (!box) throw new Error('no graph on screen');
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__frames = [];
    w.__framing = true;
    let last = performance.now();
    const tick = (t: number): void => {
      w.__frames.push(t - last);
      last = t;
      if (w.__framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Near the top left corner, under the lane headers' gutter (after "fit" that is padding, so the drag pans rather than
  // moves a node) and below the "Proportional time" button in the corner: a drag that started on the button and ended
  // where it started clicked it, so every benchmark step after this one ran in proportional time.
  const x = box.x + 10;
  const y = box.y + 40;
  const under = await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName ?? '', [x, y]);
  if (under !== 'CANVAS') throw new Error(`the pan would start on a ${under}, not on the canvas`);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 8, y + i * 3);
  for (let i = 59; i >= 0; i--) await page.mouse.move(x + i * 8, y + i * 3);
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__framing = false;
    return w.__frames.slice(1);
  });
}

/**
 * Turns on the canvas's WebGL toggle, waits for the new renderer to have drawn the story,
 * pans as panFrames does, and turns it off again (the choice is remembered per browser).
 */
export async function panWithWebgl(page: Page): Promise<{ switchMs: number; median: number; p95: number; max: number } | undefined> {
  const toggle = page.getByRole('button', { name: 'WebGL', exact: true });
  if (!(await toggle.isEnabled())) return undefined;
  const before = await page.evaluate(() => performance.now());
  // The new renderer builds its texture atlases on the main thread: the page may not answer for a while.
  await toggle.click({ timeout: 600_000, noWaitAfter: true });
  const drawn = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = (): void => {
          if (document.querySelector('[data-testid="story-graph"][data-renderer="webgl"]')) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  await page.waitForTimeout(2000);
  const frames = await panFrames(page);
  await toggle.click({ timeout: 600_000 });
  await page.waitForSelector('[data-testid="story-graph"][data-renderer="canvas"]', { timeout: 600_000 });
  return { switchMs: drawn - before, median: median(frames), p95: percentile(frames, 0.95), max: Math.max(0, ...frames) };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}


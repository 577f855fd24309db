import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/studio-page';

interface Probe {
  pagePosition(id: string, kind: 'event'): { x: number; y: number } | null;
  zoom(): number;
  redrawCounts(): { whole: number; partial: number; pieces: number; pending: number } | null;
  redrawWhole(): void;
  setPieceSize(rects: number | null): void;
}

const probe = <T>(page: Page, fn: (g: Probe) => T): Promise<T> =>
  page.evaluate(`(${fn.toString()})(globalThis.arcStudioGraph)`) as Promise<T>;

/** Waits until the canvas has drawn no frame for 10 animation frames in a row and has no piece of a change left to draw; returns its counts then. */
async function quiet(page: Page): Promise<{ whole: number; partial: number; pieces: number; pending: number }> {
  await page.waitForFunction(
    () => {
      const w = globalThis as unknown as { arcStudioGraph: Probe; __quiet?: { key: string; frames: number } };
      const c = w.arcStudioGraph.redrawCounts();
      const key = JSON.stringify(c);
      w.__quiet = w.__quiet?.key === key ? { key, frames: w.__quiet.frames + 1 } : { key, frames: 0 };
      return w.__quiet.frames >= 10 && c?.pending === 0;
    },
    null,
    { polling: 'raf' },
  );
  return (await probe(page, (g) => g.redrawCounts()))!;
}

/** Keeps the pixels of the canvas layer the graph is drawn on, in the page (1.8 million bytes do not travel well). */
function keepCanvasPixels(page: Page): Promise<void> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="story-graph"] canvas[data-id="layer2-node"]')!;
    (globalThis as unknown as { __kept?: Uint8ClampedArray }).__kept = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  });
}

/** How many pixels of the canvas now differ from the kept ones by more than `by` in alpha or a painted colour. */
function pixelsDiffering(page: Page, by: number): Promise<number> {
  return page.evaluate((threshold) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="story-graph"] canvas[data-id="layer2-node"]')!;
    const now = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const kept = (globalThis as unknown as { __kept: Uint8ClampedArray }).__kept;
    let differing = 0;
    for (let i = 0; i < now.length; i += 4) {
      // Colours as painted (times their alpha): a nearly transparent pixel's own colour is noise.
      const a = now[i + 3]!;
      const b = kept[i + 3]!;
      let d = Math.abs(a - b);
      for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(now[i + c]! * a - kept[i + c]! * b) / 255);
      if (d > threshold) differing++;
    }
    return differing;
  }, by);
}

/**
 * Zooms in close on the event titled `title` and makes `edits` one after the other until a
 * frame drawn in part can be compared with the same view drawn whole; returns how many pixels
 * differ then (null when no edit's frame was drawn in part). `inPieces`: parts are drawn in
 * pieces of a few rectangles, over several frames, and only an edit drawn so is compared.
 */
async function partialAgainstWhole(page: Page, title: string, edits: readonly ((studio: StudioPage) => Promise<void>)[], inPieces = false): Promise<number | null> {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.selectEvent(title);
  const id = (await studio.inspector.locator('.inspector-kind code').textContent())!;
  // Zoomed in this close, the sample story is too big for Cytoscape's layer textures: it draws
  // every element itself, which is where partial redraws apply.
  for (let i = 0; i < 40 && (await probe(page, (g) => g.zoom())) < 2.9; i++) {
    const at = (await page.evaluate((e) => (globalThis as unknown as { arcStudioGraph: Probe }).arcStudioGraph.pagePosition(e, 'event'), id))!;
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -300);
  }
  expect(await probe(page, (g) => g.zoom())).toBeGreaterThanOrEqual(2.9);
  // A few rectangles a frame, so that an edit's part is drawn in pieces however the machine's timing and the zoom reached fall.
  if (inPieces) await probe(page, (g) => g.setPieceSize(6));
  // The pointer leaves the canvas first, as a hand goes to the Inspector: a pointer moving over
  // the canvas makes Cytoscape redraw without naming a change, and such a frame is drawn whole.
  await page.mouse.move(1, 1);
  let before = await quiet(page);
  const place = (): Promise<string> => page.evaluate((e) => JSON.stringify((globalThis as unknown as { arcStudioGraph: Probe }).arcStudioGraph.pagePosition(e, 'event')), id);
  // A frame that coincides with an unnamed redraw (a texture, a timer of Cytoscape's) is drawn
  // whole, and the two frames compared must show the same view (the event at the same place);
  // the edit is made again until a frame drawn in part is compared so (on a quiet machine, the
  // first time).
  for (const edit of edits) {
    await edit(studio);
    const after = await quiet(page);
    const partial = after.partial > before.partial && (!inPieces || after.pieces > before.pieces);
    before = after;
    if (!partial) continue;
    const at = await place();
    await keepCanvasPixels(page);
    await probe(page, (g) => g.redrawWhole());
    await expect.poll(async () => (await probe(page, (g) => g.redrawCounts()))!.whole).toBeGreaterThan(after.whole);
    before = await quiet(page);
    if ((await place()) !== at) continue;
    return pixelsDiffering(page, 96);
  }
  return null;
}

const STORM = "The storm takes Tomas's boat";

test('zoomed in close, an edit redraws only the part of the canvas that changed, and the canvas looks as when drawn whole', async ({ page }) => {
  // Shorter titles: the rest of the old label must be gone from the canvas.
  const rename = (name: string) => async (studio: StudioPage) => {
    await studio.setField('Title', name);
    await expect(studio.eventItem(name)).toHaveCount(1);
  };
  const compared = await partialAgainstWhole(page, STORM, ['Squall', 'Gust', 'Squall', 'Gust'].map(rename));
  // Antialiasing may differ at the edge of the redrawn part; a left-over label or event would be hundreds of pixels.
  expect(compared).not.toBeNull();
  expect(compared!).toBeLessThan(60);
});

/** Edits that move the selected event `by` hours later and back, each move drawn before the next. */
function movesAndBack(page: Page, by: number): (studio: StudioPage) => Promise<void> {
  let time: number | null = null;
  return async (studio) => {
    const field = studio.inspector.getByLabel('Time', { exact: true });
    time ??= Number(await field.inputValue());
    for (const at of [time + by, time]) {
      await studio.setField('Time', String(at));
      await expect(field).toHaveValue(String(at));
      await quiet(page);
    }
  };
}

test('zoomed in close, an event moved in time leaves nothing behind and its links follow it, as when drawn whole', async ({ page }) => {
  // Moved a little later and back: the event, its label and its links leave the places they
  // were last drawn at (the first move's too).
  const moveAndBack = movesAndBack(page, 2);
  const compared = await partialAgainstWhole(page, STORM, [moveAndBack, moveAndBack, moveAndBack]);
  expect(compared).not.toBeNull();
  expect(compared!).toBeLessThan(60);
});

test('zoomed in close, a change too large for one frame is drawn over several and ends as when drawn whole', async ({ page }) => {
  // Moved far, each time elsewhere: its links cross the view from where it was and to where it
  // goes, the part is drawn over several frames, and each piece drawn in the frames after must
  // show the event's new place (a piece left out shows the old one).
  let moves = 0;
  const moveOn = async (studio: StudioPage) => {
    const field = studio.inspector.getByLabel('Time', { exact: true });
    const at = Number(await field.inputValue()) + (++moves % 2 === 1 ? 12 : -7);
    await studio.setField('Time', String(at));
    await expect(field).toHaveValue(String(at));
  };
  const compared = await partialAgainstWhole(page, STORM, [moveOn, moveOn, moveOn, moveOn], true);
  expect(compared).not.toBeNull();
  expect(compared!).toBeLessThan(60);
});

test('zoomed far out, an edit repaints the overview dots only where they changed, and they look as when painted whole', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.selectEvent(STORM);
  const id = (await studio.inspector.locator('.inspector-kind code').textContent())!;
  // Out past 1/16 (times the pixel ratio), where events are drawn as dots (overview-dots.ts).
  const ratio = await page.evaluate(() => devicePixelRatio);
  const canvas = page.getByRole('group', { name: /Causal graph canvas/ });
  for (let i = 0; i < 40 && (await probe(page, (g) => g.zoom())) * ratio > 1 / 20; i++) await canvas.press('-');
  expect((await probe(page, (g) => g.zoom())) * ratio).toBeLessThanOrEqual(1 / 20);
  await page.mouse.move(1, 1);
  await quiet(page);
  const field = studio.inspector.getByLabel('Time', { exact: true });
  const time = Number(await field.inputValue());
  const place = (): Promise<string> => page.evaluate((e) => JSON.stringify((globalThis as unknown as { arcStudioGraph: Probe }).arcStudioGraph.pagePosition(e, 'event')), id);
  const before = await place();
  // Far enough for its dot to leave its pixels, and its conflicts (their colours) to change.
  await studio.setField('Time', String(time + 400));
  await expect(field).toHaveValue(String(time + 400));
  await expect.poll(place).not.toBe(before);
  const drawn = await quiet(page);
  await keepCanvasPixels(page);
  await probe(page, (g) => g.redrawWhole());
  await expect.poll(async () => (await probe(page, (g) => g.redrawCounts()))!.whole).toBeGreaterThan(drawn.whole);
  await quiet(page);
  // Painted in part and painted whole, the same dots give the same pixels: a speck left where the event was would differ.
  expect(await pixelsDiffering(page, 4)).toBe(0);
});

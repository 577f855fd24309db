/**
 * The zoomed-in canvas redrawn whole (`npm run bench:redraw`): what a frame costs when every
 * element must be drawn again (after an edit, a selection, a hover), without the edit itself.
 *
 * Imports a generated dense story (REDRAW_EVENTS, default 20,000), zooms in on the benchmark's
 * edited event as bench:ui does (REDRAW_ZOOM, default 1.2; Cytoscape stops a wheel notch past
 * it), then asks Cytoscape for REDRAW_FRAMES full redraws, one per frame, and prints per frame:
 * from the request to two animation frames later (the drawing, Chromium rasterising it and the
 * commit), and the script time of Cytoscape's render alone. Then how many events and links are
 * on screen. Browser: $CHROMIUM_PATH, else /usr/bin/chromium.
 */
import { generateStory } from './generate-story';
import { startBench } from './ui-browser';
import { zoomInOn } from './ui-bench-zoom';
import { paradoxCandidate, selectEvent } from './ui-bench-edits';
import { median } from './timing';

const EVENTS = Number(process.env.REDRAW_EVENTS ?? 20_000);
const ZOOM = Number(process.env.REDRAW_ZOOM ?? 1.2);
const FRAMES = Number(process.env.REDRAW_FRAMES ?? 9);
const PORT = Number(process.env.BENCH_PORT ?? 4470);
const OUT_DIR = process.env.BENCH_OUT_DIR ?? 'node_modules/.cache/arc-studio-redraw';

interface Redraws {
  readonly frameMs: number[];
  readonly scriptMs: number[];
  readonly events: number;
  readonly links: number;
  readonly zoom: number;
}

/** Runs in the page: full redraws of the canvas, one per frame. */
async function redraws(frames: number): Promise<Redraws> {
  interface Renderer {
    render(...args: unknown[]): unknown;
    redrawHint(group: string, value: boolean): void;
    redraw(): void;
  }
  interface Box {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }
  interface Canvas {
    renderer(): Renderer;
    extent(): Box;
    zoom(): number;
    elements(): { forEach(f: (e: { boundingBox(): Box; isNode(): boolean }) => void): void };
  }
  // Cytoscape keeps its instance on its container (`_cyreg`).
  const host = [...document.querySelectorAll('[data-testid="story-graph"] *')].find((e) => '_cyreg' in e) as unknown as { _cyreg: { cy: Canvas } } | undefined;
  if (!host) throw new Error('no Cytoscape canvas on the page');
  const cy = host._cyreg.cy;
  const r = cy.renderer();
  const scriptMs: number[] = [];
  const render = r.render;
  r.render = function timedRender(this: Renderer, ...args: unknown[]) {
    const t = performance.now();
    const value = render.apply(this, args);
    scriptMs.push(performance.now() - t);
    return value;
  };
  const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const frameMs: number[] = [];
  for (let i = 0; i < frames; i++) {
    await nextFrame();
    scriptMs.length = frameMs.length;
    r.redrawHint('eles', true);
    r.redrawHint('drag', true);
    r.redraw();
    const asked = performance.now();
    await nextFrame();
    await nextFrame();
    frameMs.push(performance.now() - asked);
  }
  r.render = render;
  const view = cy.extent();
  let events = 0;
  let links = 0;
  cy.elements().forEach((e) => {
    const b = e.boundingBox();
    if (b.x1 <= view.x2 && view.x1 <= b.x2 && b.y1 <= view.y2 && view.y1 <= b.y2) {
      if (e.isNode()) events++;
      else links++;
    }
  });
  return { frameMs, scriptMs: scriptMs.slice(0, frames), events, links, zoom: cy.zoom() };
}

async function main(): Promise<void> {
  const { server, browser } = await startBench(OUT_DIR, PORT);
  try {
    const story = generateStory({ events: EVENTS, seed: 7, density: 'dense' });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // tsx names the functions it compiles with a helper the page does not have.
    await context.addInitScript('window.__name = (f) => f;');
    const page = await context.newPage();
    await page.goto(`http://localhost:${PORT}/`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles({ name: `redraw-${EVENTS}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
    const { id, title } = paradoxCandidate(story);
    await page.waitForFunction(
      (eventId) => {
        const g = document.querySelector('[data-testid="story-graph"]');
        const probe = (window as unknown as { arcStudioGraph?: { pagePosition(id: string, kind: string): unknown } }).arcStudioGraph;
        return g?.getAttribute('data-canvas-pending') === '0' && document.querySelector('[data-testid="conflict-count"]')?.getAttribute('aria-busy') === 'false' && (probe?.pagePosition(eventId, 'event') ?? null) !== null;
      },
      id,
      { timeout: 300_000 },
    );
    await selectEvent(page, title);
    await zoomInOn(page, id, ZOOM);
    const r = await page.evaluate(redraws, FRAMES);
    const round = (ms: number[]): string => ms.map((m) => m.toFixed(0)).join(' ');
    console.log(`${EVENTS} dense events, zoom ${r.zoom.toFixed(2)}: ${r.events} events and ${r.links} links on screen`);
    console.log(`frame ms (request → two frames later): ${round(r.frameMs)}; median ${median(r.frameMs).toFixed(0)}`);
    console.log(`Cytoscape render script ms: ${round(r.scriptMs)}; median ${median(r.scriptMs).toFixed(0)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();

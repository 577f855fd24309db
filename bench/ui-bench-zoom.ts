/** The UI benchmark's zoomed-in view: the canvas zoomed in on one event by mouse wheel, as a person looking closely would, before edits are timed again. */
import type { Page } from '@playwright/test';

interface GraphProbe {
  pagePosition(id: string, kind?: 'event' | 'link'): { x: number; y: number } | null;
  zoom(): number;
}

/** The canvas zoom now. */
export function canvasZoom(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { arcStudioGraph: GraphProbe }).arcStudioGraph.zoom());
}

/**
 * Wheels in over the event `eventId` until the canvas zoom reaches `zoom` (Cytoscape zooms
 * around the pointer, a few per cent a notch whatever the delta, so the event stays under it);
 * returns the zoom reached.
 */
export async function zoomInOn(page: Page, eventId: string, zoom: number): Promise<number> {
  for (let notches = 0; notches < 600; notches += 10) {
    if ((await canvasZoom(page)) >= zoom) break;
    const at = await page.evaluate((id) => (window as unknown as { arcStudioGraph: GraphProbe }).arcStudioGraph.pagePosition(id, 'event'), eventId);
    if (!at) throw new Error(`event ${eventId} is not on the canvas`);
    await page.mouse.move(at.x, at.y);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -100);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(1500); // the view is drawn and saved
  return canvasZoom(page);
}

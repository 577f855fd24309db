import type { Core } from 'cytoscape';
import { CATEGORIES, CATEGORY_LOOK } from '../categories';
import { GUTTER, LANE_FILLS, printScale, type PictureLane } from './graph-svg';

/**
 * The graph as a PNG at print resolution, drawn by Cytoscape itself (`cy.png`, the whole
 * story with `full`, else the current view) over its lanes with their names in a gutter at
 * the left (as the SVG export and the canvas show them), with a title and legend band under it.
 */

/** A lane as rows of the picture: from `top` to `bottom` (clipped to the picture), its label. */
export interface LaneRows {
  readonly label: string;
  readonly top: number;
  readonly bottom: number;
}

/** The lanes (model coordinates) as rows of a picture `height` pixels tall, `toImageY` mapping a model y; lanes outside it left out. */
export function laneRows(lanes: readonly PictureLane[], toImageY: (y: number) => number, height: number): LaneRows[] {
  const rows: LaneRows[] = [];
  for (const lane of lanes) {
    const top = Math.max(0, toImageY(lane.y1));
    const bottom = Math.min(height, toImageY(lane.y2));
    if (bottom > top) rows.push({ label: lane.label, top, bottom });
  }
  return rows;
}

function loadImage(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(blob);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the graph picture could not be drawn'));
    };
    img.src = url;
  });
}

const LEGEND: readonly (readonly [string, string])[] = [['No conflict', '#E8EDF3'], ...CATEGORIES.map((c) => [`${CATEGORY_LOOK[c].label} conflict`, CATEGORY_LOOK[c].color] as const)];

export async function graphPng(cy: Core, title: string, full: boolean, lanes: readonly PictureLane[] = []): Promise<Blob> {
  const box = cy.elements().boundingBox();
  const width = full ? box.w : cy.width();
  const scale = printScale(width, full ? box.h : cy.height());
  // Transparent where nothing is drawn, so the lanes show through.
  const graph = cy.png({ full, scale, output: 'blob', maxWidth: 16_000, maxHeight: 16_000 });
  const img = await loadImage(graph);
  // One legend unit is one CSS pixel at the picture's scale.
  const u = Math.max(1, img.width / Math.max(1, width));
  // cy.png draws the elements' bounding box (whole story) or the viewport at the picture's size.
  const zoom = cy.zoom();
  const panY = cy.pan().y;
  const toImageY = full ? (y: number) => (y - box.y1) * (img.height / Math.max(1, box.h)) : (y: number) => (y * zoom + panY) * (img.height / Math.max(1, cy.height()));
  const rowsOfLanes = laneRows(lanes, toImageY, img.height);
  const gutter = rowsOfLanes.length > 0 ? Math.round(GUTTER * u) : 0;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw pictures (no 2D canvas)');
  const itemFont = `${Math.round(11 * u)}px system-ui, sans-serif`;
  ctx.font = itemFont;
  const itemWidths = LEGEND.map(([label]) => ctx.measureText(label).width + 30 * u);
  // At least wide enough for the legend on two rows; the graph is centred.
  const canvasWidth = Math.max(gutter + img.width, Math.ceil(itemWidths.slice(0, 4).reduce((a, b) => a + b, 0) + 24 * u));
  const rows: number[][] = [[]];
  let rowWidth = 12 * u;
  itemWidths.forEach((w, i) => {
    if (rowWidth + w > canvasWidth - 12 * u && rows[rows.length - 1]!.length > 0) {
      rows.push([]);
      rowWidth = 12 * u;
    }
    rows[rows.length - 1]!.push(i);
    rowWidth += w;
  });
  const band = Math.round((40 + rows.length * 20) * u);
  canvas.width = canvasWidth;
  canvas.height = img.height + band;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  rowsOfLanes.forEach((lane, i) => {
    ctx.fillStyle = LANE_FILLS[i % LANE_FILLS.length]!;
    ctx.fillRect(0, lane.top, canvasWidth, lane.bottom - lane.top);
    ctx.fillStyle = '#DDE3EA';
    ctx.fillRect(gutter - 10 * u, lane.top, Math.max(1, u), lane.bottom - lane.top);
    ctx.fillStyle = '#102A43';
    ctx.font = `700 ${Math.round(11 * u)}px system-ui, sans-serif`;
    ctx.fillText(lane.label.toUpperCase(), 12 * u, lane.top + 18 * u, gutter - 24 * u);
  });
  ctx.drawImage(img, gutter + Math.round((canvasWidth - gutter - img.width) / 2), 0);
  ctx.fillStyle = '#1F2933';
  ctx.font = `600 ${Math.round(14 * u)}px system-ui, sans-serif`;
  ctx.fillText(`${title} (${full ? 'whole story' : 'current view'})`, 12 * u, img.height + 22 * u, canvasWidth - 24 * u);
  ctx.font = itemFont;
  rows.forEach((row, r) => {
    let x = 12 * u;
    const y = img.height + (46 + r * 20) * u;
    for (const i of row) {
      const [label, color] = LEGEND[i]!;
      ctx.fillStyle = color;
      ctx.beginPath();
      ctx.arc(x + 6 * u, y - 4 * u, 6 * u, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = '#7A8899';
      ctx.stroke();
      ctx.fillStyle = '#1F2933';
      ctx.fillText(label, x + 16 * u, y);
      x += itemWidths[i]!;
    }
  });
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
}

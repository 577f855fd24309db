import type { Core } from 'cytoscape';
import { CATEGORIES, CATEGORY_LOOK } from '../categories';
import { printScale } from './graph-svg';

/**
 * The graph as a PNG at print resolution, drawn by Cytoscape itself (`cy.png`, the whole
 * story with `full`, else the current view), with a title and legend band drawn under it.
 */

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

export async function graphPng(cy: Core, title: string, full: boolean): Promise<Blob> {
  const box = cy.elements().boundingBox();
  const width = full ? box.w : cy.width();
  const scale = printScale(width, full ? box.h : cy.height());
  const graph = cy.png({ full, scale, bg: '#ffffff', output: 'blob', maxWidth: 16_000, maxHeight: 16_000 });
  const img = await loadImage(graph);
  // One legend unit is one CSS pixel at the picture's scale.
  const u = Math.max(1, img.width / Math.max(1, width));
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw pictures (no 2D canvas)');
  const itemFont = `${Math.round(11 * u)}px system-ui, sans-serif`;
  ctx.font = itemFont;
  const itemWidths = LEGEND.map(([label]) => ctx.measureText(label).width + 30 * u);
  // At least wide enough for the legend on two rows; the graph is centred.
  const canvasWidth = Math.max(img.width, Math.ceil(itemWidths.slice(0, 4).reduce((a, b) => a + b, 0) + 24 * u));
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
  ctx.drawImage(img, Math.round((canvasWidth - img.width) / 2), 0);
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

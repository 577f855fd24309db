import type { Core } from 'cytoscape';
import { CATEGORIES, CATEGORY_LOOK } from '../categories';
import { printScale } from './graph-svg';

/**
 * The graph as a PNG at print resolution, drawn by Cytoscape itself (`cy.png`, the whole
 * story with `full`, else the current view), with a title and legend band drawn under it.
 */

const BAND = 70;

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

export async function graphPng(cy: Core, title: string, full: boolean): Promise<Blob> {
  const width = full ? cy.elements().boundingBox().w : cy.width();
  const scale = printScale(width);
  const graph = cy.png({ full, scale, bg: '#ffffff', output: 'blob', maxWidth: 16_000, maxHeight: 16_000 });
  const img = await loadImage(graph);
  const s = img.width / Math.max(1, width) || 1;
  const band = Math.round(BAND * Math.max(1, s));
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height + band;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw pictures (no 2D canvas)');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0);
  const u = band / BAND;
  ctx.fillStyle = '#1F2933';
  ctx.font = `600 ${Math.round(14 * u)}px system-ui, sans-serif`;
  ctx.fillText(`${title} (${full ? 'whole story' : 'current view'})`, 12 * u, img.height + 22 * u);
  ctx.font = `${Math.round(11 * u)}px system-ui, sans-serif`;
  let x = 12 * u;
  const y = img.height + 50 * u;
  for (const [label, color] of [['No conflict', '#E8EDF3'], ...CATEGORIES.map((c) => [CATEGORY_LOOK[c].label, CATEGORY_LOOK[c].color])] as [string, string][]) {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.arc(x + 6 * u, y - 4 * u, 6 * u, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#1F2933';
    ctx.fillText(label, x + 16 * u, y);
    x += (24 + label.length * 7) * u;
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
}

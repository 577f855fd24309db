import type { ConflictCategory } from '../../core/analysis/conflict';
import { CATEGORIES, CATEGORY_LOOK } from '../categories';

/**
 * The story graph as a standalone SVG picture, written from node and edge positions (a
 * vector file for print: any size, text selectable and searchable), with a legend. Pure:
 * the canvas is read elsewhere (graph-snapshot.ts). Written by hand rather than with
 * cytoscape-svg, which is GPL-3.0 and re-renders through a canvas shim.
 */

export interface PictureNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** The full event title (the picture's tooltip; the label may be shortened). */
  readonly title: string;
  /** The label as the canvas draws it beside the node: at most two lines (joined by a line break), shortened with an ellipsis. */
  readonly label: string;
  readonly category: ConflictCategory | null;
}

/** A scale's lane behind the events, as the lanes layout draws it. */
export interface PictureLane {
  readonly label: string;
  readonly y1: number;
  readonly y2: number;
}

export interface PictureEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: 'causes' | 'enables' | 'motivates';
  readonly category: ConflictCategory | null;
}

export interface PictureBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface GraphPicture {
  readonly title: string;
  /** "Whole story" or "Current view". */
  readonly scope: string;
  readonly nodes: readonly PictureNode[];
  readonly edges: readonly PictureEdge[];
  /** Empty for the layered layout. */
  readonly lanes: readonly PictureLane[];
  readonly box: PictureBox;
}

const CALM_FILL = '#E8EDF3';
const CALM_BORDER = '#7A8899';
const INK = '#1F2933';
const EDGE = '#9AA5B1';
const PAD = 40;
const LEGEND_H = 116;
const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';
/** Room at the left for the lane names, beside the lanes as on the canvas (never over an event). */
export const GUTTER = 130;
export const LANE_FILLS = ['#F1F5F9', '#F7F4EE'];

/** Escapes text for SVG content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const DASH: Record<PictureEdge['kind'], string> = { causes: '', enables: ' stroke-dasharray="8 5"', motivates: ' stroke-dasharray="2 4"' };

const round = (n: number): string => (Math.round(n * 10) / 10).toString();

function edgeSvg(e: PictureEdge, byId: ReadonlyMap<string, PictureNode>): string {
  const a = byId.get(e.from);
  const b = byId.get(e.to);
  if (a === undefined || b === undefined) return '';
  const color = e.category === null ? EDGE : CATEGORY_LOOK[e.category].color;
  if (a === b) {
    const r = a.size / 2;
    return `<path d="M${round(a.x - r / 2)},${round(a.y - r)} C${round(a.x - r * 2)},${round(a.y - r * 3)} ${round(a.x + r * 2)},${round(a.y - r * 3)} ${round(a.x + r / 2)},${round(a.y - r)}" fill="none" stroke="${color}" stroke-width="2"${DASH[e.kind]} marker-end="url(#arrow)"/>`;
  }
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  // End the line at the target's rim so the arrow head stays visible.
  const ex = b.x - (dx / len) * (b.size / 2 + 2);
  const ey = b.y - (dy / len) * (b.size / 2 + 2);
  return `<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(ex)}" y2="${round(ey)}" stroke="${color}" stroke-width="2"${DASH[e.kind]} marker-end="url(#arrow)"/>`;
}

/**
 * An event: its circle, and its label beside it as the canvas draws it (the lane layout keeps
 * that room free, so labels do not run into each other as full titles under the nodes did).
 */
function nodeSvg(n: PictureNode): string {
  const fill = n.category === null ? CALM_FILL : CATEGORY_LOOK[n.category].color;
  const lines = n.label.split('\n');
  const x = round(n.x + n.size / 2 + 4);
  // The lines centred on the node, as Cytoscape's text-valign: center.
  const spans = lines.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? round(-0.6 * (lines.length - 1)) : 1.2}em">${escapeXml(line)}</tspan>`).join('');
  return (
    `<g class="event"><title>${escapeXml(n.title)}</title>` +
    `<circle cx="${round(n.x)}" cy="${round(n.y)}" r="${round(n.size / 2)}" fill="${fill}" stroke="${CALM_BORDER}" stroke-width="1.5"/>` +
    `<text x="${x}" y="${round(n.y)}" dominant-baseline="central" font-size="12" fill="${INK}" paint-order="stroke" stroke="#fff" stroke-width="3">${spans}</text></g>`
  );
}

/** The lanes across the whole width, their names in the gutter at the left (y in picture coordinates: `oy` added). */
function lanesSvg(lanes: readonly PictureLane[], oy: number, width: number): string {
  return lanes
    .map((lane, i) => {
      const y = oy + lane.y1;
      const h = lane.y2 - lane.y1;
      return (
        `<g class="lane"><rect x="0" y="${round(y)}" width="${round(width)}" height="${round(h)}" fill="${LANE_FILLS[i % 2]}"/>` +
        `<line x1="${GUTTER - 10}" y1="${round(y)}" x2="${GUTTER - 10}" y2="${round(y + h)}" stroke="#DDE3EA"/>` +
        `<text x="12" y="${round(y + 18)}" font-size="11" font-weight="700" letter-spacing="0.04em" fill="#102A43">${escapeXml(lane.label.toUpperCase())}</text></g>`
      );
    })
    .join('');
}

function legendSvg(x: number, y: number, width: number): string {
  const parts: string[] = [`<g class="legend" transform="translate(${round(x)},${round(y)})">`];
  parts.push(`<rect x="0" y="0" width="${round(width)}" height="${LEGEND_H - 16}" fill="#fff" stroke="#CBD2D9"/>`);
  parts.push(`<text x="12" y="20" font-size="12" font-weight="600" fill="${INK}">Legend</text>`);
  const items: [string, string][] = [['Event without conflict', CALM_FILL], ...CATEGORIES.map((c): [string, string] => [`${CATEGORY_LOOK[c].label} conflict`, CATEGORY_LOOK[c].color])];
  items.forEach(([label, color], i) => {
    const ix = 12 + (i % 4) * 190;
    const iy = 40 + Math.floor(i / 4) * 20;
    parts.push(`<circle cx="${ix + 6}" cy="${iy - 4}" r="6" fill="${color}" stroke="${CALM_BORDER}"/>`);
    parts.push(`<text x="${ix + 18}" y="${iy}" font-size="11" fill="${INK}">${escapeXml(label)}</text>`);
  });
  const kinds: [string, string][] = [
    ['causes', DASH.causes],
    ['enables', DASH.enables],
    ['motivates', DASH.motivates],
  ];
  kinds.forEach(([label, dash], i) => {
    const ix = 12 + i * 190;
    parts.push(`<line x1="${ix}" y1="76" x2="${ix + 30}" y2="76" stroke="${EDGE}" stroke-width="2"${dash}/>`);
    parts.push(`<text x="${ix + 36}" y="80" font-size="11" fill="${INK}">${label}</text>`);
  });
  parts.push('</g>');
  return parts.join('');
}

/** A complete SVG document of the graph within `box`, title on top and the legend below. */
export function graphSvg(p: GraphPicture): string {
  const graphW = Math.max(1, p.box.x2 - p.box.x1);
  const graphH = Math.max(1, p.box.y2 - p.box.y1);
  const gutter = p.lanes.length > 0 ? GUTTER : 0;
  const width = Math.max(gutter + graphW + 2 * PAD, 1000);
  const top = 44;
  const height = top + graphH + 2 * PAD + LEGEND_H;
  const ox = gutter + (width - gutter - graphW) / 2 - p.box.x1;
  const oy = top + PAD - p.box.y1;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const inside = (n: PictureNode): boolean => n.x + n.size >= p.box.x1 && n.x - n.size <= p.box.x2 && n.y + n.size >= p.box.y1 && n.y - n.size <= p.box.y2;
  const nodes = p.nodes.filter(inside);
  const shown = new Set(nodes.map((n) => n.id));
  const edges = p.edges.filter((e) => shown.has(e.from) || shown.has(e.to));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}" font-family='${FONT}'>`,
    `<title>${escapeXml(`${p.title} (${p.scope.toLowerCase()})`)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE}"/></marker>`,
    `<clipPath id="graph-area"><rect x="0" y="${top}" width="${round(width)}" height="${round(graphH + 2 * PAD)}"/></clipPath></defs>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${PAD}" y="28" font-size="18" font-weight="600" fill="${INK}">${escapeXml(p.title)}</text>`,
    `<text x="${round(width - PAD)}" y="28" font-size="12" text-anchor="end" fill="${INK}">${escapeXml(p.scope)} · ${nodes.length} events · ${edges.length} links</text>`,
    `<g clip-path="url(#graph-area)">`,
    `<g class="lanes">${lanesSvg(p.lanes, oy, width)}</g>`,
    `<g transform="translate(${round(ox)},${round(oy)})">`,
    `<g class="links">${edges.map((e) => edgeSvg(e, byId)).join('')}</g>`,
    `<g class="events">${nodes.map(nodeSvg).join('')}</g>`,
    `</g></g>`,
    legendSvg(PAD / 2, height - LEGEND_H + 8, width - PAD),
    `</svg>`,
    '',
  ].join('\n');
}

/**
 * Pixel scale for a print-quality bitmap: the long side about 3,508 px (A4 at 300 dpi), at
 * least 2× the screen, and no side over 16,000 px (what browsers' canvases allow).
 */
export function printScale(widthPx: number, heightPx: number): number {
  const long = Math.max(widthPx, heightPx, 1);
  return Math.max(Math.min(1, 16_000 / long), Math.min(16_000 / long, Math.max(2, 3508 / long)));
}

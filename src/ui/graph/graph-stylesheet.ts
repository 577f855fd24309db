import type { StylesheetJsonBlock } from 'cytoscape';
import { CATEGORIES, CATEGORY_LOOK } from '../categories';
import type { NodeSingular } from 'cytoscape';
import { labelScale, scaledLabel } from './label-scale';
import { LABEL_FONT_PX, LABEL_WIDTH } from './label-text';
import { OVERLAY_STYLESHEET } from './overlay-stylesheet';

const CALM_FILL = '#7B8794';
const CALM_BORDER = '#7A8899';
const INK = '#1F2933';
const EDGE = '#9AA5B1';
const SELECT = '#1D4ED8';

/** Labels drawn smaller than this on screen are left out (semantic zoom); scaled with the font, so they appear at the same zoom. */
const MIN_ZOOMED_FONT_PX = 9;
/** Conflicted events keep their labels much further out, but not where a label is a few pixels high. */
const CONFLICT_MIN_FONT_PX = 3;

/** A node's label: as projected, or wrapped again for presenter view's larger font. */
function nodeLabel(ele: NodeSingular): string {
  const s = labelScale();
  const label = String(ele.data('label') ?? '');
  const title: unknown = ele.data('title');
  if (s === 1 || typeof title !== 'string') return label;
  return scaledLabel(title, String(ele.data('badge') ?? ''), s);
}

/**
 * The canvas look. Calm by default; conflicts carry their category's colour and shape.
 * One constant object so react-cytoscapejs never re-applies it.
 */
export const GRAPH_STYLESHEET: StylesheetJsonBlock[] = [
  {
    selector: 'node',
    style: {
      shape: 'ellipse',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': CALM_FILL,
      // Intensity as fill strength: a calm event pale, an intense one solid.
      'background-opacity': 'mapData(intensity, 0, 1, 0.25, 1)' as unknown as number,
      'border-width': 1.5,
      'border-color': CALM_BORDER,
      // Functions of the label scale (presenter view draws larger labels): restyled with cy.style().update().
      label: nodeLabel,
      color: INK,
      'font-size': () => LABEL_FONT_PX * labelScale(),
      'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
      // Beside the node, at most two lines already wrapped into the room the lane layout reserved (label-text.ts).
      'text-valign': 'center',
      'text-halign': 'right',
      'text-justification': 'left',
      'text-margin-x': 4,
      'text-wrap': 'wrap',
      'text-max-width': `${LABEL_WIDTH + 40}px`,
      'line-height': 1,
      'text-background-color': '#FFFFFF',
      'text-background-opacity': 0.7,
      'text-background-padding': '0px',
      // Semantic zoom: labels appear as you zoom in (cheap with thousands of events) ...
      'min-zoomed-font-size': () => MIN_ZOOMED_FONT_PX * labelScale(),
    },
  },
  ...CATEGORIES.map(
    (c): StylesheetJsonBlock => ({
      selector: `node.cat-${c}`,
      style: {
        shape: CATEGORY_LOOK[c].shape,
        'background-color': CATEGORY_LOOK[c].color,
        'border-color': INK,
        'border-width': 2,
      },
    }),
  ),
  {
    selector: 'edge',
    style: {
      // Straight unless another link joins the same two events (see sharedPairLinks): far cheaper to lay out.
      'curve-style': 'straight',
      width: 'data(width)',
      'line-color': EDGE,
      'target-arrow-color': EDGE,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      opacity: 0.75,
    },
  },
  { selector: 'edge.bundled', style: { 'curve-style': 'bezier' } },
  { selector: 'edge.kind-enables', style: { 'line-style': 'dashed' } },
  // Dots as short dashes rather than Cytoscape's `dotted` (1 px on, 1 off): they read as dots at
  // every link width, and a software canvas draws each dash separately, so a link costs a
  // half to a third as much to draw (zoomed in at 20,000 events, dotted links were most of a
  // frame's drawing).
  { selector: 'edge.kind-motivates', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 3] } },
  ...CATEGORIES.map(
    (c): StylesheetJsonBlock => ({
      selector: `edge.cat-${c}`,
      // No z-index: a z-index that changes with every analysis makes Cytoscape re-sort all
      // elements (about 50 ms at 20,000); full opacity and colour already lift these lines.
      style: {
        'line-color': CATEGORY_LOOK[c].color,
        'target-arrow-color': CATEGORY_LOOK[c].color,
        opacity: 1,
      },
    }),
  ),
  // ... and stay for what matters: conflicted, hovered or focused, and selected events.
  // Conflicted events down to a font of CONFLICT_MIN_FONT_PX on screen: below that a label is a smudge, and at an
  // overview of 20,000 events drawing 17,000 of them cost more than drawing the nodes.
  { selector: 'node.conflict', style: { 'min-zoomed-font-size': CONFLICT_MIN_FONT_PX } },
  { selector: 'node.hovered, node:selected', style: { 'min-zoomed-font-size': 0 } },
  { selector: 'node.hovered', style: { 'underlay-color': '#1D4ED8', 'underlay-opacity': 0.18, 'underlay-padding': 5 } },
  {
    selector: 'node:selected',
    style: { 'border-color': SELECT, 'border-width': 4, 'overlay-color': SELECT, 'overlay-opacity': 0.12, 'overlay-padding': 4 },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': SELECT, 'target-arrow-color': SELECT, opacity: 1, 'z-index': 10, 'overlay-color': SELECT, 'overlay-opacity': 0.15 },
  },
  { selector: 'node.framed', style: { 'underlay-color': '#FACC15', 'underlay-opacity': 0.55, 'underlay-padding': 8 } },
  { selector: 'node.link-source', style: { 'border-color': '#15803D', 'border-width': 4, 'border-style': 'dashed' } },
  { selector: 'node.link-target', style: { 'underlay-color': '#15803D', 'underlay-opacity': 0.35, 'underlay-padding': 8 } },
  { selector: 'node.dimmed', style: { opacity: 0.3 } },
  // What the Events filters leave out is faded by a style set on each element, not by a rule here (filter-dim-style.ts).
  // Open review notes (docs/REVIEW.md): a dotted outline besides the ✎ in the label.
  { selector: 'node.noted', style: { 'outline-color': '#6B21A8', 'outline-width': 2, 'outline-style': 'dotted', 'outline-offset': 3 } },
  { selector: 'edge.dimmed', style: { opacity: 0.12 } },
  { selector: '.ghost', style: { events: 'no', 'overlay-opacity': 0 } },
  { selector: 'node.ghost', style: { opacity: 0, width: 1, height: 1, label: '' } },
  { selector: 'edge.link-preview', style: { 'line-style': 'dashed', 'line-color': '#15803D', 'target-arrow-color': '#15803D', width: 2 } },
  // Impact ripple and proposal ghosts last, so they win over the calm and conflict looks.
  ...OVERLAY_STYLESHEET,
];

import type { StylesheetJsonBlock } from 'cytoscape';

/** Halo colour of reached events; its strength grows with impact (five steps). */
const REACH = '#EA580C';
const SOURCE = '#9A3412';
const PATH = '#7C3AED';
const ADDED = '#15803D';
const MOVED = '#1D4ED8';
const REMOVED = '#B42318';
const CHANGED = '#B45309';
const TIER_OPACITY = [0.22, 0.35, 0.5, 0.65, 0.8];
const WALKED = '#b45309';

/** Classes of the play-through's walked path (usePlayPathHighlight): its events and links, and the event reached last. */
export const PLAY_PATH_CLASS = 'play-path';
export const PLAY_CURRENT_CLASS = 'play-current';

/**
 * Looks of the impact ripple (drawn on the ripple layer, see ripple-layer.ts) and the
 * proposal ghost diff. Appended after the base stylesheet so these win; reached events
 * are tinted with a halo, which keeps the conflict category's colour and shape readable.
 */
export const OVERLAY_STYLESHEET: StylesheetJsonBlock[] = [
  {
    selector: 'node.impact-source',
    style: { 'border-color': SOURCE, 'border-width': 4, 'underlay-color': REACH, 'underlay-opacity': 0.9, 'underlay-padding': 7 },
  },
  { selector: 'node.impact-reached', style: { 'border-color': SOURCE, 'border-width': 2, 'underlay-color': REACH, 'underlay-padding': 5 } },
  ...TIER_OPACITY.map((o, i): StylesheetJsonBlock => ({ selector: `node.impact-t${i + 1}`, style: { 'underlay-opacity': o } })),
  { selector: 'edge.impact-edge', style: { 'line-color': REACH, 'target-arrow-color': REACH, opacity: 0.85, 'z-index': 8 } },
  { selector: 'node.impact-path', style: { 'border-color': PATH, 'border-width': 4, 'z-index': 20 } },
  { selector: 'edge.impact-path', style: { 'line-color': PATH, 'target-arrow-color': PATH, opacity: 1, 'z-index': 20, 'arrow-scale': 1.3 } },

  // Ghost diff of a proposal: the base stylesheet hides `.ghost` nodes (link drawing); these ghosts are meant to be seen.
  {
    selector: 'node.diff-ghost',
    style: {
      opacity: 0.92,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'border-style': 'dashed',
      'border-width': 2.5,
      'font-style': 'italic',
    },
  },
  { selector: 'node.diff-added', style: { 'background-color': '#ECFDF3', 'border-color': ADDED, color: ADDED } },
  { selector: 'node.diff-moved', style: { 'background-color': '#EFF6FF', 'border-color': MOVED, color: MOVED } },
  {
    selector: 'edge.diff-added',
    style: { 'line-style': 'dashed', 'line-color': ADDED, 'target-arrow-color': ADDED, opacity: 0.95, 'z-index': 30 },
  },
  {
    selector: 'edge.diff-move-arrow',
    style: { 'line-style': 'dotted', 'line-color': MOVED, 'target-arrow-color': MOVED, 'target-arrow-shape': 'vee', opacity: 0.9, 'z-index': 30 },
  },
  { selector: 'node.diff-moved-from', style: { 'border-style': 'dashed', 'border-color': MOVED, 'border-width': 2.5, opacity: 0.55 } },
  { selector: 'node.diff-removed', style: { opacity: 0.35, 'border-style': 'dashed', 'border-color': REMOVED, 'border-width': 3 } },
  {
    selector: 'edge.diff-removed',
    style: { 'line-style': 'dashed', 'line-color': REMOVED, 'target-arrow-color': REMOVED, opacity: 0.55, 'z-index': 30 },
  },
  { selector: 'node.diff-changed', style: { 'border-style': 'dashed', 'border-color': CHANGED, 'border-width': 3 } },
  { selector: 'edge.diff-changed', style: { 'line-style': 'dashed', 'line-color': CHANGED, 'target-arrow-color': CHANGED, opacity: 1 } },

  // The play-through's path. Here from the start: adding rules to the stylesheet when Play
  // opened restyled every element, a 2.2 s task at 20,000 dense events.
  { selector: `node.${PLAY_PATH_CLASS}`, style: { 'border-width': 5, 'border-color': WALKED, 'border-opacity': 1 } },
  { selector: `edge.${PLAY_PATH_CLASS}`, style: { width: 6, 'line-color': WALKED, 'target-arrow-color': WALKED, opacity: 1 } },
  { selector: `node.${PLAY_CURRENT_CLASS}`, style: { 'border-width': 8, 'border-color': WALKED, 'background-color': '#fde68a' } },
];

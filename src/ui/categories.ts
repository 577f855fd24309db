import { CONFLICT_CATEGORIES, type ConflictCategory } from '../core/analysis/conflict';

/** How a conflict category looks everywhere in the studio: the same colour and shape on canvas and in panels. */
export interface CategoryLook {
  readonly label: string;
  /** Fill on canvas and swatches (Okabe-Ito, distinguishable with common colour-vision deficiencies). */
  readonly color: string;
  /** A darker tone of the same hue for text on white (contrast >= 4.5:1). */
  readonly ink: string;
  /** Cytoscape node shape, repeated as the panel glyph so colour is never the only cue. */
  readonly shape: 'diamond' | 'round-rectangle' | 'hexagon' | 'triangle' | 'star' | 'vee';
  readonly glyph: string;
}

export const CATEGORY_LOOK: Readonly<Record<ConflictCategory, CategoryLook>> = {
  causal: { label: 'Causal', color: '#D55E00', ink: '#A4470A', shape: 'diamond', glyph: '◆' },
  temporal: { label: 'Temporal', color: '#0072B2', ink: '#00609A', shape: 'round-rectangle', glyph: '■' },
  scale: { label: 'Scale', color: '#CC79A7', ink: '#9A3F76', shape: 'hexagon', glyph: '⬢' },
  character: { label: 'Character', color: '#E69F00', ink: '#8A5A00', shape: 'triangle', glyph: '▲' },
  thematic: { label: 'Thematic', color: '#009E73', ink: '#00704F', shape: 'star', glyph: '★' },
  // Okabe-Ito yellow, not sky blue: temporal is the one blue, so the two never pass for each other.
  therapeutic: { label: 'Therapeutic', color: '#F0E442', ink: '#6B5E00', shape: 'vee', glyph: '▼' },
};

/** Categories in display order. */
export const CATEGORIES: readonly ConflictCategory[] = CONFLICT_CATEGORIES;

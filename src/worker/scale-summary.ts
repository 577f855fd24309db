import { CATEGORY_OF, type Conflict } from '../core/analysis/conflict';
import type { StoryIndex } from '../core/analysis/story-index';
import type { ScaleSummary } from './protocol';

/**
 * The scale manager's summary of each scale: its events, the active conflicts
 * touching it, and its coherence. Coherence follows the story's formula
 * (docs/SCORES.md: 1 minus the severity-weighted share of damaged events, over
 * structural conflicts) restricted to the scale's own events, so that a clean
 * scale reads 1 however troubled the others are.
 */
export function summariseScales(ix: StoryIndex, conflicts: readonly Conflict[]): ScaleSummary[] {
  const k = ix.story.scales.length;
  const intact = new Float64Array(ix.n).fill(1);
  const touching = new Int32Array(k);
  for (const c of conflicts) {
    for (const scale of c.scales) {
      const s = ix.scaleIndexById.get(scale);
      if (s !== undefined) touching[s]!++;
    }
    if (CATEGORY_OF[c.type] === 'therapeutic') continue;
    const keep = 1 - Math.min(1, Math.max(0, c.severity));
    for (const id of new Set(c.events)) {
      const i = ix.eventIndex.get(id);
      if (i !== undefined) intact[i]! *= keep;
    }
  }
  const events = new Int32Array(k);
  const damaged = new Float64Array(k);
  for (let i = 0; i < ix.n; i++) {
    const s = ix.scaleIdx[i]!;
    events[s]!++;
    damaged[s]! += 1 - intact[i]!;
  }
  return ix.story.scales.map((scale, s) => ({
    scale: scale.id,
    events: events[s]!,
    conflicts: touching[s]!,
    coherence: events[s]! === 0 ? 1 : 1 - Math.min(1, damaged[s]! / events[s]!),
  }));
}

import type { StoryIndex } from '../../analysis/story-index';

/** Per-event values laid out in timeline order, shared by the rules that scan the timeline. */
export interface TimelineColumns {
  /** intensity[r]: intensity of the event at timeline position r. */
  readonly intensity: Float64Array;
  /** recoveryTag[r]: 1 when the event at timeline position r is tagged `recovery`. */
  readonly recoveryTag: Uint8Array;
}

const columnsByIndex = new WeakMap<StoryIndex, TimelineColumns>();

/**
 * The timeline columns of an indexed story, built on first use and reused by every rule of the
 * same analysis, which then scan plain arrays instead of event objects.
 */
export function timelineColumns(ix: StoryIndex): TimelineColumns {
  let columns = columnsByIndex.get(ix);
  if (columns === undefined) {
    const intensity = new Float64Array(ix.n);
    const recoveryTag = new Uint8Array(ix.n);
    // Read in file order (how a loaded story sits in memory), written in timeline order.
    for (let i = 0; i < ix.n; i++) {
      const e = ix.events[i]!;
      const r = ix.rank[i]!;
      intensity[r] = e.intensity;
      if (e.tags.length > 0 && e.tags.includes('recovery')) recoveryTag[r] = 1;
    }
    columns = { intensity, recoveryTag };
    columnsByIndex.set(ix, columns);
  }
  return columns;
}

import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { settleBoundsWhenIdle } from './idle-bounds';

/**
 * Once the canvas holds the whole story (no elements `pending`), the boxes the first close
 * view needs are made in idle time (idle-bounds.ts); again after each fill and for each story.
 */
export function useIdleBounds(cy: Core | null, pending: number, storyKey: string): void {
  useEffect(() => {
    if (!cy || pending > 0) return;
    return settleBoundsWhenIdle(cy);
  }, [cy, pending, storyKey]);
}

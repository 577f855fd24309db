import { useEffect, useRef } from 'react';
import type { Scale } from '../../core/model/story';
import type { LaneBand, LaneLayout } from '../../state';
import { graphInstance, setLanesExtent, setShownLanes } from './graph-controller';
import { addedLane, revealBand } from './reveal-added-lane';

/**
 * Tells the graph controller which lanes are drawn (`lanes`: undefined in the layered layout):
 * their extent, which Fit and the opening view keep in view, and each band with its scale's
 * name, which the picture exports draw. A lane just added (a new scale in Story settings) is
 * panned into view: it is drawn below the others, often out of the view.
 */
export function usePublishedLanes(lanes: LaneLayout | undefined, scales: readonly Scale[]): void {
  const height = lanes?.height;
  useEffect(() => {
    setLanesExtent(height !== undefined ? { top: 0, bottom: height } : null);
  }, [height]);
  const bands = lanes?.laneY;
  const previous = useRef<readonly LaneBand[]>([]);
  useEffect(() => {
    const labels = new Map(scales.map((s) => [s.id, s.label ?? s.id]));
    setShownLanes((bands ?? []).map((b) => ({ label: labels.get(b.scale) ?? b.scale, y: b.y, height: b.height })));
    const added = addedLane(previous.current, bands ?? []);
    previous.current = bands ?? [];
    const cy = graphInstance();
    if (added && cy) revealBand(cy, added);
  }, [bands, scales]);
}

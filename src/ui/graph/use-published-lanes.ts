import { useEffect } from 'react';
import type { Scale } from '../../core/model/story';
import type { LaneLayout } from '../../state';
import { setLanesExtent, setShownLanes } from './graph-controller';

/**
 * Tells the graph controller which lanes are drawn (`lanes`: undefined in the layered layout):
 * their extent, which Fit and the opening view keep in view, and each band with its scale's
 * name, which the picture exports draw.
 */
export function usePublishedLanes(lanes: LaneLayout | undefined, scales: readonly Scale[]): void {
  const height = lanes?.height;
  useEffect(() => {
    setLanesExtent(height !== undefined ? { top: 0, bottom: height } : null);
  }, [height]);
  const bands = lanes?.laneY;
  useEffect(() => {
    const labels = new Map(scales.map((s) => [s.id, s.label ?? s.id]));
    setShownLanes((bands ?? []).map((b) => ({ label: labels.get(b.scale) ?? b.scale, y: b.y, height: b.height })));
  }, [bands, scales]);
}

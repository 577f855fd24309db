import type { Core, EventObject } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import {
  hoverReach,
  timeToX,
  useOverlay,
  usePatchPreview,
  useRipple,
  useView,
  useWhatIfRipple,
  type LaneLayout,
  type LayoutKind,
} from '../../state';
import { nodeId, storyId } from './canvas-ids';
import { DiffPainter, type GhostPlacer } from './diff-painter';
import { rippleLayers } from './impact-layers';
import { RippleLayer } from './ripple-layer';
import type { Point } from './project-elements';

/** Lane header room and row height of the lanes layout (as in node-positions.ts): a ghost's first-row centre. */
const LANE_HEADER = 36;
const ROW = 64;
const NEAR = { x: 40, y: 56 };

/** Where ghosts go: on their lane at their time (lanes), or next to the events they link to (layered). */
function ghostPlacer(cy: Core, lanes: LaneLayout | undefined, layout: LayoutKind): GhostPlacer {
  const bands = new Map((lanes?.laneY ?? []).map((b) => [b.scale, b]));
  return (event, kind, neighbours) => {
    if (layout === 'lanes' && lanes) {
      const x = timeToX(lanes.axis, event.time);
      const node = cy.getElementById(nodeId(event.id));
      const band = bands.get(event.scale);
      // A moved event that stays in its lane keeps its row; anything else goes to the lane's first row.
      if (kind === 'moved' && node.nonempty() && band && node.position('y') >= band.y && node.position('y') <= band.y + band.height) {
        return { x, y: node.position('y') };
      }
      return band ? { x, y: band.y + LANE_HEADER + ROW / 2 } : null;
    }
    if (kind === 'moved' || neighbours.length === 0) return null;
    const mid = neighbours.reduce<Point>((a, p) => ({ x: a.x + p.x / neighbours.length, y: a.y + p.y / neighbours.length }), { x: 0, y: 0 });
    return { x: mid.x + NEAR.x, y: mid.y + NEAR.y };
  };
}

/**
 * The canvas overlays of the impact and proposal views: the ripple spreading hop by
 * hop (or its what-if), the hovered event's best path, and the ghost diff of the
 * previewed proposal. Call after the effect that patches the canvas, so the overlays
 * are painted again over whatever the patch reset (`projection` changes with it).
 */
export function useGraphOverlays(cy: Core | null, projection: unknown, lanes: LaneLayout | undefined, layout: LayoutKind): void {
  const painters = useMemo(() => (cy ? { impact: new RippleLayer(cy), diff: new DiffPainter(cy) } : null), [cy]);
  useEffect(
    () => () => {
      painters?.impact.dispose();
      painters?.diff.clear();
    },
    [painters],
  );

  // --- the ripple -----------------------------------------------------------------------
  const impact = useView((v) => v.impact);
  const whatIfActive = useOverlay((o) => o.whatIf !== null);
  const real = useRipple();
  const whatIf = useWhatIfRipple();
  const candidate = whatIfActive ? (whatIf.data ?? real.data) : real.data;
  const ripple = impact && candidate && candidate.source === impact.sourceId && candidate.direction === impact.direction ? candidate : undefined;
  const layers = useMemo(() => (ripple ? rippleLayers(ripple) : null), [ripple]);
  const spreadKey = impact ? `${impact.sourceId}|${impact.direction}` : null;
  const failed = (whatIfActive ? whatIf.error : null) ?? real.error;
  const spreadFor = useRef<string | null>(null);
  useEffect(() => {
    if (!painters) return;
    if (spreadKey === null || failed) {
      painters.impact.clear();
      spreadFor.current = null;
      return;
    }
    if (!layers) {
      // While the same ripple is recomputed (new threshold, depth), the old one stays rather than flickering away.
      if (spreadFor.current !== spreadKey) painters.impact.clear();
      return;
    }
    // A new source or direction spreads from the source; a new threshold, depth, what-if or revision just repaints.
    const animate = spreadFor.current !== spreadKey;
    spreadFor.current = spreadKey;
    painters.impact.show(layers, animate);
  }, [painters, layers, spreadKey, failed]);

  const hovered = useOverlay((o) => o.hoveredReach);
  const direction = impact?.direction ?? 'forward';
  useEffect(() => {
    painters?.impact.highlight((hovered && layers?.paths.get(hovered)) || null, direction);
  }, [painters, hovered, layers, direction]);

  // Hovering a reached event on the canvas highlights its path too (and its row in the panel).
  const reachedRef = useRef<ReadonlyMap<string, readonly string[]> | undefined>(undefined);
  useEffect(() => {
    reachedRef.current = layers?.paths;
  }, [layers]);
  useEffect(() => {
    if (!cy) return;
    const over = (e: EventObject): void => {
      const id = storyId(e.target.id() as string);
      if (reachedRef.current?.has(id)) hoverReach(id);
    };
    const out = (): void => hoverReach(null);
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    return () => {
      if (cy.destroyed()) return;
      cy.removeListener('mouseover', 'node', over);
      cy.removeListener('mouseout', 'node', out);
    };
  }, [cy]);

  // --- the ghost diff of a proposal -----------------------------------------------------
  const preview = usePatchPreview();
  const placer = useMemo(() => (cy ? ghostPlacer(cy, lanes, layout) : null), [cy, lanes, layout]);
  const diff = preview.data && !preview.stale ? preview.data : null;
  useEffect(() => {
    if (!painters || !placer) return;
    if (diff) painters.diff.show(diff, placer);
    else painters.diff.clear();
  }, [painters, placer, diff]);

  // --- after every canvas patch -----------------------------------------------------------
  const patched = useRef<unknown>(projection);
  useEffect(() => {
    if (!painters || !placer || patched.current === projection) return;
    patched.current = projection;
    painters.impact.reapply();
    painters.diff.reapply(placer);
  }, [painters, placer, projection]);
}

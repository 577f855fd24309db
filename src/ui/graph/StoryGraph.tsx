import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { setView, useAnalysis, useDemoView, useDocument, useLanes, useLayeredLayout, useSelection, useShallow, useView, getView, type TimeAxis } from '../../state';
import { bindGraphEvents, type GraphBridge } from './bind-graph-events';
import { nodeId } from './canvas-ids';
import { NO_CONFLICTS } from './conflict-marks';
import { conflictMarksTracker } from '../conflicts/conflict-marks-tracker';
import { installClippedEdgeLines } from './clipped-edge-lines';
import { installFastBounds } from './fast-bounds';
import { installFastFirstStyle } from './fast-first-style';
import { installFastHitTest } from './fast-hit-test';
import { installIncrementalZOrder } from './incremental-z-order';
import { installLevelOfDetail } from './level-of-detail';
import { installPartialRedraw } from './partial-redraw';
import { useIdleBounds } from './use-idle-bounds';
import { sortOnlyForOpacityZero } from './z-order-trigger';
import { clearFrame, frameStory, setGraphInstance, setLanesExtent } from './graph-controller';
import { usePublishedLanes } from './use-published-lanes';
import { GRAPH_STYLESHEET } from './graph-stylesheet';
import { LaneOverlay } from './LaneOverlay';
import { TimeRuler } from './TimeRuler';
import { proportionalTracker } from './proportional-time';
import { DurationBars } from './DurationBars';
import { GraphLegend } from './GraphLegend';
import { GraphTooltip } from './GraphTooltip';
import { useFilterDimming } from './use-filter-dimming';
import { LayeredProgressBanner } from './LayeredProgressBanner';
import { cancelLinkMode, useLinkMode } from './link-mode';
import { keySet } from './key-set';
import { laneFallback, laneMapsTracker, layeredPositions } from './node-positions';
import { incrementalProjector, type Projection } from './project-elements';
import { patchGraph } from './patch-graph';
import { CHUNK_ABOVE, ChunkedFill, HOLD_AFTER_INPUT_MS, PAUSE_FOR_ANALYSIS_MS, RESTYLED_ABOVE } from './chunked-fill';
import { catchUp } from './late-elements';
import { applySelection } from './selection-sync';
import { useGraphOverlays } from './use-graph-overlays';
import { TensionStrip } from './TensionStrip';
import { labelScale, PRESENTER_LABEL_SCALE, setLabelScale } from './label-scale';
import { setStripOpen, useStripOpen } from './strip-toggle';
import { tuneViewportDrawing } from './viewport-tuning';
import { CytoscapeCanvas } from './CytoscapeCanvas';
import { setWebglDrawing, useWebglDrawing, webglAvailable } from './webgl-drawing';

const EMPTY_WEIGHTS = new Map<string, number>();
/** Low enough to fit a 5,000-event story (about 150,000 px of lanes) into view. */
const MIN_ZOOM = 0.002;

/** The story as a causal graph: lanes per scale, conflicts marked, edits going back to the store. */
export function StoryGraph() {
  const { story: liveStory, storyKey: liveKey, revision } = useDocument(useShallow((d) => ({ story: d.story, storyKey: d.storyKey, revision: d.revision })));
  // The canvas follows the story, its conflicts and lanes in a deferred render: an edit and then
  // its conflict count are shown first, and projecting thousands of elements (and patching the
  // canvas) runs after, in a render React can interrupt, rather than inside those frames.
  const story = useDeferredValue(liveStory);
  // Deferred with the story, so a newly opened story is framed once its own elements are projected.
  const storyKey = useDeferredValue(liveKey);
  const selection = useSelection(useShallow((s) => ({ events: s.events, links: s.links })));
  const layout = useView((v) => v.layout);
  const analysis = useAnalysis();
  const liveLanes = useLanes();
  const lanes = { data: useDeferredValue(liveLanes.data), stale: useDeferredValue(liveLanes.stale) };
  const layered = useLayeredLayout();
  const linkSource = useLinkMode((s) => s.source);
  const [cy, setCy] = useState<Core | null>(null);

  const timeMode = useView((v) => v.time ?? 'compressed');
  // Proportional time re-spaces the worker's compressed layout along a linear axis (rows kept),
  // the same line from one edit to the next (so an edit moves only the events it changed).
  const proportional = useMemo(() => (timeMode === 'proportional' ? proportionalTracker() : null), [timeMode]);
  const lanesData = useMemo(
    () => (lanes.data && proportional ? proportional(lanes.data, story) : lanes.data),
    [lanes.data, proportional, story],
  );
  const conflicts = useDeferredValue(analysis.data?.conflicts);
  // Kept across analyses, as in the outline: an edit re-marks only what its changed conflicts touch.
  const [trackMarks] = useState(conflictMarksTracker);
  const marks = useMemo(() => trackMarks(conflicts ?? NO_CONFLICTS), [trackMarks, conflicts]);
  // Kept across layouts: an edit's layout changes a few entries of the last one's maps.
  const [trackLaneMaps] = useState(laneMapsTracker);
  const laneMaps = useMemo(() => (lanesData ? trackLaneMaps(lanesData) : null), [trackLaneMaps, lanesData]);
  const lanePos = laneMaps?.positions ?? null;
  const weights = laneMaps?.weights ?? EMPTY_WEIGHTS;
  const maxWeight = laneMaps?.maxWeight;
  const layeredResult = layout === 'layered' ? layered.result : null;
  const layeredPos = useMemo(() => (layeredResult ? layeredPositions(layeredResult) : null), [layeredResult]);
  const fallback = useMemo(() => (lanesData ? laneFallback(story, lanesData) : null), [story, lanesData]);

  const [project] = useState(incrementalProjector);
  const projection = useMemo(
    () => project(lanePos && fallback ? { story, marks, positions: layeredPos ?? lanePos, weights, ...(maxWeight !== undefined ? { maxWeight } : {}), fallback } : null),
    [project, story, marks, lanePos, layeredPos, weights, maxWeight, fallback],
  );

  // Handlers read the newest values through this ref: they are bound once per Cytoscape instance.
  const axis = layout === 'lanes' && lanesData ? lanesData.axis : null;
  const live = useRef<{ projection: Projection; axis: TimeAxis | null }>({ projection, axis });
  useLayoutEffect(() => {
    live.current = { projection, axis };
  }, [projection, axis]);
  const syncing = useRef(false);
  const dropped = useRef(new Set<string>());
  const bridge = useMemo<GraphBridge>(
    () => ({
      isSyncing: () => syncing.current,
      axis: () => live.current.axis,
      restingPosition: (id) => live.current.projection.byId.get(nodeId(id))?.position,
      onDropped: (ids) => ids.forEach((id) => dropped.current.add(id)),
    }),
    [],
  );

  const webglChosen = useWebglDrawing();
  const [canWebgl] = useState(webglAvailable);
  const webgl = webglChosen && canWebgl;
  const onCy = useCallback((instance: Core | null) => {
    // Cytoscape's canvas renderer, tuned for thousands of events (see each file for what and why).
    if (instance) {
      installFastBounds(instance);
      installFastFirstStyle(instance);
      // Before the level of detail, which draws each element through what it finds installed.
      installPartialRedraw(instance);
      installLevelOfDetail(instance);
      installClippedEdgeLines(instance);
      // Before the hit test, which keeps the renderer's sorted list it finds.
      installIncrementalZOrder(instance);
      installFastHitTest(instance);
      sortOnlyForOpacityZero(instance);
    }
    setCy(instance);
  }, []);
  useEffect(() => {
    if (!cy) return;
    setGraphInstance(cy);
    const unbind = bindGraphEvents(cy, bridge);
    return () => {
      unbind();
      setGraphInstance(null);
    };
  }, [cy, bridge]);

  // Store -> canvas: only what changed since the last projection applied to this instance.
  // A big set of new elements (opening a large story) is added over frames (chunked-fill.ts); the map counts it as applied.
  const applied = useRef<{ cy: Core | null; byId: ReadonlyMap<string, ElementDefinition> }>({ cy: null, byId: new Map() });
  const [filling, setFilling] = useState(0);
  // Whether the elements to go change the story on the canvas (Accept all safe fixes) rather than draw it (opening it).
  const [fillChanges, setFillChanges] = useState(false);
  const fillRef = useRef<ChunkedFill | null>(null);
  // The selection on the canvas now (store selection -> canvas, below).
  const appliedSelection = useRef<{ cy: Core | null; ids: ReadonlySet<string> }>({ cy: null, ids: new Set() });
  // Elements of a later chunk get the selection and filter dimming applied meanwhile (both read when the chunk is added).
  const dimmedNow = useRef<() => ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    if (!cy) return;
    const onAdded = (added: CollectionReturnValue): void => {
      syncing.current = true;
      try {
        catchUp(added, { selected: appliedSelection.current.cy === cy ? appliedSelection.current.ids : new Set(), filteredOut: dimmedNow.current() });
      } finally {
        syncing.current = false;
      }
    };
    const onPending = (pending: number, changing: boolean): void => {
      setFilling(pending);
      setFillChanges(changing);
    };
    const f = new ChunkedFill(cy, (id) => applied.current.byId.get(id), onPending, onAdded);
    fillRef.current = f;
    // While the user types (a filter, a field) no chunk lands between two keys.
    const hold = (): void => f.holdFor(HOLD_AFTER_INPUT_MS);
    window.addEventListener('keydown', hold, true);
    window.addEventListener('input', hold, true);
    return () => {
      window.removeEventListener('keydown', hold, true);
      window.removeEventListener('input', hold, true);
      f.cancel();
      if (fillRef.current === f) fillRef.current = null;
    };
  }, [cy]);
  // Whether the conflicts on screen are not yet the current story's (the count shows busy).
  const analysisBusy = analysis.data === undefined || analysis.stale;
  const analysisBusyNow = useRef(analysisBusy);
  useLayoutEffect(() => {
    analysisBusyNow.current = analysisBusy;
    if (!analysisBusy) fillRef.current?.resume();
  }, [analysisBusy]);
  useEffect(() => {
    const fill = fillRef.current;
    if (!cy || !fill) return;
    if (applied.current.cy !== cy) applied.current = { cy, byId: new Map() };
    // While a fill is under way every addition queues behind it, so edges still find their ends added first.
    // A fill that starts while the story's conflicts are being computed (a story just opened) waits for them:
    // the count and the Conflicts panel come first, the canvas's drawing after (chunked-fill.ts, pause).
    const pauseForAnalysis = (): void => {
      if (fill.pending === 0 && analysisBusyNow.current) fill.pause(PAUSE_FOR_ANALYSIS_MS);
    };
    const queue = (defs: ElementDefinition[]): void => {
      if (defs.length === 0) return;
      pauseForAnalysis();
      fill.push(defs);
    };
    // A change that restyles thousands of elements (Accept all safe fixes, its Undo) goes on over frames too, after the count.
    const sync = {
      restyledAbove: RESTYLED_ABOVE,
      changes: (changes: ReadonlyMap<string, number>): void => {
        pauseForAnalysis();
        fill.sync(changes);
      },
    };
    const defer = { above: fill.pending > 0 ? 0 : CHUNK_ABOVE, queue, ...(fill.drawingStory ? {} : { sync }) };
    // The changes since what is on the canvas, also when a projection in between was never applied (a dropped deferred render).
    const hint = projection.changesSince?.(applied.current.byId) ?? projection.changes;
    applied.current.byId = patchGraph(cy, applied.current.byId, projection.byId, hint, defer);
  }, [cy, projection]);

  // Store selection -> canvas (after react-cytoscapejs has added any new elements).
  useEffect(() => {
    if (!cy) return;
    if (appliedSelection.current.cy !== cy) appliedSelection.current = { cy, ids: new Set() };
    syncing.current = true;
    try {
      appliedSelection.current.ids = applySelection(cy, appliedSelection.current.ids, selection.events, selection.links);
    } finally {
      syncing.current = false;
    }
  }, [cy, selection, projection]);

  // The framing highlight belongs to the picked conflict: it goes when the conflict is no longer selected.
  const conflictId = useSelection((s) => s.conflictId);
  useEffect(() => {
    if (conflictId === null) clearFrame();
  }, [conflictId]);

  // A dropped node goes where the new layout puts it, even when its projected position did not change.
  useEffect(() => {
    if (!cy || dropped.current.size === 0 || !lanesData || lanes.stale) return;
    cy.batch(() => {
      for (const id of dropped.current) {
        const p = projection.byId.get(nodeId(id))?.position;
        if (p) cy.getElementById(nodeId(id)).position({ x: p.x, y: p.y });
      }
    });
    dropped.current.clear();
  }, [cy, projection, lanesData, lanes.stale]);

  // Presenter view: larger labels on the canvas (wrapped again for the larger font); DemoLayer re-fits the graph after.
  const presenter = useDemoView((v) => v.presenter);
  useLayoutEffect(() => {
    const next = presenter ? PRESENTER_LABEL_SCALE : 1;
    if (labelScale() === next && !presenter) return;
    setLabelScale(next);
    if (cy && !cy.destroyed()) cy.style().update();
  }, [cy, presenter]);

  const eventCount = story.events.length;
  useEffect(() => {
    if (cy) tuneViewportDrawing(cy, eventCount);
  }, [cy, eventCount]);

  usePublishedLanes(layout === 'lanes' ? lanesData : undefined, story.scales);

  useIdleBounds(cy, filling, storyKey);

  // A newly opened story (or a layout switch) is framed whole once its positions are known; a reload restores the saved viewport.
  const framedFor = useRef<{ cy: Core | null; key: string | null }>({ cy: null, key: null });
  useEffect(() => {
    if (!cy || projection.byId.size === 0) return;
    // The story's extent is known once its nodes are on the canvas.
    if (fillRef.current?.nodesPending) return;
    // A new canvas instance (the renderer was switched) starts from the saved viewport, like a reload.
    if (framedFor.current.cy !== cy) framedFor.current = { cy, key: null };
    // Keep the current view until the layered positions exist.
    if (layout === 'layered' && !layeredPos) return;
    const key = `${storyKey}|${layout}|${layeredPos ? 'l' : 'p'}|${timeMode}`;
    if (framedFor.current.key === key) return;
    const first = framedFor.current.key === null;
    framedFor.current.key = key;
    const v = getView();
    const saved = v.zoom !== 1 || v.pan.x !== 0 || v.pan.y !== 0;
    if (first && saved) cy.viewport({ zoom: v.zoom, pan: { x: v.pan.x, y: v.pan.y } });
    else {
      setLanesExtent(layout === 'lanes' && lanesData ? { top: 0, bottom: lanesData.height } : null);
      frameStory();
    }
  }, [cy, filling, projection, storyKey, layout, layeredPos, lanesData, timeMode]);

  // Ripple, best path and proposal ghosts: after the patch effects above, so they repaint over what a patch reset.
  useGraphOverlays(cy, projection, lanesData, layout);
  // The map's keys as a set, not a copy of them: a copy of 20,000 ids after every edit is only read by the conflicts filter.
  const conflicted = useMemo(() => keySet(marks.events), [marks]);
  const { intended: dimmed, busy: dimming, out: filteredOut } = useFilterDimming(cy, story, conflicted, projection);
  useLayoutEffect(() => {
    dimmedNow.current = dimmed;
  }, [dimmed]);
  const [canvasFocused, setCanvasFocused] = useState(false);
  const focusedEvent = selection.events.length === 1 ? selection.events[0]! : null;

  // Pressing Escape leaves link mode; arrows pan, + and - zoom, for keyboard users.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!cy) return;
    const step = 60;
    const pans: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const pan = pans[e.key];
    if (pan) {
      cy.panBy({ x: pan[0], y: pan[1] });
      e.preventDefault();
    } else if (e.key === '+' || e.key === '=') {
      cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (e.key === '-') {
      cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (e.key === 'Escape') {
      cancelLinkMode();
    }
  };

  const showLanes = layout === 'lanes' && lanesData !== undefined;
  const stripOpen = useStripOpen();
  // The strip puts each event at its node's resting x (the projection: the lane layout's position, or a fallback).
  const byId = projection.byId;
  const nodeX = useCallback((id: string) => byId.get(nodeId(id))?.position?.x, [byId]);
  const busyLayout = layout === 'layered' && layered.status === 'running';
  return (
    <section className="panel graph" aria-label="Story graph" aria-busy={lanesData === undefined || busyLayout || filling > 0}>
      <div
        className={linkSource ? 'graph-canvas linking' : 'graph-canvas'}
        data-testid="story-graph"
        data-revision={revision}
        data-lanes-revision={lanesData?.revision ?? ''}
        data-renderer={cy ? (webgl ? 'webgl' : 'canvas') : ''}
        data-canvas-pending={filling}
        data-dimming={dimming ? 'busy' : 'idle'}
        tabIndex={0}
        role="group"
        aria-label="Causal graph canvas. Arrow keys pan, plus and minus zoom. Select events in the Events list."
        aria-roledescription="graph canvas"
        onKeyDown={onKeyDown}
        onFocus={(e) => setCanvasFocused(e.target === e.currentTarget)}
        onBlur={() => setCanvasFocused(false)}
      >
        {showLanes && (
          <LaneOverlay cy={cy} bands={lanesData.laneY} scales={story.scales} summaries={analysis.data?.perScale} />
        )}
        {showLanes && <DurationBars cy={cy} story={story} lanes={lanesData} filteredOut={filteredOut} />}
        {showLanes && <TimeRuler cy={cy} axis={lanesData.axis} unit={story.timeUnit} />}
        {showLanes && (
          <button
            type="button"
            className="time-mode small"
            aria-pressed={timeMode === 'proportional'}
            title="Space events by how far apart they are in time (off: empty stretches collapsed)"
            onClick={() => setView({ time: timeMode === 'proportional' ? 'compressed' : 'proportional' })}
          >
            Proportional time
          </button>
        )}
        <CytoscapeCanvas className="cy" stylesheet={GRAPH_STYLESHEET} minZoom={MIN_ZOOM} maxZoom={3} webgl={webgl} onCy={onCy} />
        <GraphTooltip cy={cy} story={story} marks={marks} focusedEvent={focusedEvent} canvasFocused={canvasFocused} axis={axis} />
        <GraphLegend
          tools={
            // On the canvas, not in a bar under it: every pixel of height goes to legible lanes.
            <>
              <button
                type="button"
                className="small strip-toggle"
                aria-pressed={stripOpen && layout === 'lanes'}
                disabled={layout !== 'lanes'}
                title={layout === 'lanes' ? 'Intensity of each event under its node, with the window of tolerance' : 'The tension strip follows the time axis of the Lanes view'}
                onClick={() => setStripOpen(!stripOpen)}
              >
                Tension strip
              </button>
              <button
                type="button"
                className="small webgl-toggle"
                aria-pressed={webgl}
                disabled={!canWebgl}
                title={canWebgl ? 'Draw the graph with WebGL (faster on a graphics card; off: the 2D canvas)' : 'This browser offers no WebGL 2, so the graph is drawn on the 2D canvas'}
                onClick={() => setWebglDrawing(!webglChosen)}
              >
                WebGL
              </button>
            </>
          }
        />
        {linkSource && (
          <p className="graph-banner" role="status">
            Click the event this one leads to. <kbd>Esc</kbd> cancels.
          </p>
        )}
        {lanesData === undefined && <p className="graph-banner">Laying out the story…</p>}
        {lanesData !== undefined && filling > 0 && (
          <p className="graph-banner" role="status">
            {fillChanges ? 'Drawing the changes…' : 'Drawing the story…'} {filling.toLocaleString('en')} elements to go
          </p>
        )}
        <LayeredProgressBanner layout={layout} state={layered} />
      </div>
      {showLanes && stripOpen && <TensionStrip cy={cy} xOf={nodeX} selected={focusedEvent} />}
    </section>
  );
}

import type { Core, EventObject, NodeSingular, Position } from 'cytoscape';
import type { EditOp } from '../../core/edits/edit-op';
import {
  linkEvents,
  beginGesture,
  edit,
  endGesture,
  getDocument,
  getSelection,
  getView,
  select,
  setView,
  type TimeAxis,
} from '../../state';
import { nodeId, storyId } from './canvas-ids';
import { cancelLinkMode, linkSource } from './link-mode';
import type { Point } from './project-elements';
import { removeElements } from './remove-elements';
import { readSelection } from './selection-sync';
import { snapTime } from './snap-time';

/** What the handlers need from the component, read at event time (never captured stale). */
export interface GraphBridge {
  /** True while the component itself changes the canvas selection (not a user action). */
  isSyncing(): boolean;
  /** The lanes layout's time axis, when the lanes layout is shown and known. */
  axis(): TimeAxis | null;
  /** Where the store puts an event (its projected position). */
  restingPosition(id: string): Point | undefined;
  /** These events were moved by a drag: put them where the next layout says, even if it says the same. */
  onDropped(ids: readonly string[]): void;
}

const GHOST = '__link-ghost';
const PREVIEW = '__link-preview';

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Binds every canvas handler once per Cytoscape instance: selection back to the store,
 * drag along x as one time edit, Shift+drag (or link mode) to add a link, viewport saving.
 * Returns the unbinding function.
 */
export function bindGraphEvents(cy: Core, bridge: GraphBridge): () => void {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  // Runs after Cytoscape finished the whole pointer sequence (it changes the selection after 'tap').
  const later = (fn: () => void): void => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, 0);
    timers.add(t);
  };

  // --- selection: canvas -> store -------------------------------------------------------
  let selectionQueued = false;
  const flushSelection = (): void => {
    selectionQueued = false;
    if (bridge.isSyncing() || cy.destroyed()) return;
    const s = readSelection(cy);
    const cur = getSelection();
    if (sameIds(s.events, cur.events) && sameIds(s.links, cur.links)) return;
    select({ events: s.events, links: s.links, conflictId: null });
  };
  const onSelect = (): void => {
    if (bridge.isSyncing() || selectionQueued) return;
    selectionQueued = true;
    queueMicrotask(flushSelection);
  };
  cy.on('select unselect', onSelect);

  // --- dragging along the time axis -----------------------------------------------------
  const dropped = new Set<string>();
  const flushDrop = (): void => {
    const ids = [...dropped];
    dropped.clear();
    const axis = bridge.axis();
    // In the layered layout x is not time: nodes may be moved freely, nothing is edited.
    if (!axis || getView().layout !== 'lanes') return;
    const { story } = getDocument();
    const byId = new Map(story.events.map((e) => [e.id, e]));
    const ops: EditOp[] = [];
    cy.batch(() => {
      for (const id of ids) {
        const node = cy.getElementById(nodeId(id));
        const ev = byId.get(id);
        const rest = bridge.restingPosition(id);
        if (node.empty() || !ev || !rest) continue;
        const time = snapTime(axis, node.position('x'));
        if (time !== ev.time) ops.push({ kind: 'set-event-field', eventId: id, field: 'time', value: time });
        // y snaps back to the lane at once; x stays where it was dropped until the new layout arrives.
        node.position({ x: time !== ev.time ? node.position('x') : rest.x, y: rest.y });
      }
    });
    if (ops.length === 0) return;
    beginGesture(ops.length === 1 ? 'move event' : `move ${ops.length} events`);
    edit(ops);
    endGesture();
    bridge.onDropped(ids);
  };
  const onDragFree = (e: EventObject): void => {
    const node = e.target as NodeSingular;
    if (node.hasClass('ghost')) return;
    if (dropped.size === 0) later(flushDrop);
    dropped.add(storyId(node.id()));
  };
  cy.on('dragfree', 'node', onDragFree);

  // --- drawing a link: Shift+drag from node to node --------------------------------------
  let draftSource: string | null = null;
  const endDraft = (): void => {
    if (draftSource === null) return;
    cy.batch(() => {
      removeElements(cy, cy.getElementById(PREVIEW).union(cy.getElementById(GHOST)));
      cy.nodes('.link-source, .link-target').removeClass('link-source link-target');
    });
    cy.boxSelectionEnabled(true);
    cy.userPanningEnabled(true);
    draftSource = null;
  };
  const startDraft = (source: string, at: Position): void => {
    draftSource = source;
    cy.boxSelectionEnabled(false);
    cy.userPanningEnabled(false);
    cy.batch(() => {
      cy.add([
        { group: 'nodes', data: { id: GHOST, size: 1, label: '' }, position: { x: at.x, y: at.y }, classes: 'ghost', selectable: false, grabbable: false },
        { group: 'edges', data: { id: PREVIEW, source: nodeId(source), target: GHOST, width: 2 }, classes: 'ghost link-preview', selectable: false },
      ]);
      cy.getElementById(nodeId(source)).addClass('link-source');
    });
  };
  const onTapStart = (e: EventObject): void => {
    const node = e.target as NodeSingular;
    const pointer = e.originalEvent as MouseEvent | undefined;
    if (!pointer?.shiftKey || node.hasClass('ghost')) return;
    startDraft(storyId(node.id()), e.position);
  };
  const onTapDrag = (e: EventObject): void => {
    if (draftSource !== null) cy.getElementById(GHOST).position({ x: e.position.x, y: e.position.y });
  };
  const onDragOver = (e: EventObject): void => {
    if (draftSource !== null && storyId(e.target.id() as string) !== draftSource) (e.target as NodeSingular).addClass('link-target');
  };
  const onDragOut = (e: EventObject): void => {
    if (draftSource !== null) (e.target as NodeSingular).removeClass('link-target');
  };
  const onTapEnd = (e: EventObject): void => {
    if (draftSource === null) return;
    const source = draftSource;
    const target = e.target !== cy && (e.target as NodeSingular).isNode?.() && !(e.target as NodeSingular).hasClass('ghost') ? storyId((e.target as NodeSingular).id()) : null;
    endDraft();
    if (target && target !== source) later(() => linkEvents(source, target));
  };
  cy.on('tapstart', 'node', onTapStart);
  cy.on('tapdrag', onTapDrag);
  cy.on('tapdragover', 'node', onDragOver);
  cy.on('tapdragout', 'node', onDragOut);
  cy.on('tapend', onTapEnd);

  // While Shift is held nodes cannot be grabbed, so Shift+drag from a node draws a link instead of moving it.
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Shift') cy.autoungrabify(e.type === 'keydown');
  };
  const onBlur = (): void => {
    cy.autoungrabify(false);
    endDraft();
  };
  window.addEventListener('keydown', onKey);
  window.addEventListener('keyup', onKey);
  window.addEventListener('blur', onBlur);

  // --- "Draw link on canvas" mode: the next node tapped is the effect --------------------
  const onTap = (e: EventObject): void => {
    const source = linkSource();
    if (source === null) return;
    if (e.target === cy) {
      cancelLinkMode();
      return;
    }
    const node = e.target as NodeSingular;
    if (!node.isNode?.() || node.hasClass('ghost')) return;
    const target = storyId(node.id());
    cancelLinkMode();
    if (target !== source) later(() => linkEvents(source, target));
  };
  cy.on('tap', onTap);

  // --- viewport is part of the saved view ------------------------------------------------
  let viewportTimer: ReturnType<typeof setTimeout> | undefined;
  const onViewport = (): void => {
    clearTimeout(viewportTimer);
    viewportTimer = setTimeout(() => {
      if (cy.destroyed()) return;
      const pan = cy.pan();
      setView({ zoom: cy.zoom(), pan: { x: pan.x, y: pan.y } });
    }, 400);
  };
  cy.on('viewport', onViewport);

  return () => {
    for (const t of timers) clearTimeout(t);
    clearTimeout(viewportTimer);
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('keyup', onKey);
    window.removeEventListener('blur', onBlur);
    if (!cy.destroyed()) {
      endDraft();
      cy.removeListener('select unselect', onSelect);
      cy.removeListener('dragfree', 'node', onDragFree);
      cy.removeListener('tapstart', 'node', onTapStart);
      cy.removeListener('tapdrag', onTapDrag);
      cy.removeListener('tapdragover', 'node', onDragOver);
      cy.removeListener('tapdragout', 'node', onDragOut);
      cy.removeListener('tapend', onTapEnd);
      cy.removeListener('tap', onTap);
      cy.removeListener('viewport', onViewport);
    }
  };
}

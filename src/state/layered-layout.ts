import { useEffect, useMemo } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Story } from '../core/model/story';
import { isAbortError } from '../worker/job';
import type { LayeredLayoutInput } from '../worker/layered-layout';
import { DEFAULT_LANE_OPTIONS } from '../worker/lane-layout';
import type { LayeredLayoutProgress } from '../worker/layered-layout-job';
import { jobRunner } from './job-runner';
import type { Studio } from './studio-context';

/** Which phase the layered layout is in, and since when. */
export type LayeredProgress = LayeredLayoutProgress;

/** The layered (ELK) layout as the graph reads it. */
export interface LayeredLayoutState {
  readonly status: 'idle' | 'running' | 'ready' | 'error';
  readonly progress: LayeredProgress | null;
  /** Node centres by event id, for the `ids` order; may be for an older structure while `stale`. */
  readonly result: { readonly ids: readonly string[]; readonly positions: Float64Array; readonly ms: number } | null;
  /** True when `result` was computed for another set of events and links than the current one. */
  readonly stale: boolean;
  readonly error: string | null;
}

/** The layout as stored, with the structure it was computed for. */
export type LayeredStoreState = LayeredLayoutState & { readonly signature: string };

export function createLayeredStore(): StoreApi<LayeredStoreState> {
  return createStore<LayeredStoreState>(() => ({
    status: 'idle',
    progress: null,
    result: null,
    stale: false,
    error: null,
    signature: '',
  }));
}

const NODE_SIZE = 44;
/** A label beside its node: the gap, then the width the canvas wraps labels into (two lines). */
const LABEL_ROOM = 4 + DEFAULT_LANE_OPTIONS.labelPx;

/**
 * What the layered layout depends on: events, their scales and the links between
 * them. Titles, times and the rest do not move nodes here, so editing them does
 * not re-run the (slow) layout.
 */
export function structureSignature(story: Story): string {
  let s = '';
  for (const e of story.events) s += e.id + '\u0001' + e.scale + '\u0002';
  s += '\u0003';
  for (const l of story.links) s += l.from + '\u0001' + l.to + '\u0002';
  return s;
}

/** Asks for a layered layout of the story; a request still running is cancelled (its worker stopped). */
function requestLayout(s: Studio, story: Story, signature: string): void {
  s.session.layeredRun?.job.cancel();
  const input: LayeredLayoutInput = {
    nodes: story.events.map((e) => ({ id: e.id, width: NODE_SIZE, height: NODE_SIZE, labelWidth: LABEL_ROOM })),
    edges: story.links.map((l) => ({ id: l.id, source: l.from, target: l.to })),
  };
  s.layered.setState((l) => ({ status: 'running', progress: { phase: 'loading', elapsedMs: 0 }, stale: l.result !== null, error: null }));
  const job = jobRunner(s)('layered-layout', input, (progress) => {
    if (s.session.layeredRun?.job === job) s.layered.setState({ progress });
  });
  const mine = { job, signature };
  s.session.layeredRun = mine;
  job.result.then(
    (result) => {
      if (s.session.layeredRun !== mine) return;
      s.session.layeredRun = undefined;
      s.layered.setState({ status: 'ready', progress: null, result, stale: false, error: null, signature });
    },
    (e: unknown) => {
      // A cancelled layout was replaced by a newer request, which owns the store now.
      if (s.session.layeredRun !== mine || isAbortError(e)) return;
      s.session.layeredRun = undefined;
      s.layered.setState({ status: 'error', progress: null, error: e instanceof Error ? e.message : String(e) });
    },
  );
}

/**
 * The layered layout of the open story, computed off the main thread while the
 * view's layout is 'layered' (nothing is loaded before that), and again when
 * events or links are added or removed.
 */
export function useLayeredLayout(s: Studio): LayeredLayoutState {
  const active = useStore(s.view, (v) => v.layout === 'layered');
  const story = useStore(s.document, (d) => d.story);
  const signature = useMemo(() => (active ? structureSignature(story) : ''), [active, story]);
  const state = useStore(s.layered);
  useEffect(() => {
    if (!active) return;
    const now = s.layered.getState();
    if (now.signature === signature && now.status === 'ready') return;
    if (now.status === 'running' && s.session.layeredRun?.signature === signature) return;
    // A short pause so that a burst of structural edits triggers one layout.
    const timer = setTimeout(() => requestLayout(s, story, signature), 150);
    return () => clearTimeout(timer);
  }, [s, active, signature, story]);
  return {
    status: state.status,
    progress: state.progress,
    result: state.result,
    stale: state.stale || (state.result !== null && state.signature !== signature),
    error: state.error,
  };
}

import { useEffect, useMemo } from 'react';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Story } from '../core/model/story';
import type { LayeredLayoutMessage, LayeredLayoutPhase, LayeredLayoutRequest } from '../worker/protocol';
import { useDocument, useView } from './stores';

export interface LayeredProgress {
  readonly phase: LayeredLayoutPhase;
  readonly elapsedMs: number;
}

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

const layeredStore = createStore<LayeredLayoutState & { signature: string }>(() => ({
  status: 'idle',
  progress: null,
  result: null,
  stale: false,
  error: null,
  signature: '',
}));

const NODE_SIZE = 44;
let worker: Worker | undefined;
let requestId = 0;
let pendingSignature = '';

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

function startWorker(): Worker {
  // Written literally so that Vite bundles the worker; created only when the user first asks for this layout.
  const w = new Worker(new URL('../worker/layered-layout.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<LayeredLayoutMessage>) => {
    const m = event.data;
    if (m.requestId !== requestId) return;
    switch (m.kind) {
      case 'progress':
        layeredStore.setState({ progress: { phase: m.phase, elapsedMs: m.elapsedMs } });
        break;
      case 'result':
        layeredStore.setState({
          status: 'ready',
          progress: null,
          result: { ids: m.ids, positions: m.positions, ms: m.ms },
          stale: false,
          error: null,
          signature: pendingSignature,
        });
        break;
      case 'error':
        layeredStore.setState({ status: 'error', progress: null, error: m.message });
        break;
      default: {
        const never: never = m;
        throw new Error(`unknown layout message ${String(never)}`);
      }
    }
  };
  w.onerror = (event) => {
    event.preventDefault();
    worker = undefined;
    layeredStore.setState({ status: 'error', progress: null, error: event.message || 'the layout worker stopped' });
  };
  return w;
}

/** Asks for a layered layout of the story; a request still running is abandoned (its worker stopped). */
function requestLayout(story: Story, signature: string): void {
  if (layeredStore.getState().status === 'running' && worker) {
    worker.terminate();
    worker = undefined;
  }
  worker ??= startWorker();
  requestId++;
  pendingSignature = signature;
  const request: LayeredLayoutRequest = {
    kind: 'layout',
    requestId,
    nodes: story.events.map((e) => ({ id: e.id, width: NODE_SIZE, height: NODE_SIZE })),
    edges: story.links.map((l) => ({ id: l.id, source: l.from, target: l.to })),
  };
  layeredStore.setState((s) => ({ status: 'running', progress: { phase: 'loading', elapsedMs: 0 }, stale: s.result !== null, error: null }));
  worker.postMessage(request);
}

/**
 * The layered layout of the open story, computed off the main thread while the
 * view's layout is 'layered' (nothing is loaded before that), and again when
 * events or links are added or removed.
 */
export function useLayeredLayout(): LayeredLayoutState {
  const active = useView((v) => v.layout === 'layered');
  const story = useDocument((d) => d.story);
  const signature = useMemo(() => (active ? structureSignature(story) : ''), [active, story]);
  const state = useStore(layeredStore);
  useEffect(() => {
    if (!active) return;
    const s = layeredStore.getState();
    if (s.signature === signature && s.status === 'ready') return;
    if (s.status === 'running' && pendingSignature === signature) return;
    // A short pause so that a burst of structural edits triggers one layout.
    const timer = setTimeout(() => requestLayout(story, signature), 150);
    return () => clearTimeout(timer);
  }, [active, signature, story]);
  return {
    status: state.status,
    progress: state.progress,
    result: state.result,
    stale: state.stale || (state.result !== null && state.signature !== signature),
    error: state.error,
  };
}

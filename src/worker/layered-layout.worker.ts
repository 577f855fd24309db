/// <reference lib="webworker" />
import type { LayeredLayoutMessage, LayeredLayoutRequest } from './protocol';
import { centresOf, toElkGraph } from './layered-layout';

/**
 * Layered (ELK) layout off the main thread. elkjs is imported only when the first
 * request arrives, so neither the app nor this worker's start pays for it before
 * the user asks for the layered view. Progress is by phase: ELK reports none.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: LayeredLayoutMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = async (event: MessageEvent<LayeredLayoutRequest>) => {
  const request = event.data;
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  try {
    post({ kind: 'progress', requestId: request.requestId, phase: 'loading', elapsedMs: 0 });
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    post({ kind: 'progress', requestId: request.requestId, phase: 'layout', elapsedMs: elapsed() });
    const laid = await new ELK().layout(toElkGraph(request));
    const positions = centresOf(request, laid);
    post({ kind: 'progress', requestId: request.requestId, phase: 'done', elapsedMs: elapsed() });
    post(
      { kind: 'result', requestId: request.requestId, ids: request.nodes.map((n) => n.id), positions, ms: elapsed() },
      [positions.buffer],
    );
  } catch (e) {
    post({ kind: 'error', requestId: request.requestId, message: e instanceof Error ? e.message : String(e) });
  }
};

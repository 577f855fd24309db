import { now } from '../core/analysis/clock';
import { defineJob } from './job';
import { centresOf, toElkGraph, type LayeredLayoutInput } from './layered-layout';

export type LayeredLayoutPhase = 'loading' | 'layout' | 'done';

/** Which phase the layout is in: ELK itself reports nothing finer. */
export interface LayeredLayoutProgress {
  readonly phase: LayeredLayoutPhase;
  readonly elapsedMs: number;
}

/** Node centres in input order: x, y of node i at [2i], [2i + 1]. */
export interface LayeredLayoutResult {
  readonly ids: readonly string[];
  readonly positions: Float64Array;
  readonly ms: number;
}

/**
 * The layered (ELK) layout. elkjs is imported on the first run only, so neither the
 * app nor the worker pays for it before the user asks for the layered view.
 */
export const layeredLayoutJob = defineJob<LayeredLayoutInput, LayeredLayoutProgress, LayeredLayoutResult>({
  async run(input, { report, signal }) {
    const started = now();
    const elapsed = (): number => now() - started;
    report({ phase: 'loading', elapsedMs: 0 });
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    signal.throwIfAborted();
    report({ phase: 'layout', elapsedMs: elapsed() });
    const laid = await new ELK().layout(toElkGraph(input));
    signal.throwIfAborted();
    const positions = centresOf(input, laid);
    report({ phase: 'done', elapsedMs: elapsed() });
    return { ids: input.nodes.map((n) => n.id), positions, ms: elapsed() };
  },
  transferables: (result) => [result.positions.buffer],
});

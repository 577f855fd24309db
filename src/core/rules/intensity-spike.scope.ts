import type { WindowScope } from '../analysis/rule-scope';
import { exceeds } from '../analysis/tolerance';

/** intensity-spike: a match anchored at the later event reads it and its timeline predecessor. */
export const intensitySpikeScope: WindowScope = {
  kind: 'window',
  reads: ['time', 'intensity'],
  partOf: (match) => match.events[1]!,
  orderOf: () => 0,
  span: () => ({ back: 1, ahead: 0 }),
  matchEvent(ix, q, emit) {
    const r = ix.rank[q]!;
    if (r === 0) return;
    const p = ix.timeline[r - 1]!;
    if (exceeds(ix.events[q]!.intensity - ix.events[p]!.intensity, ix.settings.therapy.maxIntensityStep)) {
      emit({ type: 'intensity-spike', events: [p, q] }, 0);
    }
  },
};

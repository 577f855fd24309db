import type { EventScope } from '../analysis/rule-scope';
import { exceeds } from '../analysis/tolerance';

/** intensity-over-limit reads one event's intensity: one partition per event. */
export const intensityOverLimitScope: EventScope = {
  kind: 'event',
  reads: ['intensity'],
  partOf: (match) => match.events[0]!,
  orderOf: () => 0,
  matchEvent(ix, i, emit) {
    if (exceeds(ix.events[i]!.intensity, ix.settings.therapy.maxIntensity)) emit({ type: 'intensity-over-limit', events: [i] }, 0);
  },
};

import type { WindowScope } from '../analysis/rule-scope';
import { reaches, withinLimit } from '../analysis/tolerance';

/** Beyond this window the rule is cheaper re-run whole than tracked event by event. */
const WIDEST_TRACKED = 256;

/** no-recovery: a match anchored at the peak reads the next `recoveryWithin` events (and, in its message, whether the story ends first). */
export const noRecoveryScope: WindowScope = {
  kind: 'window',
  reads: ['time', 'intensity', 'tags'],
  partOf: (match) => match.events[0]!,
  orderOf: () => 0,
  span(ix) {
    const within = ix.settings.therapy.recoveryWithin;
    if (!Number.isFinite(within) || within > WIDEST_TRACKED) return undefined;
    // The message also reads whether the next event exists ("the story ends before...").
    return { back: 0, ahead: Math.max(1, Math.floor(within)) };
  },
  matchEvent(ix, e, emit) {
    const { peakIntensity, recoveryWithin, recoveryIntensity } = ix.settings.therapy;
    if (!reaches(ix.events[e]!.intensity, peakIntensity)) return;
    const r = ix.rank[e]!;
    // The first recovery after the peak must lie within the window (conflict-rules.md, rule 12).
    for (let s = r + 1; s < ix.n && s - r <= recoveryWithin; s++) {
      const next = ix.events[ix.timeline[s]!]!;
      if (withinLimit(next.intensity, recoveryIntensity) || next.tags.includes('recovery')) return;
    }
    emit({ type: 'no-recovery', events: [e] }, 0);
  },
};

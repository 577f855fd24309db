import type { EventScope } from '../analysis/rule-scope';
import { carriedThemePosition } from './timeline/positions';

/** avoided-theme reads one event's themes: one partition per event, one match per avoided theme it carries. */
export const avoidedThemeScope: EventScope = {
  kind: 'event',
  reads: ['themes'],
  partOf: (match) => match.events[0]!,
  orderOf(match, ix) {
    const s = match.subjects![0]!;
    return s.kind === 'theme' ? carriedThemePosition(ix.events[match.events[0]!]!, s.theme) : 0;
  },
  matchEvent(ix, i, emit) {
    const avoid = ix.settings.therapy.avoid;
    if (avoid.length === 0) return;
    const themes = ix.events[i]!.themes;
    let position = 0;
    for (const x in themes) {
      if (!(themes[x]! > 0)) continue;
      if (avoid.includes(x)) emit({ type: 'avoided-theme', events: [i], subjects: [{ kind: 'theme', theme: x }] }, position);
      position++;
    }
  },
};

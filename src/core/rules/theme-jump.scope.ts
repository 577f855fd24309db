import type { KeyScope } from '../analysis/rule-scope';
import { exceeds } from '../analysis/tolerance';
import { carriedThemePosition } from './timeline/positions';

/** theme-jump: per growth theme, the events carrying it. */
export const themeJumpScope: KeyScope = {
  kind: 'key',
  reads: ['time', 'themes'],
  motivated: false,
  partOf(match) {
    const s = match.subjects![0]!;
    return s.kind === 'theme' ? s.theme : '';
  },
  orderOf(match, ix) {
    const s = match.subjects![0]!;
    return s.kind === 'theme' ? carriedThemePosition(ix.events[match.events[1]!]!, s.theme) : 0;
  },
  keysOf(e, ix) {
    const keys: string[] = [];
    for (const g in e.themes) if (e.themes[g]! > 0 && ix.settings.growth.includes(g)) keys.push(g);
    return keys;
  },
  matchKey(ix, g, members, emit) {
    const limit = ix.settings.thresholds.themeJump;
    let p = -1;
    let from = 0;
    for (const q of members) {
      const e = ix.events[q]!;
      const to = e.themes[g]!;
      if (p >= 0 && exceeds(to - from, limit)) {
        emit({ type: 'theme-jump', events: [p, q], subjects: [{ kind: 'theme', theme: g }] }, carriedThemePosition(e, g));
      }
      p = q;
      from = to;
    }
  },
};

import { eventLabel } from '../analysis/event-label';
import { exceeds } from '../analysis/tolerance';
import type { Rule } from '../analysis/rule';
import { themeLevel } from './timeline/theme-level';
import { listWords } from './timeline/names';
import { themeTable } from './timeline/theme-table';
import { subjectsOf } from './timeline/subjects';

/**
 * theme-jump (rule 10): for a growth theme g, two consecutive events carrying g where the
 * later one raises g by more than `themeJump` (growth should be earned step by step).
 */
export const themeJumpRule: Rule = {
  type: 'theme-jump',
  severity: 0.4,

  detect(ix, emit) {
    const growth = ix.settings.growth;
    const limit = ix.settings.thresholds.themeJump;
    const { start, theme, level, idOf, names } = themeTable(ix);
    // Per theme number, whether it is a growth theme, and the last entry (event and level) carrying it.
    const isGrowth = new Uint8Array(names.length);
    for (const g of growth) {
      const id = idOf.get(g);
      if (id !== undefined) isGrowth[id] = 1;
    }
    const lastEvent = new Int32Array(names.length).fill(-1);
    const lastLevel = new Float64Array(names.length);
    const { timeline } = ix;
    for (let r = 0; r < ix.n; r++) {
      const q = timeline[r]!;
      for (let k = start[q]!; k < start[q + 1]!; k++) {
        const g = theme[k]!;
        if (isGrowth[g] === 0) continue;
        const p = lastEvent[g]!;
        const from = lastLevel[g]!;
        lastEvent[g] = q;
        lastLevel[g] = level[k]!;
        if (p >= 0 && exceeds(level[k]! - from, limit)) {
          emit({ type: 'theme-jump', events: [p, q], subjects: [{ kind: 'theme', theme: names[g]! }] });
        }
      }
    }
  },

  describe(match, ix) {
    const [p, q] = match.events;
    const before = ix.events[p!]!;
    const after = ix.events[q!]!;
    const limit = ix.settings.thresholds.themeJump;
    const themes = subjectsOf(match, 'theme').map((s) => s.theme);
    if (themes.length === 1) {
      const g = themes[0]!;
      return (
        `The growth theme ${g} jumps from ${themeLevel(before, g)} in ${eventLabel(ix, p!)} ` +
        `to ${themeLevel(after, g)} in ${eventLabel(ix, q!)}, more than the allowed step of ${limit}.`
      );
    }
    const jumps = listWords(themes.map((g) => `${g} (${themeLevel(before, g)} to ${themeLevel(after, g)})`));
    return (
      `The growth themes ${jumps} jump between ${eventLabel(ix, p!)} and ${eventLabel(ix, q!)}, ` +
      `more than the allowed step of ${limit}.`
    );
  },
};

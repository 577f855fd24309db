import { eventLabel } from '../analysis/event-label';
import type { Rule } from '../analysis/rule';
import { listWords } from './timeline/names';
import { subjectsOf } from './timeline/subjects';
import { themeTable } from './timeline/theme-table';

/** avoided-theme (rule 14): an event carrying a theme the therapy settings say to avoid. */
export const avoidedThemeRule: Rule = {
  type: 'avoided-theme',
  severity: 0.8,

  detect(ix, emit) {
    if (ix.settings.therapy.avoid.length === 0) return;
    const { start, theme, idOf, names } = themeTable(ix);
    const avoided = new Uint8Array(names.length);
    // Themes no event carries never got a number: nothing to find.
    let anyCarried = false;
    for (const x of ix.settings.therapy.avoid) {
      const id = idOf.get(x);
      if (id === undefined) continue;
      avoided[id] = 1;
      anyCarried = true;
    }
    if (!anyCarried) return;
    const { timeline } = ix;
    for (let r = 0; r < ix.n; r++) {
      const e = timeline[r]!;
      for (let k = start[e]!; k < start[e + 1]!; k++) {
        const x = theme[k]!;
        if (avoided[x] === 1) emit({ type: 'avoided-theme', events: [e], subjects: [{ kind: 'theme', theme: names[x]! }] });
      }
    }
  },

  describe(match, ix) {
    const e = match.events[0]!;
    const themes = subjectsOf(match, 'theme').map((s) => s.theme);
    const what = themes.length === 1 ? `the theme ${themes[0]!}` : `the themes ${listWords(themes)}`;
    return `${eventLabel(ix, e)} touches ${what}, which this player's therapy settings ask to avoid.`;
  },
};

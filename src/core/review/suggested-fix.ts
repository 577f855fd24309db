import type { Conflict } from '../analysis/conflict';
import type { StoryIndex } from '../analysis/story-index';

function titleOf(ix: StoryIndex, id: string | undefined): string {
  const i = id === undefined ? undefined : ix.eventIndex.get(id);
  return i === undefined ? (id ?? '?') : `“${ix.events[i]!.title}”`;
}

/** Rounds for display: limits and sums like 0.1 + 0.4 show as 0.5, not 0.5000000000000001. */
function num(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/**
 * The fix the resolution table of conflict-rules.md suggests for a therapeutic conflict, in
 * one plain sentence with the story's own numbers. Cheap (no simulation), so a report of
 * thousands of conflicts can carry one for each; the app's ranked proposals are the exact ones.
 */
export function suggestedFix(ix: StoryIndex, c: Conflict): string {
  const t = ix.settings.therapy;
  switch (c.type) {
    case 'intensity-over-limit':
      return `Lower the intensity of ${titleOf(ix, c.events[0])} to ${num(t.maxIntensity)} or less.`;
    case 'no-recovery':
      return `Add a recovery (intensity ${num(t.recoveryIntensity)} or lower, or tagged recovery) within ${t.recoveryWithin} events after ${titleOf(ix, c.events[0])}.`;
    case 'intensity-spike': {
      const p = ix.eventIndex.get(c.events[0] ?? '');
      const allowed = p === undefined ? t.maxIntensityStep : ix.events[p]!.intensity + t.maxIntensityStep;
      return `Lower the intensity of ${titleOf(ix, c.events[1])} to ${num(allowed)}, or add a calmer step between ${titleOf(ix, c.events[0])} and it.`;
    }
    case 'avoided-theme': {
      const i = ix.eventIndex.get(c.events[0] ?? '');
      const themes = i === undefined ? [] : t.avoid.filter((a) => (ix.events[i]!.themes[a] ?? 0) > 0);
      return `Remove the avoided theme${themes.length === 1 ? '' : 's'} ${themes.join(', ')} from ${titleOf(ix, c.events[0])}.`;
    }
    default:
      return 'See the proposals for this conflict in the studio.';
  }
}

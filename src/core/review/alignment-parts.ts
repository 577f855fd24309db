import type { Conflict, ConflictType } from '../analysis/conflict';
import { damagedShare, goalCoverage as goalShare, GOAL_WEIGHT } from '../analysis/scores';
import type { StoryIndex } from '../analysis/story-index';
import { hasTherapyProfile } from '../model/therapy-profile';

export type AlignmentPartKey = 'pacing' | 'boundaries' | 'goals';

/** One part of the therapeutic alignment, explained in plain words with the conflicts behind it. */
export interface AlignmentPart {
  readonly key: AlignmentPartKey;
  readonly label: string;
  /** In [0, 1]; 1 = nothing to object to in this part; null when the story has no therapy profile (not assessed). */
  readonly score: number | null;
  /** What the part found, in a therapist's words. */
  readonly summary: string;
  /** The active conflicts behind the part (goals have none: they are a fact of the story). */
  readonly conflicts: readonly Conflict[];
}

export interface AlignmentExplained {
  /** False without a therapy profile: then nothing is scored ("not assessed"). */
  readonly assessed: boolean;
  readonly overall: number | null;
  readonly parts: readonly AlignmentPart[];
  /** How the parts make the overall score, in words. */
  readonly how: string;
}

const PACING_TYPES: readonly ConflictType[] = ['intensity-over-limit', 'no-recovery', 'intensity-spike'];

const grouped = new Intl.NumberFormat('en-US');

function count(n: number, one: string, many: string): string {
  return `${grouped.format(n)} ${n === 1 ? one : many}`;
}

function pacingSummary(ix: StoryIndex, conflicts: readonly Conflict[]): string {
  const t = ix.settings.therapy;
  const of = (type: ConflictType): number => conflicts.filter((c) => c.type === type).length;
  const found = [
    of('intensity-over-limit') > 0 && `${count(of('intensity-over-limit'), 'event goes', 'events go')} above the maximum intensity of ${t.maxIntensity}`,
    of('no-recovery') > 0 && `${count(of('no-recovery'), 'peak has', 'peaks have')} no recovery within ${count(t.recoveryWithin, 'event', 'events')}`,
    of('intensity-spike') > 0 && `${count(of('intensity-spike'), 'rise is', 'rises are')} steeper than the maximum step of ${t.maxIntensityStep}`,
  ].filter((s): s is string => typeof s === 'string');
  if (found.length === 0) return `Intensity stays within ${t.maxIntensity}, every peak is followed by a recovery, and no rise is steeper than ${t.maxIntensityStep}.`;
  return `${found.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}

function boundariesSummary(ix: StoryIndex, conflicts: readonly Conflict[]): string {
  const avoid = ix.settings.therapy.avoid;
  if (avoid.length === 0) return 'No themes are set to avoid.';
  if (conflicts.length === 0) return `No event touches an avoided theme (${avoid.join(', ')}).`;
  return `${count(conflicts.length, 'event touches', 'events touch')} an avoided theme (${avoid.join(', ')}).`;
}

function goalsSummary(ix: StoryIndex): string {
  const goals = [...new Set(ix.settings.therapy.goals)];
  if (goals.length === 0) return 'No therapeutic goals are set.';
  const carried = goals.filter((g) => ix.events.some((e) => (e.themes[g] ?? 0) > 0));
  const missing = goals.filter((g) => !carried.includes(g));
  const head = `${carried.length} of ${goals.length} goals appear in the story`;
  return missing.length === 0 ? `${head}.` : `${head}; never: ${missing.join(', ')}.`;
}

/**
 * The conflicts in story order: by the time of their earliest event, then as they came (the
 * analysis lists them by id, and "e10000" sorts before "e38" as text, so a therapist reading
 * the list would meet the story's events out of order).
 */
function inStoryOrder(ix: StoryIndex, conflicts: readonly Conflict[]): Conflict[] {
  const earliest = (c: Conflict): number => {
    let t = Infinity;
    for (const id of c.events) {
      const i = ix.eventIndex.get(id);
      if (i !== undefined) t = Math.min(t, ix.events[i]!.time);
    }
    return t;
  };
  return conflicts
    .map((c, k) => ({ c, k, t: earliest(c) }))
    .sort((a, b) => a.t - b.t || a.k - b.k)
    .map((x) => x.c);
}

/**
 * The therapeutic alignment broken into pacing (intensity over the limit, peaks without
 * recovery, spikes), boundaries (avoided themes) and goal coverage, each scored the way
 * docs/SCORES.md scores the whole, with the active conflicts behind it in story order.
 */
export function explainAlignment(ix: StoryIndex, active: readonly Conflict[]): AlignmentExplained {
  const pacingConflicts = inStoryOrder(ix, active.filter((c) => PACING_TYPES.includes(c.type)));
  const boundaryConflicts = inStoryOrder(ix, active.filter((c) => c.type === 'avoided-theme'));
  const parts: AlignmentPart[] = [
    { key: 'pacing', label: 'Pacing', score: 1 - damagedShare(ix, pacingConflicts), summary: pacingSummary(ix, pacingConflicts), conflicts: pacingConflicts },
    {
      key: 'boundaries',
      label: 'Boundaries',
      score: 1 - damagedShare(ix, boundaryConflicts),
      summary: boundariesSummary(ix, boundaryConflicts),
      conflicts: boundaryConflicts,
    },
    { key: 'goals', label: 'Goal coverage', score: goalShare(ix), summary: goalsSummary(ix), conflicts: [] },
  ];
  const assessed = hasTherapyProfile(ix.story);
  if (!assessed) for (const [i, p] of parts.entries()) parts[i] = { ...p, score: null };
  const overall = assessed ? (1 - damagedShare(ix, [...pacingConflicts, ...boundaryConflicts])) * (1 - GOAL_WEIGHT * (1 - goalShare(ix))) : null;
  const how = assessed
    ? `Pacing and boundaries together give the share of events free of therapeutic problems; goals never reached take off up to ${GOAL_WEIGHT * 100} % of it.`
    : 'Not assessed: no therapy profile. Choose a starter profile or set the limits to assess this story.';
  return { assessed, overall, parts, how };
}

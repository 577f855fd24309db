import type { StoryIndex } from '../analysis/story-index';

/** One event that carries a theme, with the theme's strength there. */
export interface ThemeHit {
  readonly id: string;
  readonly title: string;
  readonly time: number;
  readonly scale: string;
  readonly strength: number;
}

/** A theme on one scale: how many events carry it and how strongly. */
export interface ThemeOnScale {
  readonly scale: string;
  readonly label: string;
  readonly events: number;
  readonly strongest: number;
}

export type ThemeTrend = 'absent' | 'once' | 'rising' | 'falling' | 'steady';

/** Where one goal or avoided theme appears and how it develops. */
export interface ThemeTrack {
  readonly theme: string;
  /** Events carrying the theme, in timeline order. */
  readonly hits: readonly ThemeHit[];
  /** One entry per scale of the story, finest first (events 0 where it never appears). */
  readonly perScale: readonly ThemeOnScale[];
  /** Carried by some event on a scale coarser than the finest: it shapes the larger arcs, not only scenes. */
  readonly reachesCoarser: boolean;
  readonly trend: ThemeTrend;
}

export interface GoalCoverage {
  readonly goals: readonly ThemeTrack[];
  readonly avoided: readonly ThemeTrack[];
}

/** Strength change between the first and the last appearance that counts as a development, not noise. */
export const TREND_MARGIN = 0.1;

function trendOf(hits: readonly ThemeHit[]): ThemeTrend {
  if (hits.length === 0) return 'absent';
  if (hits.length === 1) return 'once';
  const change = hits[hits.length - 1]!.strength - hits[0]!.strength;
  if (change > TREND_MARGIN) return 'rising';
  if (change < -TREND_MARGIN) return 'falling';
  return 'steady';
}

function track(ix: StoryIndex, theme: string): ThemeTrack {
  const hits: ThemeHit[] = [];
  for (let r = 0; r < ix.n; r++) {
    const e = ix.events[ix.timeline[r]!]!;
    const strength = e.themes[theme] ?? 0;
    if (strength > 0) hits.push({ id: e.id, title: e.title, time: e.time, scale: e.scale, strength });
  }
  const perScale = ix.story.scales.map((s): ThemeOnScale => {
    const on = hits.filter((h) => h.scale === s.id);
    return { scale: s.id, label: s.label ?? s.id, events: on.length, strongest: on.reduce((m, h) => Math.max(m, h.strength), 0) };
  });
  const finest = ix.story.scales[0]?.id;
  return { theme, hits, perScale, reachesCoarser: hits.some((h) => h.scale !== finest), trend: trendOf(hits) };
}

/** For each goal theme and each avoided theme of the therapy profile: where it appears, how strongly, on which scales. */
export function goalCoverage(ix: StoryIndex): GoalCoverage {
  const { goals, avoid } = ix.settings.therapy;
  return { goals: [...new Set(goals)].map((g) => track(ix, g)), avoided: [...new Set(avoid)].map((a) => track(ix, a)) };
}

/** Every theme any event carries, sorted, to suggest as goals or themes to avoid. */
export function storyThemes(ix: StoryIndex): string[] {
  const themes = new Set<string>();
  for (const e of ix.events) for (const [t, v] of Object.entries(e.themes)) if (v > 0) themes.add(t);
  return [...themes].sort();
}

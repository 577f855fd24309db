import {
  DEFAULT_GROWTH_THEMES,
  DEFAULT_OPPOSITES,
  DEFAULT_SCALES,
  DEFAULT_SCALE_DECAY,
  DEFAULT_THERAPY,
  DEFAULT_THRESHOLDS,
} from './defaults';
import type { Story, TherapySettings, Thresholds } from './story';

export interface OppositePair {
  readonly a: string;
  readonly b: string;
  readonly bridges: readonly string[];
}

/** Everything the rules need to know about a story's configuration, defaults applied. */
export interface ResolvedSettings {
  readonly thresholds: Thresholds;
  readonly therapy: TherapySettings;
  /** Default pairs followed by the story's own. */
  readonly opposites: readonly OppositePair[];
  readonly growth: readonly string[];
  /** decay[i] is the ripple decay of scale index i. */
  readonly decay: readonly number[];
}

/** The default scale list is recognised by its ids, so a story that spells it out gets the spec's decays. */
function isDefaultScaleList(ids: readonly string[]): boolean {
  return ids.length === DEFAULT_SCALES.length && ids.every((id, i) => id === DEFAULT_SCALES[i]?.id);
}

/** Ripple decay per scale: the spec's four values for the default scales, else linear 0.7 to 0.99. */
export function scaleDecays(scaleIds: readonly string[]): number[] {
  if (isDefaultScaleList(scaleIds)) return [...DEFAULT_SCALE_DECAY];
  const k = scaleIds.length;
  if (k <= 1) return scaleIds.map(() => 0.7);
  return scaleIds.map((_, i) => 0.7 + ((0.99 - 0.7) * i) / (k - 1));
}

/** Applies the format's defaults to a story's optional settings. */
export function resolveSettings(story: Story): ResolvedSettings {
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...story.thresholds };
  const therapy: TherapySettings = { ...DEFAULT_THERAPY, ...story.therapy };
  const opposites = [...DEFAULT_OPPOSITES, ...(story.themes?.opposites ?? [])].map(
    ([a, b, bridges]): OppositePair => ({ a, b, bridges }),
  );
  const growth = [...new Set([...DEFAULT_GROWTH_THEMES, ...(story.themes?.growth ?? [])])];
  const decay = scaleDecays(story.scales.map((s) => s.id));
  return { thresholds, therapy, opposites, growth, decay };
}

import type { OppositePairSpec, Scale, StoryEvent, StoryLink, TherapySettings, Thresholds } from './story';

/** Default scales, finest first (the seed system's short/medium/long/epic terms). */
export const DEFAULT_SCALES: readonly Scale[] = [
  { id: 'scene', window: 1 },
  { id: 'arc', window: 24 },
  { id: 'world', window: 720 },
  { id: 'saga', window: 8760 },
];

export const DEFAULT_TIME_UNIT = 'hour';

export const DEFAULT_OPPOSITES: readonly OppositePairSpec[] = [
  ['hope', 'despair', ['challenge', 'loss', 'setback']],
  ['trust', 'betrayal', ['deception', 'revelation', 'conflict']],
  ['growth', 'stagnation', ['obstacle', 'doubt', 'regression']],
  ['connection', 'isolation', ['misunderstanding', 'separation', 'conflict']],
  ['courage', 'cowardice', ['fear', 'overwhelming_odds', 'trauma']],
  ['healing', 'harm', ['relapse', 'new_wound', 'complication']],
];

export const DEFAULT_GROWTH_THEMES: readonly string[] = ['healing', 'trust', 'wisdom', 'strength'];

export const DEFAULT_THRESHOLDS: Thresholds = { traitSwing: 0.5, themeJump: 0.5, gapFactor: 2 };

export const DEFAULT_THERAPY: TherapySettings = {
  maxIntensity: 0.85,
  peakIntensity: 0.7,
  recoveryWithin: 3,
  recoveryIntensity: 0.3,
  maxIntensityStep: 0.4,
  avoid: [],
  goals: [],
};

/** Per-scale decay of the impact ripple for the four default scales, finest first. */
export const DEFAULT_SCALE_DECAY: readonly number[] = [0.7, 0.85, 0.95, 0.99];

/** Defaults of the optional event fields (story-format.md, Event). */
export const EVENT_DEFAULTS = {
  duration: 0,
  intensity: 0,
} as const satisfies Partial<StoryEvent>;

/** Defaults of the optional link fields (story-format.md, Link); the id defaults to `from->to`. */
export const LINK_DEFAULTS = {
  strength: 0.5,
  kind: 'causes',
} as const satisfies Partial<StoryLink>;

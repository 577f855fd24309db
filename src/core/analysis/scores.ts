import type { Conflict } from './conflict';
import type { StoryIndex } from './story-index';

export interface Scores {
  /** 1 = no structural conflicts; see docs/SCORES.md. */
  readonly coherence: number;
  /** 1 = pacing, themes and goals fully aligned with the therapy settings; see docs/SCORES.md. */
  readonly therapeuticAlignment: number;
}

/** Placeholder until the scores module lands: replaced by the scores helper. */
export function computeScores(_ix: StoryIndex, _conflicts: readonly Conflict[]): Scores {
  return { coherence: 1, therapeuticAlignment: 1 };
}

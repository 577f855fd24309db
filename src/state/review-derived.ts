import { useMemo } from 'react';
import type { Conflict } from '../core/analysis/conflict';
import { buildStoryIndex, type StoryIndex } from '../core/analysis/story-index';
import type { Story } from '../core/model/story';
import { explainAlignment, type AlignmentExplained } from '../core/review/alignment-parts';
import { characterArc, storyCharacters, type CharacterArc } from '../core/review/character-arc';
import { goalCoverage, storyThemes, type GoalCoverage } from '../core/review/goal-coverage';
import { orphanedNoteIds } from '../core/review/notes';
import { tensionSeries, type TensionSeries } from '../core/review/tension';
import { useStore } from 'zustand';
import type { Studio } from './studio-context';

/**
 * Review mode's views of the open story, computed from the story itself (linear passes,
 * a few milliseconds at 5,000 events) and memoised per story object, so that every panel
 * of one revision shares one index.
 */
const indexes = new WeakMap<Story, StoryIndex>();

function indexOf(story: Story): StoryIndex {
  let ix = indexes.get(story);
  if (!ix) {
    ix = buildStoryIndex(story);
    indexes.set(story, ix);
  }
  return ix;
}

/** Intensity of every event in timeline order, with the therapeutic marks. */
export function useTensionSeries(s: Studio): TensionSeries {
  const story = useStore(s.document, (d) => d.story);
  return useMemo(() => tensionSeries(indexOf(story)), [story]);
}

/** Where each goal and avoided theme appears. */
export function useGoalCoverage(s: Studio): GoalCoverage {
  const story = useStore(s.document, (d) => d.story);
  return useMemo(() => goalCoverage(indexOf(story)), [story]);
}

/** Every theme the story's events carry (suggestions for goals and avoided themes). */
export function useStoryThemes(s: Studio): readonly string[] {
  const story = useStore(s.document, (d) => d.story);
  return useMemo(() => storyThemes(indexOf(story)), [story]);
}

/** The alignment in parts, given the active conflicts of the analysis (null while none is in). */
export function useAlignmentExplained(s: Studio, active: readonly Conflict[] | undefined): AlignmentExplained | null {
  const story = useStore(s.document, (d) => d.story);
  return useMemo(() => (active ? explainAlignment(indexOf(story), active) : null), [story, active]);
}

/** A character's traits and relationships over time. */
export function useCharacterArc(s: Studio, character: string): CharacterArc | null {
  const story = useStore(s.document, (d) => d.story);
  return useMemo(() => (character ? characterArc(indexOf(story), character) : null), [story, character]);
}

/** Ids of the notes whose event was deleted. */
export function useOrphanedNotes(s: Studio): ReadonlySet<string> {
  const story = useStore(s.document, (d) => d.story);
  return useMemo(() => orphanedNoteIds(story), [story]);
}

/** Every character of the story, for the arc chooser. */
export function useStoryCharacters(s: Studio): readonly string[] {
  const story = useStore(s.document, (d) => d.story);
  return useMemo(() => storyCharacters(indexOf(story)), [story]);
}

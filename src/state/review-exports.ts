/** Therapeutic review's part of the public face of src/state (review mode, notes, report), re-exported by index.ts, bound to the app's studio. */
import { useStore } from 'zustand';
import { bindToCurrent, currentStudio } from './current-studio';
import * as commands from './review-commands';
import * as derived from './review-derived';
import * as report from './review-report';
import type { ReviewState } from './review-store';

export type { ReviewState } from './review-store';

/** Reads review mode's state. */
export function useReview<T>(selector: (state: ReviewState) => T): T {
  return useStore(currentStudio().review, selector);
}

/** Review mode's state outside React. */
export const getReview = (): ReviewState => currentStudio().review.getState();

export const toggleReview = bindToCurrent(commands.toggleReview);
export const setNoteFilter = bindToCurrent(commands.setNoteFilter);
export const setArcCharacter = bindToCurrent(commands.setArcCharacter);
export const setNoteAuthor = bindToCurrent(commands.setNoteAuthor);
export const setTherapyLimit = bindToCurrent(commands.setTherapyLimit);
export const setTherapyThemes = bindToCurrent(commands.setTherapyThemes);
export const applyStarterProfile = bindToCurrent(commands.applyStarterProfile);
export const addNote = bindToCurrent(commands.addNote);
export const setNoteResolved = bindToCurrent(commands.setNoteResolved);
export const removeNote = bindToCurrent(commands.removeNote);
export const requestReport = bindToCurrent(report.requestReport);
export const useTensionSeries = bindToCurrent(derived.useTensionSeries);
export const useGoalCoverage = bindToCurrent(derived.useGoalCoverage);
export const useStoryThemes = bindToCurrent(derived.useStoryThemes);
export const useAlignmentExplained = bindToCurrent(derived.useAlignmentExplained);
export const useCharacterArc = bindToCurrent(derived.useCharacterArc);
export const useOrphanedNotes = bindToCurrent(derived.useOrphanedNotes);
export const useStoryCharacters = bindToCurrent(derived.useStoryCharacters);

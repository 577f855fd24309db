/** The demo session's part of the public face of src/state (play-through, samples), re-exported by index.ts, bound to the app's studio. */
import { useStore } from 'zustand';
import { bindToCurrent, currentStudio } from './current-studio';
import * as demoView from './demo-view-store';
import type { DemoViewState } from './demo-view-store';
import * as notices from './notices';
import * as play from './play-commands';
import * as playQueries from './play-queries';
import type { PlayStoreState } from './play-store';
import * as samples from './samples-commands';

export type { PlayStoreState } from './play-store';
export { savedPathOf, PLAYED_PATH_KEY, type SavedPath } from './play-commands';
export { playReport } from './play-report';
export type { PlayAnswer } from '../worker/play-through';
export type { PlayChoice } from '../core/play/play-choices';
export type { Conflict } from '../core/analysis/conflict';
export type { DemoViewState } from './demo-view-store';
export { sampleIdOf, type SampleInfo } from './samples-commands';

/** Reads the play-through state. */
export function usePlay<T>(selector: (state: PlayStoreState) => T): T {
  return useStore(currentStudio().play, selector);
}

/** The play-through state outside React. */
export const getPlay = (): PlayStoreState => currentStudio().play.getState();

/** Reads the demo view state. */
export function useDemoView<T>(selector: (state: DemoViewState) => T): T {
  return useStore(currentStudio().demoView, selector);
}

export const startPlay = bindToCurrent(play.startPlay);
export const stopPlay = bindToCurrent(play.stopPlay);
export const togglePlay = bindToCurrent(play.togglePlay);
export const choose = bindToCurrent(play.choose);
export const stepBack = bindToCurrent(play.stepBack);
export const restartPlay = bindToCurrent(play.restartPlay);
export const savePlayedPath = bindToCurrent(play.savePlayedPath);
export const replaySavedPath = bindToCurrent(play.replaySavedPath);
export const usePlayThrough = bindToCurrent(playQueries.usePlayThrough);
export const setShortcutsOpen = bindToCurrent(demoView.setShortcutsOpen);
export const togglePresenter = bindToCurrent(demoView.togglePresenter);
export const exitPresenter = bindToCurrent(demoView.exitPresenter);
export const showNotice = bindToCurrent(notices.notify);
export const fetchSampleIndex = bindToCurrent(samples.fetchSampleIndex);
export const openSample = bindToCurrent(samples.openSample);
export const resetSample = bindToCurrent(samples.resetSample);

/** The demo session's part of the public face of src/state (play-through, samples), re-exported by index.ts. */
export { usePlay, getPlay, type PlayStoreState } from './play-store';
export {
  startPlay,
  stopPlay,
  togglePlay,
  choose,
  stepBack,
  restartPlay,
  savePlayedPath,
  savedPathOf,
  replaySavedPath,
  PLAYED_PATH_KEY,
  type SavedPath,
} from './play-commands';
export { usePlayThrough } from './play-queries';
export { playReport } from './play-report';
export type { PlayAnswer } from '../worker/play-through';
export type { PlayChoice } from '../core/play/play-choices';
export type { Conflict } from '../core/analysis/conflict';
export { useDemoView, setShortcutsOpen, togglePresenter, exitPresenter, type DemoViewState } from './demo-view-store';
export { notify as showNotice } from './notices';
export { fetchSampleIndex, openSample, resetSample, sampleIdOf, type SampleInfo } from './samples-commands';

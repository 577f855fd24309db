/**
 * The public face of src/state: everything the UI may use. Components read state
 * through the narrow selector hooks, change it only through the commands, and get
 * worker results through the query hooks (keyed by revision).
 */
export type {
  DocumentState,
  ImpactOptionsPatch,
  ImpactView,
  ImportResult,
  LayoutKind,
  LibraryEntry,
  LibraryState,
  LibraryStatus,
  Notice,
  NoticeAction,
  NoticeKind,
  NoticesState,
  RevisionResult,
  Selection,
  ViewFilters,
  ViewPatch,
  ViewState,
} from './types';
export type {
  AnalysisView,
  LaneBand,
  LaneLayout,
  RippleDirection,
  RippleRequest,
  ScaleSummary,
  SafeFixes,
} from '../worker/protocol';
export type {
  ChangedEventField,
  ChangedEvent,
  ChangedLink,
  MovedEvent,
  PatchPreview,
  PreviewEvent,
  PreviewLink,
} from '../worker/patch-preview';
export type { Ripple, RippleReach } from '../core/ripple/ripple';
export type { Proposal } from '../core/resolutions/proposal';
export type { TimeAxis } from '../worker/time-axis';
export { DEFAULT_MIN_IMPACT } from './types';
export { timeToX, xToTime } from '../worker/time-axis';
// applyAnalysisDelta and diffAnalysis: the UI's tests make conflict lists as the worker's answers make them.
export { applyAnalysisDelta, conflictListChange, diffAnalysis, noteConflictListChange, type ConflictListChange } from '../worker/analysis-delta';

export { useShallow } from 'zustand/react/shallow';

// The studio instance: the app creates one in src/main.tsx and makes it current; every
// command and hook below acts on that one (current-studio.ts says why).
export { createStudio, startStudio, type Studio, type StudioOptions } from './studio';
export { setCurrentStudio } from './current-studio';

export { HISTORY_LIMIT } from './history';
export { IMPORT_ACCEPT, EXPORT_TEXT_FORMATS, type ImportFileResult, type ImportProgress, type RunningImport } from './import-formats';
export type { StoryChoice, StoryFileKind } from '../core/twine/story-file';
export { fileSizeProblem, megabytes, STORY_LIMITS } from './story-limits';
export { newEventId, newLinkId } from './ids';
export type { OverlayState, ProposalPreview, WhatIf } from './overlay-store';
export type { SafeFixesProgress } from './safe-fixes-progress';
export type { DismissedEntry } from './dismissed-hooks';
export type { SettingsEditResult } from './settings-commands';
export type { WorkerStatus } from './worker-status';
export type { LayeredLayoutState, LayeredProgress } from './layered-layout';
export {
  useDocument,
  useSelection,
  useView,
  useLibrary,
  useNotices,
  useOverlay,
  useSafeFixesProgress,
  useWorkerStatus,
  getDocument,
  getSelection,
  getView,
  getOverlay,
  edit,
  beginGesture,
  endGesture,
  undo,
  redo,
  editSettings,
  select,
  clearSelection,
  setView,
  importStoryText,
  exportStoryText,
  newStory,
  renameStory,
  duplicateStory,
  deleteStory,
  restoreDeletedStory,
  openStory,
  dismissConflict,
  restoreConflict,
  acceptProposal,
  acceptSafeFixes,
  cancelSafeFixes,
  insertEvent,
  linkEvents,
  removeSelection,
  dismissNotice,
  notify,
  importStoryFile,
  startImport,
  exportStoryFile,
  leaveSafeMode,
  showImpact,
  hideImpact,
  toggleImpact,
  setImpactOptions,
  hoverReach,
  previewProposal,
  setWhatIf,
  applyWhatIf,
  useWhatIfRipple,
  usePatchPreview,
  useDismissedEntries,
  useAnalysis,
  useLanes,
  useRipple,
  useProposals,
  useLayeredLayout,
} from './app-api';
export * from './demo-exports';

// Therapeutic review (review mode, notes, report): src/state/review-*.ts.
export * from './review-exports';

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

export { useShallow } from 'zustand/react/shallow';
export {
  useDocument,
  useSelection,
  useView,
  useLibrary,
  useNotices,
  getDocument,
  getSelection,
  getView,
} from './stores';

export { startStudio, type StudioOptions } from './studio';
export { queryClient } from './query-client';

export { edit, beginGesture, endGesture, undo, redo } from './document-commands';
export { editSettings, type SettingsEditResult } from './settings-commands';
export { select, clearSelection, setView } from './selection-commands';
export {
  importStoryText,
  exportStoryText,
  newStory,
  renameStory,
  duplicateStory,
  deleteStory,
  restoreDeletedStory,
  openStory,
} from './library-commands';
export { dismissConflict, restoreConflict, acceptProposal, acceptSafeFixes, cancelSafeFixes } from './conflict-commands';
export { useSafeFixesProgress, type SafeFixesProgress } from './safe-fixes-progress';
export { addEvent, addLink, deleteSelected, newEventId, newLinkId } from './authoring-commands';
export { dismissNotice } from './notices';
export { HISTORY_LIMIT } from './history';
export { fileSizeProblem, STORY_LIMITS } from './story-limits';
export { leaveSafeMode } from './safe-mode';
export { notify } from './notices';
export { importStoryFile, exportStoryFile, IMPORT_ACCEPT, EXPORT_TEXT_FORMATS, type ImportFileResult } from './import-formats';
export type { StoryChoice, StoryFileKind } from '../core/twine/story-file';
export {
  showImpact,
  hideImpact,
  toggleImpact,
  setImpactOptions,
  hoverReach,
  previewProposal,
  setWhatIf,
  applyWhatIf,
} from './impact-commands';
export { useOverlay, getOverlay, type OverlayState, type ProposalPreview, type WhatIf } from './overlay-store';
export { useWhatIfRipple, usePatchPreview } from './impact-queries';
export { useDismissedEntries, type DismissedEntry } from './dismissed-hooks';

export {
  useAnalysis,
  useLanes,
  useRipple,
  useProposals,
  useWorkerStatus,
  type WorkerStatus,
} from './queries';
export { useLayeredLayout, type LayeredLayoutState, type LayeredProgress } from './layered-layout';
export * from './demo-exports';

// Therapeutic review (review mode, notes, report): src/state/review-*.ts.
export { useReview, getReview, type ReviewState } from './review-store';
export {
  toggleReview,
  setNoteFilter,
  setArcCharacter,
  setNoteAuthor,
  setTherapyLimit,
  setTherapyThemes,
  applyStarterProfile,
  addNote,
  setNoteResolved,
  deleteNote,
} from './review-commands';
export { requestReport } from './review-report';
export {
  useTensionSeries,
  useGoalCoverage,
  useStoryThemes,
  useAlignmentExplained,
  useCharacterArc,
  useOrphanedNotes,
  useStoryCharacters,
} from './review-derived';

import { useStore } from 'zustand';
import * as authoring from './authoring-commands';
import * as conflicts from './conflict-commands';
import { bindToCurrent, currentStudio } from './current-studio';
import * as dismissed from './dismissed-hooks';
import * as documents from './document-commands';
import * as formats from './import-formats';
import * as impact from './impact-commands';
import * as impactQueries from './impact-queries';
import * as layered from './layered-layout';
import * as library from './library-commands';
import * as notices from './notices';
import type { OverlayState } from './overlay-store';
import * as queries from './queries';
import type { SafeFixesProgress } from './safe-fixes-progress';
import * as safeMode from './safe-mode';
import * as selection from './selection-commands';
import * as settings from './settings-commands';
import type { DocumentState, LibraryState, NoticesState, Selection, ViewState } from './types';
import type { WorkerStatus } from './worker-status';

/**
 * The commands and hooks of src/state bound to the app's studio (current-studio.ts):
 * the same functions tests call with a studio of their own, minus that first argument.
 */

/** Reads the open document: `useDocument((d) => d.story.title)`. */
export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(currentStudio().document, selector);
}

/** Reads the selection. */
export function useSelection<T>(selector: (state: Selection) => T): T {
  return useStore(currentStudio().selection, selector);
}

/** Reads the view settings (layout, zoom, pan, filters, impact). */
export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(currentStudio().view, selector);
}

/** Reads the story library. */
export function useLibrary<T>(selector: (state: LibraryState) => T): T {
  return useStore(currentStudio().library, selector);
}

/** Reads the notices (worker restarts, storage failures, what a command did). */
export function useNotices<T>(selector: (state: NoticesState) => T): T {
  return useStore(currentStudio().notices, selector);
}

/** Reads the transient overlays (hovered path, proposal preview, what-if). */
export function useOverlay<T>(selector: (state: OverlayState) => T): T {
  return useStore(currentStudio().overlay, selector);
}

/** A slice of the safe-fixes progress, for the Proposals panel's "Fixing… 12 conflicts left". */
export function useSafeFixesProgress<T>(selector: (s: SafeFixesProgress) => T): T {
  return useStore(currentStudio().safeFixes, selector);
}

/** Whether the worker is busy: `aria-busy` of the status bar. */
export function useWorkerStatus(): WorkerStatus {
  return useStore(currentStudio().workerStatus);
}

/** The open document outside React (event handlers). */
export const getDocument = (): DocumentState => currentStudio().document.getState();
/** The selection outside React. */
export const getSelection = (): Selection => currentStudio().selection.getState();
/** The view settings outside React. */
export const getView = (): ViewState => currentStudio().view.getState();
/** The overlays outside React. */
export const getOverlay = (): OverlayState => currentStudio().overlay.getState();

export const edit = bindToCurrent(documents.edit);
export const beginGesture = bindToCurrent(documents.beginGesture);
export const endGesture = bindToCurrent(documents.endGesture);
export const undo = bindToCurrent(documents.undo);
export const redo = bindToCurrent(documents.redo);
export const editSettings = bindToCurrent(settings.editSettings);

export const select = bindToCurrent(selection.select);
export const clearSelection = bindToCurrent(selection.clearSelection);
export const setView = bindToCurrent(selection.setView);

export const importStoryText = bindToCurrent(library.importStoryText);
export const exportStoryText = bindToCurrent(library.exportStoryText);
export const newStory = bindToCurrent(library.newStory);
export const renameStory = bindToCurrent(library.renameStory);
export const duplicateStory = bindToCurrent(library.duplicateStory);
export const deleteStory = bindToCurrent(library.deleteStory);
export const restoreDeletedStory = bindToCurrent(library.restoreDeletedStory);
export const openStory = bindToCurrent(library.openStory);
export const leaveSafeMode = bindToCurrent(safeMode.leaveSafeMode);

export const dismissConflict = bindToCurrent(conflicts.dismissConflict);
export const restoreConflict = bindToCurrent(conflicts.restoreConflict);
export const acceptProposal = bindToCurrent(conflicts.acceptProposal);
export const acceptSafeFixes = bindToCurrent(conflicts.acceptSafeFixes);
export const cancelSafeFixes = bindToCurrent(conflicts.cancelSafeFixes);

export const insertEvent = bindToCurrent(authoring.insertEvent);
export const linkEvents = bindToCurrent(authoring.linkEvents);
export const removeSelection = bindToCurrent(authoring.removeSelection);

export const dismissNotice = bindToCurrent(notices.dismissNotice);
export const notify = bindToCurrent(notices.notify);

export const importStoryFile = bindToCurrent(formats.importStoryFile);
export const startImport = bindToCurrent(formats.startImport);
export const exportStoryFile = bindToCurrent(formats.exportStoryFile);

export const showImpact = bindToCurrent(impact.showImpact);
export const hideImpact = bindToCurrent(impact.hideImpact);
export const toggleImpact = bindToCurrent(impact.toggleImpact);
export const setImpactOptions = bindToCurrent(impact.setImpactOptions);
export const hoverReach = bindToCurrent(impact.hoverReach);
export const previewProposal = bindToCurrent(impact.previewProposal);
export const setWhatIf = bindToCurrent(impact.setWhatIf);
export const applyWhatIf = bindToCurrent(impact.applyWhatIf);

export const useWhatIfRipple = bindToCurrent(impactQueries.useWhatIfRipple);
export const usePatchPreview = bindToCurrent(impactQueries.usePatchPreview);
export const useDismissedEntries = bindToCurrent(dismissed.useDismissedEntries);
export const useAnalysis = bindToCurrent(queries.useAnalysis);
export const useLanes = bindToCurrent(queries.useLanes);
export const useRipple = bindToCurrent(queries.useRipple);
export const useProposals = bindToCurrent(queries.useProposals);
export const useLayeredLayout = bindToCurrent(layered.useLayeredLayout);

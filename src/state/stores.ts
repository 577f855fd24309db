import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { emptyStory } from './empty-story';
import type { DocumentState, LibraryState, NoticesState, Selection, ViewState } from './types';

/**
 * The studio's state lives in five small vanilla stores, so that commands can run
 * (and be tested) without React, and components subscribe to exactly the slice they read.
 */

export const EMPTY_SELECTION: Selection = { events: [], links: [], conflictId: null };

export const DEFAULT_VIEW: ViewState = {
  layout: 'lanes',
  zoom: 1,
  pan: { x: 0, y: 0 },
  filters: { text: '', character: '', theme: '', conflictsOnly: false },
  impact: null,
};

function initialDocument(): DocumentState {
  return { storyKey: '', story: emptyStory(), revision: 0, version: 0, canUndo: false, canRedo: false };
}

export const documentStore: StoreApi<DocumentState> = createStore<DocumentState>(() => initialDocument());
export const selectionStore: StoreApi<Selection> = createStore<Selection>(() => EMPTY_SELECTION);
export const viewStore: StoreApi<ViewState> = createStore<ViewState>(() => DEFAULT_VIEW);
function initialLibrary(): LibraryState {
  return { stories: [], activeKey: '', status: 'loading', savedVersion: 0, pendingWrites: 0 };
}

export const libraryStore: StoreApi<LibraryState> = createStore<LibraryState>(() => initialLibrary());
export const noticesStore: StoreApi<NoticesState> = createStore<NoticesState>(() => ({ notices: [] }));

/** Puts every store back to its first-start state (tests, and a fresh start after a failed boot). */
export function resetStores(): void {
  documentStore.setState(initialDocument(), true);
  selectionStore.setState(EMPTY_SELECTION, true);
  viewStore.setState(DEFAULT_VIEW, true);
  libraryStore.setState(initialLibrary(), true);
  noticesStore.setState({ notices: [] }, true);
}

/** Reads the open document: `useDocument((d) => d.story.title)`. */
export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(documentStore, selector);
}

/** Reads the selection. */
export function useSelection<T>(selector: (state: Selection) => T): T {
  return useStore(selectionStore, selector);
}

/** Reads the view settings (layout, zoom, pan, filters, impact). */
export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(viewStore, selector);
}

/** Reads the story library. */
export function useLibrary<T>(selector: (state: LibraryState) => T): T {
  return useStore(libraryStore, selector);
}

/** Reads the notices (worker restarts, storage failures, what a command did). */
export function useNotices<T>(selector: (state: NoticesState) => T): T {
  return useStore(noticesStore, selector);
}

/** The open document outside React (event handlers). */
export function getDocument(): DocumentState {
  return documentStore.getState();
}

/** The selection outside React. */
export function getSelection(): Selection {
  return selectionStore.getState();
}

/** The view settings outside React. */
export function getView(): ViewState {
  return viewStore.getState();
}

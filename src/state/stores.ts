import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyStory } from './empty-story';
import type { DocumentState, LibraryState, NoticesState, Selection, ViewState } from './types';

/**
 * The studio's state lives in small vanilla stores, so that commands can run (and be
 * tested) without React, and components subscribe to exactly the slice they read.
 * Each studio (studio.ts) creates its own set: nothing here is shared between studios.
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

function initialLibrary(): LibraryState {
  return { stories: [], activeKey: '', status: 'loading', savedVersion: 0, pendingWrites: 0, snapshotVersion: 0 };
}

/** The five stores of the document, selection, view, library and notices. */
export interface CoreStores {
  readonly document: StoreApi<DocumentState>;
  readonly selection: StoreApi<Selection>;
  readonly view: StoreApi<ViewState>;
  readonly library: StoreApi<LibraryState>;
  readonly notices: StoreApi<NoticesState>;
}

/** A fresh set of stores in their first-start state. */
export function createCoreStores(): CoreStores {
  return {
    document: createStore<DocumentState>(() => initialDocument()),
    selection: createStore<Selection>(() => EMPTY_SELECTION),
    view: createStore<ViewState>(() => DEFAULT_VIEW),
    library: createStore<LibraryState>(() => initialLibrary()),
    notices: createStore<NoticesState>(() => ({ notices: [] })),
  };
}

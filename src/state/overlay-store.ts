import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { EditOp } from '../core/edits/edit-op';
import { documentStore } from './stores';

/** A hypothetical edit whose ripple the Impact panel previews; never applied unless the user applies it. */
export interface WhatIf {
  /** What the user sees, e.g. "Storm → Flood at strength 0.9". */
  readonly label: string;
  readonly ops: readonly EditOp[];
}

/** The proposal whose patch the canvas shows as a ghost diff (hovered or focused in the Proposals panel). */
export interface ProposalPreview {
  readonly proposalId: string;
  readonly patch: readonly EditOp[];
}

/**
 * Transient overlays on the canvas and panels: not part of the document, not saved,
 * forgotten when another story opens.
 */
export interface OverlayState {
  /** A reached event whose best path is highlighted (hovered in the Impact panel or on the canvas). */
  readonly hoveredReach: string | null;
  readonly preview: ProposalPreview | null;
  readonly whatIf: WhatIf | null;
}

const EMPTY_OVERLAY: OverlayState = { hoveredReach: null, preview: null, whatIf: null };

export const overlayStore: StoreApi<OverlayState> = createStore<OverlayState>(() => EMPTY_OVERLAY);

// Overlays belong to the story they were made on.
documentStore.subscribe((d, prev) => {
  if (d.storyKey !== prev.storyKey) overlayStore.setState(EMPTY_OVERLAY, true);
});

/** Reads the transient overlays (hovered path, proposal preview, what-if). */
export function useOverlay<T>(selector: (state: OverlayState) => T): T {
  return useStore(overlayStore, selector);
}

/** The overlays outside React. */
export function getOverlay(): OverlayState {
  return overlayStore.getState();
}

/** Forgets every overlay. */
export function clearOverlays(): void {
  overlayStore.setState(EMPTY_OVERLAY, true);
}

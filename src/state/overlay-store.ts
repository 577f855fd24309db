import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EditOp } from '../core/edits/edit-op';
import type { Studio } from './studio-context';

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

export const EMPTY_OVERLAY: OverlayState = { hoveredReach: null, preview: null, whatIf: null };

/** The overlay store of a studio; it forgets every overlay when another story opens (studio.ts subscribes that). */
export function createOverlayStore(): StoreApi<OverlayState> {
  return createStore<OverlayState>(() => EMPTY_OVERLAY);
}

/** Forgets every overlay. */
export function clearOverlays(s: Studio): void {
  s.overlay.setState(EMPTY_OVERLAY, true);
}

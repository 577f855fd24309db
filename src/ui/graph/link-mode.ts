import { create } from 'zustand';

/**
 * "Link from selected" on the canvas: while a source is set, the next node clicked
 * becomes the link's target. Purely a UI mode, so it lives here, not in src/state.
 */
interface LinkModeState {
  readonly source: string | null;
}

export const useLinkMode = create<LinkModeState>(() => ({ source: null }));

/** Starts drawing a link from an event (the next node clicked is the target). */
export function startLinkFrom(eventId: string): void {
  useLinkMode.setState({ source: eventId });
}

/** Leaves link mode without adding anything. */
export function cancelLinkMode(): void {
  useLinkMode.setState({ source: null });
}

/** The event a link is being drawn from, or null. */
export function linkSource(): string | null {
  return useLinkMode.getState().source;
}

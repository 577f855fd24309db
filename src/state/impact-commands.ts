import { edit } from './document-commands';
import { clearOverlays, overlayStore, type ProposalPreview, type WhatIf } from './overlay-store';
import { selectionStore, viewStore } from './stores';
import { DEFAULT_MIN_IMPACT, type ImpactOptionsPatch, type ImpactView } from './types';

/** Shows the ripple of an event; direction, minimum impact and depth carry over from the ripple shown before. */
export function showImpact(sourceId: string): void {
  const before = viewStore.getState().impact;
  const next: ImpactView = {
    sourceId,
    direction: before?.direction ?? 'forward',
    minImpact: before?.minImpact ?? DEFAULT_MIN_IMPACT,
    ...(before?.maxHops !== undefined ? { maxHops: before.maxHops } : {}),
  };
  if (before?.sourceId !== sourceId) clearOverlays();
  viewStore.setState({ impact: next });
}

/** Hides the ripple (and any what-if made on it). */
export function hideImpact(): void {
  clearOverlays();
  viewStore.setState({ impact: null });
}

/**
 * Show impact for the one selected event, or hide it when it is already shown for
 * that event. False (nothing happens) unless exactly one event is selected.
 */
export function toggleImpact(): boolean {
  const { events } = selectionStore.getState();
  if (events.length !== 1) return false;
  const id = events[0]!;
  if (viewStore.getState().impact?.sourceId === id) hideImpact();
  else showImpact(id);
  return true;
}

/** Changes how the shown ripple is computed: direction, minimum impact, depth (`maxHops: null` = no limit). */
export function setImpactOptions(patch: ImpactOptionsPatch): void {
  const impact = viewStore.getState().impact;
  if (!impact) return;
  const { maxHops, ...rest } = patch;
  const { maxHops: oldHops, ...kept } = impact;
  const hops = maxHops === undefined ? oldHops : (maxHops ?? undefined);
  viewStore.setState({ impact: { ...kept, ...rest, ...(hops !== undefined ? { maxHops: hops } : {}) } });
}

/** Highlights the best path to a reached event (null: none). */
export function hoverReach(eventId: string | null): void {
  if (overlayStore.getState().hoveredReach !== eventId) overlayStore.setState({ hoveredReach: eventId });
}

/** Shows a proposal's patch as a ghost diff on the canvas (null: none). */
export function previewProposal(preview: ProposalPreview | null): void {
  const now = overlayStore.getState().preview;
  if (now?.proposalId === preview?.proposalId && now?.patch === preview?.patch) return;
  overlayStore.setState({ preview });
}

/** Previews the ripple after a hypothetical edit (null: back to the real ripple). The story is not changed. */
export function setWhatIf(whatIf: WhatIf | null): void {
  overlayStore.setState({ whatIf });
}

/** Makes the previewed what-if real: one undoable step. False when there is none or it no longer applies. */
export function applyWhatIf(): boolean {
  const whatIf = overlayStore.getState().whatIf;
  if (!whatIf) return false;
  const ok = edit(whatIf.ops, whatIf.label);
  if (ok) overlayStore.setState({ whatIf: null });
  return ok;
}

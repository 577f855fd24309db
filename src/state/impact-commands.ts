import { edit } from './document-commands';
import { clearOverlays, type ProposalPreview, type WhatIf } from './overlay-store';
import type { Studio } from './studio-context';
import { DEFAULT_MIN_IMPACT, type ImpactOptionsPatch, type ImpactView } from './types';

/** Shows the ripple of an event; direction, minimum impact and depth carry over from the ripple shown before. */
export function showImpact(s: Studio, sourceId: string): void {
  const before = s.view.getState().impact;
  const next: ImpactView = {
    sourceId,
    direction: before?.direction ?? 'forward',
    minImpact: before?.minImpact ?? DEFAULT_MIN_IMPACT,
    ...(before?.maxHops !== undefined ? { maxHops: before.maxHops } : {}),
  };
  if (before?.sourceId !== sourceId) clearOverlays(s);
  s.view.setState({ impact: next });
}

/** Hides the ripple (and any what-if made on it). */
export function hideImpact(s: Studio): void {
  clearOverlays(s);
  s.view.setState({ impact: null });
}

/**
 * Show impact for the one selected event, or hide it when it is already shown for
 * that event. False (nothing happens) unless exactly one event is selected.
 */
export function toggleImpact(s: Studio): boolean {
  const { events } = s.selection.getState();
  if (events.length !== 1) return false;
  const id = events[0]!;
  if (s.view.getState().impact?.sourceId === id) hideImpact(s);
  else showImpact(s, id);
  return true;
}

/** Changes how the shown ripple is computed: direction, minimum impact, depth (`maxHops: null` = no limit). */
export function setImpactOptions(s: Studio, patch: ImpactOptionsPatch): void {
  const impact = s.view.getState().impact;
  if (!impact) return;
  const { maxHops, ...rest } = patch;
  const { maxHops: oldHops, ...kept } = impact;
  const hops = maxHops === undefined ? oldHops : (maxHops ?? undefined);
  s.view.setState({ impact: { ...kept, ...rest, ...(hops !== undefined ? { maxHops: hops } : {}) } });
}

/** Highlights the best path to a reached event (null: none). */
export function hoverReach(s: Studio, eventId: string | null): void {
  if (s.overlay.getState().hoveredReach !== eventId) s.overlay.setState({ hoveredReach: eventId });
}

/** Shows a proposal's patch as a ghost diff on the canvas (null: none). */
export function previewProposal(s: Studio, preview: ProposalPreview | null): void {
  const now = s.overlay.getState().preview;
  if (now?.proposalId === preview?.proposalId && now?.patch === preview?.patch) return;
  s.overlay.setState({ preview });
}

/** Previews the ripple after a hypothetical edit (null: back to the real ripple). The story is not changed. */
export function setWhatIf(s: Studio, whatIf: WhatIf | null): void {
  s.overlay.setState({ whatIf });
}

/** Makes the previewed what-if real: one undoable step. False when there is none or it no longer applies. */
export function applyWhatIf(s: Studio): boolean {
  const whatIf = s.overlay.getState().whatIf;
  if (!whatIf) return false;
  const ok = edit(s, whatIf.ops, whatIf.label);
  if (ok) s.overlay.setState({ whatIf: null });
  return ok;
}

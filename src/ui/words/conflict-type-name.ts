import type { ConflictType } from '../../core/analysis/conflict';

/**
 * A rule's name as the studio shows it: "Causal cycle", "Exited character". Written out
 * in one place so the Conflicts panel, the proposals, the dismissed list and play all
 * name a rule alike (CSS capitalisation turned "exited-character" into "Exited-Character").
 */
export function conflictTypeName(type: ConflictType): string {
  const words = type.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

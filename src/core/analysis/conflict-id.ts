import type { ConflictType } from './conflict';

/** FNV-1a, 32 bit: a short deterministic digest for conflicts with many events. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The stable id of a conflict: derived only from its identity (type and event set),
 * so it survives re-analysis and edits elsewhere in the story.
 */
export function conflictId(type: ConflictType, eventIds: readonly string[]): string {
  const key = [...eventIds].sort().map(encodeURIComponent).join('+');
  return key.length <= 96 ? `${type}:${key}` : `${type}:${eventIds.length}:${fnv1a(key)}`;
}

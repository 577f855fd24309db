import type { PatchPreview } from '../../state';

const quote = (title: string): string => `“${title}”`;

function when(time: number): string {
  return Number.isInteger(time) ? String(time) : time.toFixed(2);
}

/**
 * A proposal's patch in words, one line per change, for the Proposals panel: the
 * same diff the canvas draws as ghosts, readable without the canvas.
 */
export function patchSummary(p: PatchPreview, titleOf: (id: string) => string): string[] {
  const lines: string[] = [];
  // Added events are not in the story yet: their titles come from the preview itself.
  const added = new Map(p.addedEvents.map((e) => [e.id, e.title]));
  const name = (id: string): string => added.get(id) ?? titleOf(id);
  for (const e of p.addedEvents) lines.push(`Adds event ${quote(e.title)} (${e.scale}, at ${when(e.time)})`);
  for (const m of p.movedEvents) {
    const parts: string[] = [];
    if (m.from.time !== m.to.time) parts.push(`from ${when(m.from.time)} to ${when(m.to.time)}`);
    if (m.from.scale !== m.to.scale) parts.push(`from scale ${m.from.scale} to ${m.to.scale}`);
    lines.push(`Moves ${quote(m.title)} ${parts.join(', ')}`);
  }
  for (const c of p.changedEvents) lines.push(`Changes ${c.fields.join(', ')} of ${quote(c.title)}`);
  for (const e of p.removedEvents) lines.push(`Removes event ${quote(e.title)}`);
  for (const l of p.addedLinks) lines.push(`Adds link ${quote(name(l.from))} → ${quote(name(l.to))}`);
  for (const l of p.changedLinks) {
    const what =
      l.before.kind !== l.after.kind
        ? `kind ${l.before.kind} → ${l.after.kind}`
        : `strength ${l.before.strength.toFixed(2)} → ${l.after.strength.toFixed(2)}`;
    lines.push(`Changes link ${quote(name(l.from))} → ${quote(name(l.to))}: ${what}`);
  }
  for (const l of p.removedLinks) lines.push(`Removes link ${quote(name(l.from))} → ${quote(name(l.to))}`);
  return lines;
}

import type { Conflict } from '../analysis/conflict';
import type { StoryIndex } from '../analysis/story-index';
import type { EditOp } from '../edits/edit-op';
import type { Story, StoryEvent, StoryLink } from '../model/story';
import type { Candidate, ProposalKind } from './proposal';

/** What every generator gets: the story, its index and the conflict to resolve. */
export interface GeneratorContext {
  readonly story: Story;
  readonly ix: StoryIndex;
  readonly conflict: Conflict;
}

/** A generator of candidate patches for one conflict type. */
export type Generator = (ctx: GeneratorContext) => Candidate[];

/** Builds a candidate; a small helper so generators read as a list of proposals. */
export function candidate(kind: ProposalKind, description: string, patch: readonly EditOp[]): Candidate {
  return { kind, description, patch };
}

/** Index of an event of the conflict; generators only see conflicts of the indexed story. */
export function eventIdx(ctx: GeneratorContext, id: string): number {
  const i = ctx.ix.eventIndex.get(id);
  if (i === undefined) throw new Error(`conflict ${ctx.conflict.id} names unknown event ${id}`);
  return i;
}

/** The conflict's events as indices, in timeline order (earlier first). */
export function eventsInTimeline(ctx: GeneratorContext): number[] {
  return ctx.conflict.events.map((id) => eventIdx(ctx, id)).sort((a, b) => ctx.ix.rank[a]! - ctx.ix.rank[b]!);
}

/** The conflict's links, in story order; links no longer present are skipped. */
export function conflictLinks(ctx: GeneratorContext): StoryLink[] {
  const wanted = new Set(ctx.conflict.links);
  // A conflict's links run between its events: their outgoing links are all there is to look at.
  const found: number[] = [];
  for (const id of new Set(ctx.conflict.events)) {
    const i = ctx.ix.eventIndex.get(id);
    if (i === undefined) continue;
    for (let k = ctx.ix.outStart[i]!; k < ctx.ix.outStart[i + 1]!; k++) if (wanted.has(ctx.ix.links[ctx.ix.outLinks[k]!]!.id)) found.push(ctx.ix.outLinks[k]!);
  }
  return found.sort((a, b) => a - b).map((j) => ctx.ix.links[j]!);
}

/** Window of the scale at index s. */
export function windowAt(ctx: GeneratorContext, s: number): number {
  return ctx.story.scales[s]?.window ?? 1;
}

/** How descriptions name an event: its title in quotes. */
export function named(e: StoryEvent): string {
  return `"${e.title}"`;
}

/** A number as descriptions show it: at most four decimals, no trailing zeros. */
export function fmt(n: number): string {
  return String(Number(n.toFixed(4)));
}

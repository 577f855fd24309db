import type { Effect, StoryEvent } from '../../model/story';
import { candidate, eventsInTimeline, fmt, named, windowAt, type GeneratorContext } from '../context';
import { fittingIntensity, blockPosition, midpoint, newEvent, nudgeUp } from '../placement';
import type { Candidate } from '../proposal';
import { addLink, characterName, eventIds, insertOps, linkIds, listNames } from './shared';

type Changes = (before: Effect, after: Effect, ctx: GeneratorContext) => boolean;

const POSITIVE = new Set(['ally', 'friend']);
const NEGATIVE = new Set(['rival', 'enemy']);

/** Some trait of the character swings by more than the threshold. */
const traitSwings: Changes = (before, after, ctx) =>
  Object.entries(after.traits ?? {}).some(([t, v]) => {
    const old = before.traits?.[t];
    return old !== undefined && Math.abs(v - old) > ctx.ix.settings.thresholds.traitSwing;
  });

/** Some relationship of the character flips between positive and negative. */
const relationshipFlips: Changes = (before, after) =>
  Object.entries(after.relationships ?? {}).some(([d, v]) => {
    const old = before.relationships?.[d];
    return old !== undefined && ((POSITIVE.has(old) && NEGATIVE.has(v)) || (NEGATIVE.has(old) && POSITIVE.has(v)));
  });

/** The characters whose change between p and q needs a motive. */
function changingCharacters(ctx: GeneratorContext, p: StoryEvent, q: StoryEvent, changes: Changes): string[] {
  const both = Object.keys(q.effects).filter((c) => p.effects[c] !== undefined);
  const found = both.filter((c) => changes(p.effects[c]!, q.effects[c]!, ctx));
  if (found.length > 0) return found;
  const fromSubjects = ctx.conflict.subjects.flatMap((s) => (s.kind === 'trait' || s.kind === 'relationship' ? [s.character] : []));
  return fromSubjects.length > 0 ? [...new Set(fromSubjects)] : both;
}

/**
 * The latest event from p up to (not including) q in which all the characters
 * take part: a link from it to q motivates the change (p itself counts).
 */
function latestWitness(ctx: GeneratorContext, p: number, q: number, chars: readonly string[]): number | undefined {
  const { ix } = ctx;
  for (let r = ix.rank[q]! - 1; r >= ix.rank[p]!; r--) {
    const j = ix.timeline[r]!;
    if (chars.every((c) => ix.events[j]!.participants.includes(c))) return j;
  }
  return undefined;
}

function motivate(ctx: GeneratorContext, changes: Changes, what: string): Candidate[] {
  const { ix } = ctx;
  const [p, q] = eventsInTimeline(ctx);
  if (p === undefined || q === undefined) return [];
  const before = ix.events[p]!;
  const after = ix.events[q]!;
  const chars = changingCharacters(ctx, before, after, changes);
  if (chars.length === 0) return [];
  const who = listNames(chars.map((c) => characterName(ctx, c)));
  const out: Candidate[] = [];

  // One scale finer than the changed event at most: no scale jump, and scene-level motives need no support.
  const scale = Math.max(0, ix.scaleIdx[q]! - 1);
  const limit = ix.settings.thresholds.gapFactor * windowAt(ctx, scale);
  const late = Math.min(ix.time[q]!, Math.max(midpoint(ix.time[p]!, ix.time[q]!), ix.time[q]! - limit));
  const t = nudgeUp(late, (x) => !(ix.time[q]! - x > limit), ix.time[q]!);
  const pos = blockPosition(ix, p, q, [t]);
  const id = eventIds(ctx).take(`${after.id}-motive`);
  const motive = newEvent({
    id,
    title: `Motive: ${after.title}`,
    scale: ctx.story.scales[scale]!.id,
    time: t,
    participants: chars,
    intensity: fittingIntensity(ix, t, pos),
  });
  out.push(
    candidate(
      'insert-motivating-event',
      `Insert an event with ${who} at t=${fmt(t)}, between ${named(before)} and ${named(after)}, that motivates ${what} in ${named(after)}.`,
      [...insertOps([{ pos, events: [motive] }]), addLink(linkIds(ctx), id, after.id, 0.5, 'motivates')],
    ),
  );

  const witness = latestWitness(ctx, p, q, chars);
  if (witness !== undefined) {
    const m = ix.events[witness]!;
    out.push(
      candidate('link-motivating-event', `Link ${named(m)} to ${named(after)} as the motive for ${what}.`, [
        addLink(linkIds(ctx), m.id, after.id, 0.5, 'motivates'),
      ]),
    );
  }
  return out;
}

/** trait-swing: give the swing a motive, by a new event with the character or a link from one already there. */
export function traitSwing(ctx: GeneratorContext): Candidate[] {
  return motivate(ctx, traitSwings, 'the change of heart');
}

/** relationship-flip: give the flip a motive, by a new event with the character or a link from one already there. */
export function relationshipFlip(ctx: GeneratorContext): Candidate[] {
  return motivate(ctx, relationshipFlips, 'the turn in the relationship');
}

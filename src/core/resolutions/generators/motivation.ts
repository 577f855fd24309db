import type { Effect, StoryEvent } from '../../model/story';
import { candidate, eventsInTimeline, fmt, named, windowAt, type GeneratorContext } from '../context';
import { COST_WEIGHTS } from '../cost';
import { fittingIntensity, blockPosition, midpoint, newEvent } from '../placement';
import type { Candidate } from '../proposal';
import { addLink, characterName, descendants, eventIds, insertOps, linkIds, listNames } from './shared';

/** What declaring P its own motive is charged on top of its link: a motivating event with its two links, plus one. */
const SELF_MOTIVE_SURCHARGE = COST_WEIGHTS.addEvent + 2 * COST_WEIGHTS.addLink + 1;

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

/**
 * The finest scale a motive for Q can have without a scale jump into Q, its time
 * window and, when that scale needs support (idx >= 1), an earlier event one scale
 * finer to cause it: close enough for no causal gap, not one of Q's consequences
 * (that would close a loop), sharing a character when one does, the latest first.
 */
function motivePlacement(ctx: GeneratorContext, p: number, q: number, chars: readonly string[]): { scale: number; time: number; cause?: number } {
  const { ix } = ctx;
  const g = ix.settings.thresholds.gapFactor;
  const scale = Math.max(0, ix.scaleIdx[q]! - 1);
  const tq = ix.time[q]!;
  // Between P and Q, close enough to Q for no causal gap on the motive's link, as late as that asks and at least at the midpoint.
  const lo = Math.max(ix.time[p]!, tq - g * windowAt(ctx, scale));
  const wanted = Math.min(tq, Math.max(midpoint(ix.time[p]!, tq), lo));
  if (scale === 0) return { scale, time: wanted };
  const reach = g * windowAt(ctx, scale - 1);
  const below = descendants(ix, q);
  let best: { j: number; shares: boolean } | undefined;
  for (let r = ix.rank[q]! - 1; r >= 0; r--) {
    const j = ix.timeline[r]!;
    if (ix.time[j]! + reach < lo) break;
    if (ix.scaleIdx[j] !== scale - 1 || below.has(j) || ix.time[j]! > tq) continue;
    const shares = chars.some((c) => ix.events[j]!.participants.includes(c));
    if (!best || (shares && !best.shares)) best = { j, shares };
    if (shares) break;
  }
  const tc = best === undefined ? undefined : ix.time[best.j]!;
  const time = tc === undefined ? wanted : Math.min(tq, tc + reach, Math.max(wanted, tc));
  // Without a cause in reach the motive still makes an option, one that leaves it unsupported.
  return best !== undefined && time >= lo ? { scale, time, cause: best.j } : { scale, time: wanted };
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

  const place = motivePlacement(ctx, p, q, chars);
  const { time: t, cause } = place;
  const pos = blockPosition(ix, cause !== undefined && ix.time[cause]! === t && ix.rank[cause]! > ix.rank[p]! ? cause : p, q, [t]);
  const id = eventIds(ctx).take(`${after.id}-motive`);
  const motive = newEvent({
    id,
    title: `Motive: ${after.title}`,
    scale: ctx.story.scales[place.scale]!.id,
    time: t,
    participants: [...chars],
    intensity: fittingIntensity(ix, t, pos),
  });
  const links = linkIds(ctx);
  const causeLink = cause === undefined ? [] : [addLink(links, ix.events[cause]!.id, id, 0.5, 'causes')];
  const because = cause === undefined ? '' : `, caused by ${named(ix.events[cause]!)}`;
  out.push(
    candidate(
      'insert-motivating-event',
      `Insert an event with ${who} at t=${fmt(t)}, between ${named(before)} and ${named(after)}${because}, that motivates ${what} in ${named(after)}.`,
      [...insertOps([{ pos, events: [motive] }]), ...causeLink, addLink(links, id, after.id, 0.5, 'motivates')],
    ),
  );

  const witness = latestWitness(ctx, p, q, chars);
  if (witness !== undefined) {
    const m = ix.events[witness]!;
    const link = [addLink(linkIds(ctx), m.id, after.id, 0.5, 'motivates')];
    out.push(
      witness === p
        ? {
            ...candidate(
              'link-motivating-event',
              `Declare ${named(m)} itself the motive for ${what} in ${named(after)}, by a link between the two; no event shows what changed.`,
              link,
            ),
            // Cheap in data but it leaves the motive unwritten: it ranks below inserting a real one.
            surcharge: SELF_MOTIVE_SURCHARGE,
          }
        : candidate('link-motivating-event', `Link ${named(m)} to ${named(after)} as the motive for ${what}.`, link),
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

import { ops } from '../../edits/ops';
import type { Generator, GeneratorContext } from '../context';
import { fmt, named } from '../context';
import { neighboursAt, nudgeDown, nudgeUp, tidyWithin, timelineAfter, timelineBefore } from '../placement';
import type { Candidate } from '../proposal';

/**
 * The intensity event i needs at time t so that it neither spikes from its new
 * timeline predecessor nor makes its new successor spike, nearest its own; undefined
 * when its own already fits or no value fits both.
 */
export function refitIntensity(ctx: GeneratorContext, i: number, t: number): number | undefined {
  const { ix } = ctx;
  const step = ix.settings.therapy.maxIntensityStep;
  let { prev, next } = neighboursAt(ix, t, i);
  // The event itself still sits at its old place in the index; it is next to the new place when it shows up.
  if (prev === i) prev = timelineBefore(ix, i);
  if (next === i) next = timelineAfter(ix, i);
  const own = ix.events[i]!.intensity;
  const a = prev === undefined ? undefined : ix.events[prev]!.intensity;
  const b = next === undefined ? undefined : ix.events[next]!.intensity;
  const fromPrev = (v: number): boolean => a === undefined || !(v - a > step);
  const toNext = (v: number): boolean => b === undefined || !(b - v > step);
  if (fromPrev(own) && toNext(own)) return undefined;
  const hi = a === undefined ? 1 : nudgeDown(Math.min(1, a + step), fromPrev, 0);
  const lo = b === undefined ? 0 : nudgeUp(Math.max(0, b - step), toNext, 1);
  if (lo > hi) return undefined;
  const tidy = tidyWithin(Math.min(hi, Math.max(lo, own)), lo, hi);
  if (fromPrev(tidy) && toNext(tidy)) return tidy;
  const exact = Math.min(hi, Math.max(lo, own));
  return fromPrev(exact) && toNext(exact) ? exact : undefined;
}

/**
 * Moving an event gives it new timeline neighbours, and its intensity may spike
 * against them. For each candidate that only moves one event, also offers the move
 * with the intensity set to fit the new neighbours (appended, so the ids of the
 * plain candidates stay as they were).
 */
export function withRefits(generate: Generator): Generator {
  return (ctx) => {
    const plain = generate(ctx);
    const extra: Candidate[] = [];
    for (const c of plain) {
      const [op] = c.patch;
      if (c.patch.length !== 1 || op?.kind !== 'set-event-field' || op.field !== 'time' || typeof op.value !== 'number') continue;
      const i = ctx.ix.eventIndex.get(op.eventId);
      if (i === undefined) continue;
      const v = refitIntensity(ctx, i, op.value);
      if (v === undefined) continue;
      const e = ctx.ix.events[i]!;
      extra.push({
        kind: c.kind,
        description: `${c.description.replace(/\.$/, '')}, and set the intensity of ${named(e)} to ${fmt(v)} to fit its new neighbours.`,
        patch: [op, ops.setEventField(e.id, 'intensity', v)],
      });
    }
    return [...plain, ...extra];
  };
}

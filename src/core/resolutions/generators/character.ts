import type { EditOp } from '../../edits/edit-op';
import { ops } from '../../edits/ops';
import { candidate, eventsInTimeline, fmt, named, windowAt, type GeneratorContext } from '../context';
import { midpoint, nudgeDown, timelineBefore } from '../placement';
import type { Candidate } from '../proposal';
import { characterName, listNames } from './shared';

/** Characters that exit in e and still take part in f, with nothing between them changing whether they are alive. */
function exitedCharacters(ctx: GeneratorContext, e: number, f: number): string[] {
  const { ix } = ctx;
  const exit = ix.events[e]!;
  const later = ix.events[f]!;
  const gone = later.participants.filter(
    (c) => exit.effects[c]?.alive === false && later.effects[c]?.alive !== true,
  );
  const precise = gone.filter((c) => {
    for (let p = ix.rank[e]! + 1; p < ix.rank[f]!; p++) {
      if (ix.events[ix.timeline[p]!]!.effects[c]?.alive !== undefined) return false;
    }
    return true;
  });
  return precise.length > 0 ? precise : gone;
}

/**
 * A time that puts f just before e in the timeline: e's own time when f comes
 * first in the file (ties keep file order), else between e and its predecessor,
 * at most one window of f's scale earlier.
 */
function justBefore(ctx: GeneratorContext, e: number, f: number): number {
  const { ix } = ctx;
  const te = ix.time[e]!;
  if (f < e) return te;
  let t = te - windowAt(ctx, ix.scaleIdx[f]!);
  const pred = timelineBefore(ix, e, f);
  if (pred !== undefined && ix.time[pred]! < te) {
    const mid = midpoint(ix.time[pred]!, te);
    t = Math.max(t, mid < te ? mid : ix.time[pred]!);
  }
  return t < te ? t : nudgeDown(te, (x) => x < te, -Number.MAX_VALUE);
}

/** The first time after event i's time at which something else happens, if any. */
function nextMoment(ctx: GeneratorContext, i: number): number | undefined {
  const { ix } = ctx;
  for (let p = ix.rank[i]! + 1; p < ix.n; p++) {
    const t = ix.time[ix.timeline[p]!]!;
    if (t > ix.time[i]!) return t;
  }
  return undefined;
}

/** exited-character: take the character out of the later event, or move that event before the exit. */
export function exitedCharacter(ctx: GeneratorContext): Candidate[] {
  const [e, f] = eventsInTimeline(ctx);
  if (e === undefined || f === undefined) return [];
  const exit = ctx.ix.events[e]!;
  const later = ctx.ix.events[f]!;
  const chars = exitedCharacters(ctx, e, f);
  const who = listNames(chars.map((c) => characterName(ctx, c)));
  const t = justBefore(ctx, e, f);
  const move = candidate('move-before-exit', `Move ${named(later)} to t=${fmt(t)}, before ${named(exit)}.`, [
    ops.setEventField(later.id, 'time', t),
  ]);
  if (chars.length === 0) return [move];
  return [
    candidate(
      'remove-participant',
      `Remove ${who}, who left the story in ${named(exit)}, from ${named(later)}.`,
      chars.map((character): EditOp => ({ kind: 'remove-participant', eventId: later.id, character })),
    ),
    move,
  ];
}

/**
 * bilocation: move the later event to when the earlier one ends, shorten the
 * earlier one, give both the same location, or take the shared characters out
 * of the later event.
 */
export function bilocation(ctx: GeneratorContext): Candidate[] {
  const { ix } = ctx;
  const [p, q] = eventsInTimeline(ctx);
  if (p === undefined || q === undefined) return [];
  const first = ix.events[p]!;
  const second = ix.events[q]!;
  const shared = second.participants.filter((c) => first.participants.includes(c));
  const who = listNames(shared.map((c) => characterName(ctx, c)));
  const out: Candidate[] = [];

  const end = first.time + first.duration;
  let t = end;
  if (!(end > first.time)) {
    // No duration to wait out: step to halfway towards the next moment of the timeline.
    const later = nextMoment(ctx, p);
    t = later !== undefined ? midpoint(first.time, later) : first.time + windowAt(ctx, ix.scaleIdx[q]!);
    if (!(t > first.time)) t = first.time + windowAt(ctx, ix.scaleIdx[q]!);
  }
  out.push(
    candidate('move-after-end', `Move ${named(second)} to t=${fmt(t)}, after ${named(first)} ends.`, [
      ops.setEventField(second.id, 'time', t),
    ]),
  );

  if (first.duration > 0 && first.time < second.time) {
    const d = nudgeDown(second.time - first.time, (x) => !(first.time + x > second.time));
    out.push(
      candidate('shorten-duration', `Shorten ${named(first)} to end at t=${fmt(first.time + d)}, when ${named(second)} begins.`, [
        ops.setEventField(first.id, 'duration', d),
      ]),
    );
  }

  if (first.location !== undefined) {
    out.push(
      candidate('same-location', `Set the location of ${named(second)} to ${first.location}, where ${named(first)} happens.`, [
        ops.setEventField(second.id, 'location', first.location),
      ]),
    );
  }
  if (second.location !== undefined) {
    out.push(
      candidate('same-location', `Set the location of ${named(first)} to ${second.location}, where ${named(second)} happens.`, [
        ops.setEventField(first.id, 'location', second.location),
      ]),
    );
  }
  if (shared.length > 0) {
    out.push(
      candidate('remove-participant', `Remove ${who} from ${named(second)}, who is still at ${named(first)}.`,
        shared.map((character): EditOp => ({ kind: 'remove-participant', eventId: second.id, character })),
      ),
    );
  }
  return out;
}

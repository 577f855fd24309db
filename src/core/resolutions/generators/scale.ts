import type { EditOp } from '../../edits/edit-op';
import type { StoryEvent, StoryLink } from '../../model/story';
import { candidate, conflictLinks, eventIdx, named, windowAt, type GeneratorContext } from '../context';
import { fittingIntensity, blockPosition, newEvent, peakBefore, type IdAllocator } from '../placement';
import type { Candidate } from '../proposal';
import { addLink, byDirection, descendants, eventIds, inherited, insertOps, linkIds, listNames, removeLinkOps, type InsertBlock } from './shared';
import { marksFor, type VisitMarks } from '../../graph/visit-marks';

/**
 * Where a chain sits between its ends within the gap limits: an even share of the
 * time, or as early or as late as the limits allow. Several placements are offered
 * because a bridge landing right after a peak can push the peak's recovery out of
 * reach, while one elsewhere does not.
 */
export type Lean = 'even' | 'early' | 'late';

/**
 * Bridge times from x towards y: each hop no longer than its cause's gap limit
 * allows (x's for the first, the previous bridge's after that) and the last within
 * the last bridge's limit of y, so the chain adds no causal gap where one can be
 * avoided; within that, an even share of the time left.
 */
export function bridgeTimes(ctx: GeneratorContext, x: number, y: number, scales: readonly number[], lean: Lean = 'even'): number[] {
  const g = ctx.ix.settings.thresholds.gapFactor;
  const reach = (s: number): number => g * windowAt(ctx, s);
  const end = ctx.ix.time[y]!;
  const n = scales.length;
  // Bridge k must be late enough that the rest of the chain can still reach y.
  const earliest: number[] = new Array<number>(n);
  let bound = end - reach(scales[n - 1]!);
  for (let k = n - 1; k >= 0; k--) {
    earliest[k] = bound;
    if (k > 0) bound -= reach(scales[k - 1]!);
  }
  const times: number[] = [];
  let t = ctx.ix.time[x]!;
  let prevScale = ctx.ix.scaleIdx[x]!;
  scales.forEach((s, k) => {
    const left = end - t;
    if (left > 0) {
      const lo = Math.max(t, earliest[k]!);
      const hi = Math.min(end, t + reach(prevScale));
      t = lean === 'late' ? hi : lean === 'early' ? lo : Math.min(hi, Math.max(lo, t + left / (n - k + 1)));
    }
    times.push(t);
    prevScale = s;
  });
  return times;
}

/**
 * The characters of the cause whose change in the effect the link may motivate
 * (conflict-rules.md, motivated): the bridge next to the effect takes part in their
 * stead, so rerouting the link takes no motive away.
 */
export function motiveCarriers(cause: StoryEvent, effect: StoryEvent): string[] {
  return cause.participants.filter((c) => Object.hasOwn(effect.effects, c));
}

/** Most bridges added at one scale so that a chain spans its time without a causal gap. */
const MAX_REPEATS = 4;

/**
 * When one bridge per skipped scale cannot span the time between the ends without
 * a causal gap (each hop reaches gapFactor windows of its cause's scale), repeats
 * the coarsest bridge (at `coarsest`, so scales still step by one) as often as
 * that takes, if that is at most MAX_REPEATS times; failing that, on a chain that
 * climbs, adds bridges at the effect's own scale before the effect (no jump either).
 */
function addRepeats(ctx: GeneratorContext, scales: number[], sx: number, sy: number, span: number, coarsest: number): void {
  if (scales.length === 0 || !(span > 0)) return;
  const g = ctx.ix.settings.thresholds.gapFactor;
  const reach = g * (windowAt(ctx, sx) + scales.reduce((sum, s) => sum + windowAt(ctx, s), 0));
  if (span <= reach) return;
  const needed = Math.ceil((span - reach) / (g * windowAt(ctx, scales[coarsest]!)));
  if (needed <= MAX_REPEATS) {
    scales.splice(coarsest, 0, ...Array.from({ length: needed }, () => scales[coarsest]!));
    return;
  }
  const atEffect = Math.ceil((span - reach) / (g * windowAt(ctx, sy)));
  if (sy > sx && atEffect <= MAX_REPEATS) scales.push(...Array.from({ length: atEffect }, () => sy));
}

/** One chain of bridging events for the links x -> y, one event per intermediate scale. */
function bridgeChain(
  ctx: GeneratorContext,
  links: readonly StoryLink[],
  evIds: IdAllocator,
  lnIds: IdAllocator,
  lean: Lean,
  asRecovery = false,
): { block: InsertBlock; links: EditOp[]; afterPeak?: StoryEvent } {
  const xi = eventIdx(ctx, links[0]!.from);
  const yi = eventIdx(ctx, links[0]!.to);
  const x = ctx.ix.events[xi]!;
  const y = ctx.ix.events[yi]!;
  const sx = ctx.ix.scaleIdx[xi]!;
  const sy = ctx.ix.scaleIdx[yi]!;
  const dir = sy > sx ? 1 : -1;
  const scales: number[] = [];
  for (let s = sx + dir; s !== sy; s += dir) scales.push(s);
  addRepeats(ctx, scales, sx, sy, ctx.ix.time[yi]! - ctx.ix.time[xi]!, dir > 0 ? scales.length - 1 : 0);
  const times = bridgeTimes(ctx, xi, yi, scales, lean);
  const pos = blockPosition(ctx.ix, xi, yi, times);
  let afterPeak: StoryEvent | undefined;
  const events: StoryEvent[] = scales.map((s, k) => {
    const scale = ctx.story.scales[s]!.id;
    const title = scales.length === 1 ? `Bridge: ${x.title} → ${y.title}` : `Bridge (${scale}): ${x.title} → ${y.title}`;
    const intensity = fittingIntensity(ctx.ix, times[k]!, pos);
    // A bridge right after a peak that cannot be calm (the next event would spike) pushes the
    // peak's recovery out of reach; tagged a recovery itself, it keeps the peak answered.
    const peak = intensity > ctx.ix.settings.therapy.recoveryIntensity ? peakBefore(ctx.ix, times[k]!, pos) : undefined;
    if (peak !== undefined) afterPeak ??= ctx.ix.events[peak];
    return newEvent({
      id: evIds.take(`${x.id}-bridge`),
      title,
      scale,
      time: times[k]!,
      participants: k === scales.length - 1 ? motiveCarriers(x, y) : [],
      intensity,
      ...(asRecovery && peak !== undefined ? { tags: ['recovery'] } : {}),
    });
  });
  const { strength, kind } = inherited(links);
  const path = [x.id, ...events.map((e) => e.id), y.id];
  const linkOps = path.slice(1).map((to, k) => addLink(lnIds, path[k]!, to, strength, kind));
  // A chain that descends starts below the cause's scale: the first bridge needs a finer cause of its own.
  const first = events[0];
  if (first && dir < 0) {
    const j = finerSupport(ctx, xi, yi, sx + dir, times[0]!);
    if (j !== undefined) linkOps.push(addLink(lnIds, ctx.ix.events[j]!.id, first.id, 0.5, 'causes'));
  }
  return { block: { pos, events }, links: linkOps, ...(afterPeak ? { afterPeak } : {}) };
}

const ANCESTOR_MARKS = new WeakMap<object, VisitMarks>();

/** Whether x or one of its ancestors sits at a scale finer than s (conflict-rules.md, unsupported-arc). */
function hasFinerAncestor(ix: GeneratorContext['ix'], x: number, s: number): boolean {
  const seen = marksFor(ANCESTOR_MARKS, ix, ix.n);
  const stack = [x];
  seen.mark(x);
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (ix.scaleIdx[u]! < s) return true;
    for (let k = ix.inStart[u]!; k < ix.inStart[u + 1]!; k++) {
      const v = ix.linkFrom[ix.inLinks[k]!]!;
      if (!seen.has(v)) {
        seen.mark(v);
        stack.push(v);
      }
    }
  }
  return false;
}

/**
 * A cause for a bridge at scale s and time t when x gives it no finer ancestor: the
 * latest event one scale finer, no later than t and within its gap limit of t, that
 * is not one of y's consequences (a loop), sharing a participant with x when one does.
 */
function finerSupport(ctx: GeneratorContext, x: number, y: number, s: number, t: number): number | undefined {
  const { ix } = ctx;
  if (s < 1 || hasFinerAncestor(ix, x, s)) return undefined;
  const below = descendants(ix, y);
  const reach = ix.settings.thresholds.gapFactor * windowAt(ctx, s - 1);
  const people = new Set(ix.events[x]!.participants);
  let fallback: number | undefined;
  for (let p = ix.n - 1; p >= 0; p--) {
    const j = ix.timeline[p]!;
    if (ix.time[j]! > t) continue;
    if (t - ix.time[j]! > reach) break;
    if (below.has(j) || ix.scaleIdx[j] !== s - 1) continue;
    if (ix.events[j]!.participants.some((c) => people.has(c))) return j;
    fallback ??= j;
  }
  return fallback;
}

/** scale-jump: route the link through one bridging event per skipped scale. */
export function scaleJump(ctx: GeneratorContext): Candidate[] {
  const links = conflictLinks(ctx);
  const groups = byDirection(links);
  if (groups.length === 0) return [];
  const first = links[0]!;
  const x = ctx.ix.events[eventIdx(ctx, first.from)]!;
  const y = ctx.ix.events[eventIdx(ctx, first.to)]!;
  const out = LEANS.map((lean) => bridgeCandidate(ctx, links, groups, lean, x, y, false));
  const recovery = bridgeCandidate(ctx, links, groups, 'even', x, y, true);
  if (recovery) out.push(recovery);
  return out.filter((c): c is Candidate => c !== undefined);
}

const LEANS: readonly Lean[] = ['even', 'late', 'early'];

function bridgeCandidate(
  ctx: GeneratorContext,
  links: readonly StoryLink[],
  groups: readonly StoryLink[][],
  lean: Lean,
  x: StoryEvent,
  y: StoryEvent,
  asRecovery: boolean,
): Candidate | undefined {
  const evIds = eventIds(ctx);
  const lnIds = linkIds(ctx);
  const chains = groups.map((g) => bridgeChain(ctx, g, evIds, lnIds, lean, asRecovery));
  const peak = chains.find((c) => c.afterPeak)?.afterPeak;
  if (asRecovery && !peak) return undefined;
  const bridges = chains.flatMap((c) => c.block.events);
  const distinctScales = [...new Set(bridges.map((e) => e.scale))];
  const scales = listNames(distinctScales);
  const what =
    bridges.length === 1
      ? `a bridging ${scales} event`
      : distinctScales.length === 1
        ? `${bridges.length} bridging ${scales} events`
        : `${bridges.length} bridging events at the ${scales} scales`;
  const where = lean === 'late' ? ` just before ${named(y)}` : lean === 'early' ? ` just after ${named(x)}` : ` between ${named(x)} and ${named(y)}`;
  const it = bridges.length === 1 ? 'it' : 'them';
  const calm = asRecovery && peak ? `, as a recovery after ${named(peak)},` : '';
  return candidate(
    'insert-bridge-event',
    `Insert ${what}${where}${calm} and route the link through ${it}.`,
    [...removeLinkOps(links), ...insertOps(chains.map((c) => c.block)), ...chains.flatMap((c) => c.links)],
  );
}

/**
 * Earlier, finer events that could support e without closing a loop, best
 * first: sharing a participant, then close enough in time for no causal gap,
 * then one scale finer (no scale jump); the latest first within each class.
 */
function supporters(ctx: GeneratorContext, ei: number): number[] {
  const { ix } = ctx;
  const below = descendants(ctx.ix, ei);
  const people = new Set(ix.events[ei]!.participants);
  const se = ix.scaleIdx[ei]!;
  const g = ix.settings.thresholds.gapFactor;
  // Beyond this much earlier no finer event is close enough in time any more.
  let nearest = 0;
  for (let s = 0; s < se; s++) nearest = Math.max(nearest, g * windowAt(ctx, s));
  const found: { j: number; key: number }[] = [];
  // The two best keys so far: the scan can stop once nothing earlier can beat the second
  // (among equal keys the later event, found first, stays ahead).
  let first = -1;
  let second = -1;
  for (let p = ix.rank[ei]! - 1; p >= 0; p--) {
    const j = ix.timeline[p]!;
    if (second >= 4 + 1 + (ix.time[ei]! - ix.time[j]! > nearest ? 0 : 2)) break;
    if (below.has(j) || ix.scaleIdx[j]! >= se) continue;
    const shares = ix.events[j]!.participants.some((c) => people.has(c)) ? 4 : 0;
    const near = ix.time[ei]! - ix.time[j]! > g * windowAt(ctx, ix.scaleIdx[j]!) ? 0 : 2;
    const adjacent = ix.scaleIdx[j] === se - 1 ? 1 : 0;
    const key = shares + near + adjacent;
    found.push({ j, key });
    if (key > first) {
      second = first;
      first = key;
    } else if (key > second) second = key;
  }
  // Stable sort: within a class the timeline scan order (latest first) stays.
  found.sort((a, b) => b.key - a.key);
  const best = found.slice(0, 2);
  // Never offer a stranger when someone who shares a participant exists.
  return best.filter((f) => f.key >= 4 || (best[0]?.key ?? 0) < 4).map((f) => f.j);
}

/** unsupported-arc: link the event from an earlier, finer event (one sharing a participant when possible), or mark it a premise. */
export function unsupportedArc(ctx: GeneratorContext): Candidate[] {
  const ei = eventIdx(ctx, ctx.conflict.events[0]!);
  const e = ctx.ix.events[ei]!;
  const people = new Set(e.participants);
  const out = supporters(ctx, ei).map((j) => {
    const x = ctx.ix.events[j]!;
    const shared = x.participants.filter((c) => people.has(c));
    const why = shared.length > 0 ? `an earlier ${x.scale} event with ${listNames(shared)}` : `an earlier ${x.scale} event`;
    return candidate('link-from-finer-event', `Link ${named(e)} from ${named(x)}, ${why}.`, [
      addLink(linkIds(ctx), x.id, e.id, 0.5, 'causes'),
    ]);
  });
  out.push(
    candidate('mark-premise', `Mark ${named(e)} as a premise of the story, true from the start.`, [
      { kind: 'add-tag', eventId: e.id, tag: 'premise' },
    ]),
  );
  return out;
}

import type { EditOp } from '../../edits/edit-op';
import { ops } from '../../edits/ops';
import { candidate, conflictLinks, eventIdx, fmt, named, windowAt, type GeneratorContext } from '../context';
import { fittingIntensity, blockPosition, midpoint, newEvent, nudgeDown, nudgeUp } from '../placement';
import type { Candidate } from '../proposal';
import { bridgeTimes, motiveCarriers, type Lean } from './scale';
import { addLink, byDirection, eventIds, inherited, insertOps, linkIds, removeLinkOps } from './shared';

/** temporal-paradox: move the effect to its cause's time, move the cause back, or drop the link. */
export function temporalParadox(ctx: GeneratorContext): Candidate[] {
  const links = conflictLinks(ctx);
  const first = links[0];
  if (!first) return [];
  const a = ctx.ix.events[eventIdx(ctx, first.from)]!;
  const b = ctx.ix.events[eventIdx(ctx, first.to)]!;
  const moveEffect: EditOp = ops.setEventField(b.id, 'time', a.time);
  const moveCause: EditOp = ops.setEventField(a.id, 'time', b.time);
  return [
    candidate(
      'move-effect-after-cause',
      `Move ${named(b)} to t=${fmt(a.time)}, the time of its cause ${named(a)}.`,
      [moveEffect],
    ),
    candidate(
      'move-cause-before-effect',
      `Move ${named(a)} back to t=${fmt(b.time)}, the time of its effect ${named(b)}.`,
      [moveCause],
    ),
    candidate('remove-link', `Remove the link from ${named(a)} to ${named(b)}.`, removeLinkOps(links)),
  ];
}

/**
 * The finest scale at which one event between a and b keeps both hops within
 * the gap limit, preferring scales next to both ends (no new scale jump).
 */
function intermediate(ctx: GeneratorContext, a: number, b: number): { scale: number; time: number } | undefined {
  const g = ctx.ix.settings.thresholds.gapFactor;
  const ta = ctx.ix.time[a]!;
  const tb = ctx.ix.time[b]!;
  const limitA = g * windowAt(ctx, ctx.ix.scaleIdx[a]!);
  const near = (s: number): boolean =>
    Math.abs(s - ctx.ix.scaleIdx[a]!) <= 1 && Math.abs(s - ctx.ix.scaleIdx[b]!) <= 1;
  const scales = ctx.story.scales.map((_, s) => s);
  const preferred = [...scales.filter(near), ...scales.filter((s) => !near(s))];
  for (const s of preferred) {
    const limitS = g * windowAt(ctx, s);
    const lo = Math.max(ta, tb - limitS);
    const hi = Math.min(tb, ta + limitA);
    if (lo > hi) continue;
    const t = midpoint(lo, hi);
    if (!(t - ta > limitA) && !(tb - t > limitS)) return { scale: s, time: t };
  }
  return undefined;
}

/** Most events of an intermediate chain. */
const MAX_CHAIN = 5;

/**
 * When no single intermediate event next to both ends' scales spans the gap: the
 * fewest events (at most MAX_CHAIN) at the coarsest scale next to both ends whose
 * hops all fit their gap limits, so the chain adds neither a gap nor a scale jump.
 */
function intermediateChain(ctx: GeneratorContext, a: number, b: number): { scale: number; times: number[] } | undefined {
  const { ix } = ctx;
  const sa = ix.scaleIdx[a]!;
  const sb = ix.scaleIdx[b]!;
  const top = Math.min(sa, sb) + 1;
  const scale = Math.min(top, ctx.story.scales.length - 1);
  if (Math.abs(scale - sa) > 1 || Math.abs(scale - sb) > 1) return undefined;
  const g = ix.settings.thresholds.gapFactor;
  const span = ix.time[b]! - ix.time[a]!;
  const n = Math.max(1, Math.ceil((span - g * windowAt(ctx, sa)) / (g * windowAt(ctx, scale))));
  if (!(span > 0) || n > MAX_CHAIN) return undefined;
  return { scale, times: bridgeTimes(ctx, a, b, Array.from({ length: n }, () => scale)) };
}

/**
 * When neither fits: a chain that climbs one scale per hop from the cause to the
 * first scale from which the time can be spanned, then steps down one scale per
 * hop to the effect, so no hop jumps a scale and none exceeds its cause's gap
 * limit. The lowest such summit; undefined when none fits.
 */
export function summitChain(ctx: GeneratorContext, a: number, b: number, lean: Lean = 'even'): { scales: number[]; times: number[] } | undefined {
  const { ix } = ctx;
  const sa = ix.scaleIdx[a]!;
  const sb = ix.scaleIdx[b]!;
  const g = ix.settings.thresholds.gapFactor;
  const ta = ix.time[a]!;
  const tb = ix.time[b]!;
  if (!(tb > ta)) return undefined;
  for (let c = Math.max(sa, sb); c < ctx.story.scales.length; c++) {
    // The whole path sa, ..., c, ..., sb; the chain is its inner part.
    const path: number[] = [];
    for (let s = sa; s <= c; s++) path.push(s);
    for (let s = c - 1; s >= sb; s--) path.push(s);
    const scales = path.slice(1, -1);
    if (scales.length === 0 || scales.length > MAX_CHAIN) continue;
    const times = bridgeTimes(ctx, a, b, scales, lean);
    const at = [ta, ...times, tb];
    const fits = path.slice(0, -1).every((s, k) => !(at[k + 1]! - at[k]! > g * windowAt(ctx, s)) && at[k + 1]! >= at[k]!);
    if (fits) return { scales, times };
  }
  return undefined;
}

/**
 * causal-gap: move the effect back within the cause's window, move the cause
 * forward, or insert an intermediate event that carries the cause across the gap.
 */
export function causalGap(ctx: GeneratorContext): Candidate[] {
  const groups = byDirection(conflictLinks(ctx));
  const links = groups[0];
  const first = links?.[0];
  if (!links || !first) return [];
  const ai = eventIdx(ctx, first.from);
  const bi = eventIdx(ctx, first.to);
  const a = ctx.ix.events[ai]!;
  const b = ctx.ix.events[bi]!;
  const limit = ctx.ix.settings.thresholds.gapFactor * windowAt(ctx, ctx.ix.scaleIdx[ai]!);
  const unit = ctx.story.timeUnit;
  const out: Candidate[] = [];

  const earlier = nudgeDown(a.time + limit, (t) => !(t - a.time > limit), a.time);
  out.push(
    candidate(
      'move-effect-earlier',
      `Move ${named(b)} earlier to t=${fmt(earlier)}, within ${fmt(limit)} ${unit}s of its cause ${named(a)}.`,
      [ops.setEventField(b.id, 'time', earlier)],
    ),
  );
  const later = nudgeUp(b.time - limit, (t) => !(b.time - t > limit), b.time);
  out.push(
    candidate(
      'move-cause-later',
      `Move ${named(a)} later to t=${fmt(later)}, within ${fmt(limit)} ${unit}s of its effect ${named(b)}.`,
      [ops.setEventField(a.id, 'time', later)],
    ),
  );

  const step = intermediate(ctx, ai, bi);
  const near = (s: number): boolean => Math.abs(s - ctx.ix.scaleIdx[ai]!) <= 1 && Math.abs(s - ctx.ix.scaleIdx[bi]!) <= 1;
  const chain = step && near(step.scale) ? undefined : intermediateChain(ctx, ai, bi);
  if (chain) {
    const scale = ctx.story.scales[chain.scale]!.id;
    const pos = blockPosition(ctx.ix, ai, bi, chain.times);
    const evIds = eventIds(ctx);
    const events = chain.times.map((t, k) =>
      newEvent({
        id: evIds.take(`${a.id}-meanwhile`),
        title: `Meanwhile ${k + 1}: ${a.title} → ${b.title}`,
        scale,
        time: t,
        participants: k === chain.times.length - 1 ? motiveCarriers(a, b) : [],
        intensity: fittingIntensity(ctx.ix, t, pos),
      }),
    );
    const ids = linkIds(ctx);
    const { strength, kind } = inherited(links);
    const path = [a.id, ...events.map((e) => e.id), b.id];
    out.push(
      candidate(
        'insert-intermediate-event',
        `Insert ${events.length} ${scale} events between ${named(a)} and ${named(b)} and route the link through them.`,
        [...removeLinkOps(links), ...insertOps([{ pos, events }]), ...path.slice(1).map((to, k) => addLink(ids, path[k]!, to, strength, kind))],
      ),
    );
  }
  // Spread evenly, then as late as the limits allow: where the events land decides which neighbours they could spike against.
  const leans: readonly Lean[] = step && near(step.scale) ? [] : ['even', 'late'];
  for (const lean of leans) {
    const summit = summitChain(ctx, ai, bi, lean);
    if (!summit) continue;
    const pos = blockPosition(ctx.ix, ai, bi, summit.times);
    const evIds = eventIds(ctx);
    const events = summit.times.map((t, k) =>
      newEvent({
        id: evIds.take(`${a.id}-meanwhile`),
        title: `Meanwhile ${k + 1}: ${a.title} → ${b.title}`,
        scale: ctx.story.scales[summit.scales[k]!]!.id,
        time: t,
        participants: k === summit.times.length - 1 ? motiveCarriers(a, b) : [],
        intensity: fittingIntensity(ctx.ix, t, pos),
      }),
    );
    const ids = linkIds(ctx);
    const { strength, kind } = inherited(links);
    const path = [a.id, ...events.map((e) => e.id), b.id];
    const top = ctx.story.scales[Math.max(...summit.scales)]!.id;
    out.push(
      candidate(
        'insert-intermediate-event',
        `Insert ${events.length === 1 ? `${/^[aeiou]/i.test(top) ? 'an' : 'a'} ${top} event` : `${events.length} events reaching up to the ${top} scale`} between ${named(a)} and ${named(b)}${lean === 'late' ? `, as close to ${named(b)} as the gap limits allow,` : ''} and route the link through ${events.length === 1 ? 'it' : 'them'}.`,
        [...removeLinkOps(links), ...insertOps([{ pos, events }]), ...path.slice(1).map((to, k) => addLink(ids, path[k]!, to, strength, kind))],
      ),
    );
  }
  if (!chain && step) {
    const scale = ctx.story.scales[step.scale]!.id;
    const pos = blockPosition(ctx.ix, ai, bi, [step.time]);
    const id = eventIds(ctx).take(`${a.id}-meanwhile`);
    const event = newEvent({
      id,
      title: `Meanwhile: ${a.title} → ${b.title}`,
      scale,
      time: step.time,
      participants: motiveCarriers(a, b),
      intensity: fittingIntensity(ctx.ix, step.time, pos),
    });
    const ids = linkIds(ctx);
    const { strength, kind } = inherited(links);
    out.push(
      candidate(
        'insert-intermediate-event',
        `Insert ${/^[aeiou]/i.test(scale) ? 'an' : 'a'} ${scale} event at t=${fmt(step.time)} between ${named(a)} and ${named(b)} and route the link through it.`,
        [
          ...removeLinkOps(links),
          ...insertOps([{ pos, events: [event] }]),
          addLink(ids, a.id, id, strength, kind),
          addLink(ids, id, b.id, strength, kind),
        ],
      ),
    );
  }
  return out;
}

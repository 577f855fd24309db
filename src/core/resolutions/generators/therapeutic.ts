import type { EditOp } from '../../edits/edit-op';
import { ops } from '../../edits/ops';
import { candidate, eventIdx, eventsInTimeline, fmt, named, windowAt, type GeneratorContext } from '../context';
import { blockPosition, midpoint, newEvent, nudgeDown, nudgeUp, THRESHOLD_MARGIN, tidyWithin, timelineAfter } from '../placement';
import type { Candidate } from '../proposal';
import { addLink, eventIds, insertOps, linkIds, listNames } from './shared';
import { evenSteps, evenTimes, MAX_STEPS } from './thematic';

/** intensity-over-limit: cap the intensity at the therapy limit. */
export function intensityOverLimit(ctx: GeneratorContext): Candidate[] {
  const e = ctx.ix.events[eventIdx(ctx, ctx.conflict.events[0]!)]!;
  const max = ctx.ix.settings.therapy.maxIntensity;
  return [
    candidate('cap-intensity', `Cap the intensity of ${named(e)} at ${fmt(max)} (from ${fmt(e.intensity)}).`, [
      ops.setEventField(e.id, 'intensity', max),
    ]),
  ];
}

/** The largest two-decimal value below the peak threshold: designers read 0.69, not 0.6999999999. */
function belowPeak(peak: number): number {
  const rounded = Math.floor((peak - 1e-9) * 100) / 100;
  const v = rounded < peak ? rounded : nudgeDown(peak, (x) => x < peak);
  return Math.max(0, v);
}

/**
 * no-recovery: insert a recovery event right after the peak (before the next
 * event), caused by it; or lower the peak below the peak threshold.
 */
export function noRecovery(ctx: GeneratorContext): Candidate[] {
  const { ix } = ctx;
  const ei = eventIdx(ctx, ctx.conflict.events[0]!);
  const e = ix.events[ei]!;
  const { peakIntensity, recoveryIntensity, maxIntensityStep } = ix.settings.therapy;
  const w = windowAt(ctx, ix.scaleIdx[ei]!);
  const limit = ix.settings.thresholds.gapFactor * w;
  const next = timelineAfter(ix, ei);
  const out: Candidate[] = [];

  const wanted = next === undefined ? e.time + Math.min(w, limit) : Math.min(midpoint(e.time, ix.time[next]!), e.time + limit);
  const t = nudgeDown(wanted, (x) => !(x - e.time > limit), e.time);
  const pos = blockPosition(ix, ei, next, [t]);
  // Low, but not so low that the next event becomes a spike, and neither a new peak nor over the limit.
  const nextIntensity = next === undefined ? 0 : ix.events[next]!.intensity;
  const lo = nudgeUp(Math.max(0, nextIntensity - maxIntensityStep), (x) => !(nextIntensity - x > maxIntensityStep), 1);
  const peakOk = peakIntensity > 0 ? belowPeak(peakIntensity) : 0;
  const hi = Math.min(1, ix.settings.therapy.maxIntensity, peakOk < peakIntensity ? peakOk : 1);
  const calm = lo > hi ? lo : tidyWithin(Math.min(hi, Math.max(lo, recoveryIntensity)), lo, hi);
  const id = eventIds(ctx).take(`${e.id}-recovery`);
  const recovery = newEvent({
    id,
    title: `Recovery after ${e.title}`,
    scale: e.scale,
    time: t,
    intensity: calm,
    tags: ['recovery'],
  });
  out.push(
    candidate('insert-recovery-event', `Insert a recovery event at t=${fmt(t)}, right after ${named(e)} and caused by it.`, [
      ...insertOps([{ pos, events: [recovery] }]),
      addLink(linkIds(ctx), e.id, id, 0.5, 'causes'),
    ]),
  );

  const lower = belowPeak(peakIntensity);
  if (lower < peakIntensity && lower < e.intensity) {
    out.push(
      candidate('lower-intensity', `Lower the intensity of ${named(e)} to ${fmt(lower)}, below the peak level ${fmt(peakIntensity)}.`, [
        ops.setEventField(e.id, 'intensity', lower),
      ]),
    );
  }
  return out;
}

/** intensity-spike: lower the later intensity to the allowed step, or insert events that rise in allowed steps. */
export function intensitySpike(ctx: GeneratorContext): Candidate[] {
  const { ix } = ctx;
  const [p, q] = eventsInTimeline(ctx);
  if (p === undefined || q === undefined) return [];
  const before = ix.events[p]!;
  const after = ix.events[q]!;
  const step = ix.settings.therapy.maxIntensityStep;
  const out: Candidate[] = [];

  const base = before.intensity;
  const lowered = nudgeDown(Math.min(1, base + step), (x) => !(x - base > step), base);
  out.push(
    candidate('lower-intensity', `Lower the intensity of ${named(after)} to ${fmt(lowered)}, at most ${fmt(step)} above ${named(before)}.`, [
      ops.setEventField(after.id, 'intensity', lowered),
    ]),
  );
  const steadied = stepsToNext(ctx, q, lowered);
  if (steadied) out.push(steadied);

  const steps = evenSteps([before.intensity], [after.intensity], step);
  if (steps) {
    const times = evenTimes(before.time, after.time, steps.length);
    const pos = blockPosition(ix, p, q, times);
    const ids = eventIds(ctx);
    const scale = ctx.story.scales[0]!.id;
    const events = steps.map(([value], k) =>
      newEvent({
        id: ids.take(`${before.id}-step`),
        title: steps.length === 1 ? `Step: ${before.title} → ${after.title}` : `Step ${k + 1}: ${before.title} → ${after.title}`,
        scale,
        time: times[k]!,
        intensity: value!,
      }),
    );
    const what = steps.length === 1 ? 'an event of intermediate intensity' : `${steps.length} events of rising intensity`;
    out.push(candidate('insert-step-event', `Insert ${what} between ${named(before)} and ${named(after)}.`, insertOps([{ pos, events }])));
  }
  return out;
}

/**
 * The fewest values (at most MAX_STEPS) climbing from `from` to `to` with no rise
 * above the step, checked with the rules' arithmetic; each stays below the peak level
 * (with a margin) when its range allows, since a new peak needs its own recovery.
 * Two decimals when they fit.
 */
export function calmSteps(ctx: GeneratorContext, from: number, to: number): number[] | undefined {
  const { maxIntensityStep: step, peakIntensity, maxIntensity } = ctx.ix.settings.therapy;
  const cap = Math.min(maxIntensity, peakIntensity) - THRESHOLD_MARGIN;
  for (let parts = 2; parts <= MAX_STEPS + 1; parts++) {
    const values: number[] = [];
    let prev = from;
    for (let k = 1; k < parts; k++) {
      const lo = Math.max(0, to - (parts - k) * step);
      const hi = Math.min(1, prev + step);
      if (lo > hi) break;
      const even = from + ((to - from) * k) / parts;
      const top = lo <= cap ? Math.min(hi, cap) : hi;
      const v = tidyWithin(Math.min(top, Math.max(lo, even)), lo, top);
      values.push(v);
      prev = v;
    }
    if (values.length !== parts - 1) continue;
    const chain = [from, ...values, to];
    if (chain.slice(1).every((v, k) => !(v - chain[k]! > step))) return values;
  }
  return undefined;
}

/**
 * Lowering Q can open a spike from Q to the event after it. When no value is within
 * the step of both neighbours, lower Q and climb from it to the next event in even
 * steps, so the lowered value brings no new spike.
 */
function stepsToNext(ctx: GeneratorContext, q: number, lowered: number): Candidate | undefined {
  const { ix } = ctx;
  const step = ix.settings.therapy.maxIntensityStep;
  const r = timelineAfter(ix, q);
  if (r === undefined) return undefined;
  const after = ix.events[q]!;
  const next = ix.events[r]!;
  if (!(next.intensity - lowered > step)) return undefined;
  const steps = calmSteps(ctx, lowered, next.intensity);
  if (!steps) return undefined;
  const times = evenTimes(after.time, next.time, steps.length);
  const pos = blockPosition(ix, q, r, times);
  const ids = eventIds(ctx);
  const scale = ctx.story.scales[0]!.id;
  const events = steps.map((value, k) =>
    newEvent({
      id: ids.take(`${after.id}-step`),
      title: steps.length === 1 ? `Step: ${after.title} → ${next.title}` : `Step ${k + 1}: ${after.title} → ${next.title}`,
      scale,
      time: times[k]!,
      intensity: value,
    }),
  );
  const what = steps.length === 1 ? 'an event of intermediate intensity' : `${steps.length} events of rising intensity`;
  return candidate(
    'lower-intensity',
    `Lower the intensity of ${named(after)} to ${fmt(lowered)} and insert ${what} before ${named(next)}.`,
    [ops.setEventField(after.id, 'intensity', lowered), ...insertOps([{ pos, events }])],
  );
}

/** avoided-theme: remove the avoided themes from the event. */
export function avoidedTheme(ctx: GeneratorContext): Candidate[] {
  const e = ctx.ix.events[eventIdx(ctx, ctx.conflict.events[0]!)]!;
  const avoid = [...new Set(ctx.ix.settings.therapy.avoid)].filter((t) => (e.themes[t] ?? 0) > 0);
  if (avoid.length === 0) return [];
  return [
    candidate('remove-theme', `Remove the avoided theme ${listNames(avoid)} from ${named(e)}.`,
      avoid.map((theme): EditOp => ({ kind: 'set-theme', eventId: e.id, theme, intensity: null })),
    ),
  ];
}

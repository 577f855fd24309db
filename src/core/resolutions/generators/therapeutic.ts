import type { EditOp } from '../../edits/edit-op';
import { ops } from '../../edits/ops';
import { candidate, eventIdx, eventsInTimeline, fmt, named, windowAt, type GeneratorContext } from '../context';
import { blockPosition, midpoint, newEvent, nudgeDown, nudgeUp, tidyWithin, timelineAfter } from '../placement';
import type { Candidate } from '../proposal';
import { addLink, eventIds, insertOps, linkIds, listNames } from './shared';
import { evenSteps, evenTimes } from './thematic';

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

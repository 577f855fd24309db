import type { EditOp } from '../../edits/edit-op';
import type { OppositePair } from '../../model/settings';
import type { StoryEvent } from '../../model/story';
import { candidate, conflictLinks, eventIdx, eventsInTimeline, fmt, named, type GeneratorContext } from '../context';
import { fittingIntensity, blockPosition, newEvent, nudgeDown } from '../placement';
import type { Candidate } from '../proposal';
import { eventIds, insertOps, listNames } from './shared';

/** Most step events inserted to climb one theme or intensity jump. */
export const MAX_STEPS = 5;

const carries = (e: StoryEvent, theme: string): boolean => (e.themes[theme] ?? 0) > 0;

/** Opposite pairs split between a and b that neither bridges, with the weaker of the two clashing intensities. */
function clashes(ctx: GeneratorContext, a: StoryEvent, b: StoryEvent): { pair: OppositePair; weight: number }[] {
  const out: { pair: OppositePair; weight: number }[] = [];
  for (const pair of ctx.ix.settings.opposites) {
    const bridged = pair.bridges.some((t) => carries(a, t) || carries(b, t));
    if (bridged) continue;
    if (carries(a, pair.a) && carries(b, pair.b)) out.push({ pair, weight: Math.min(a.themes[pair.a]!, b.themes[pair.b]!) });
    else if (carries(a, pair.b) && carries(b, pair.a)) out.push({ pair, weight: Math.min(a.themes[pair.b]!, b.themes[pair.a]!) });
  }
  return out;
}

/** theme-contradiction: add a bridge theme (the first or second one the therapy does not avoid) to either event. */
export function themeContradiction(ctx: GeneratorContext): Candidate[] {
  const link = conflictLinks(ctx)[0];
  const ids = link ? [link.from, link.to] : ctx.conflict.events;
  const [a, b] = ids.map((id) => ctx.ix.events[eventIdx(ctx, id)]!);
  if (!a || !b) return [];
  const found = clashes(ctx, a, b);
  if (found.length === 0) return [];
  const avoid = new Set(ctx.ix.settings.therapy.avoid);
  const out: Candidate[] = [];
  if (found.some(({ pair }) => pair.bridges.length === 0)) return removeClashingThemes(found, a, b);
  for (const choice of [0, 1]) {
    const picks = found.map(({ pair, weight }) => {
      const allowed = pair.bridges.filter((t) => !avoid.has(t));
      return { theme: (allowed.length > 0 ? allowed : pair.bridges)[choice], weight };
    });
    if (picks.some((p) => p.theme === undefined)) continue;
    for (const target of [a, b]) {
      const patch: EditOp[] = picks.map(({ theme, weight }) => ({
        kind: 'set-theme',
        eventId: target.id,
        theme: theme!,
        intensity: weight,
      }));
      const themes = listNames([...new Set(picks.map((p) => p.theme!))]);
      const pairs = listNames(found.map(({ pair }) => `${pair.a} and ${pair.b}`));
      out.push(candidate('add-bridge-theme', `Add the bridge theme ${themes} to ${named(target)} to bridge ${pairs}.`, patch));
    }
  }
  return out;
}

/** Without a bridge theme to add, the clash can only go: remove one side's themes, from either event. */
function removeClashingThemes(found: readonly { pair: OppositePair }[], a: StoryEvent, b: StoryEvent): Candidate[] {
  return [a, b].map((target) => {
    const themes = [...new Set(found.flatMap(({ pair }) => [pair.a, pair.b]).filter((t) => carries(target, t)))];
    const other = target === a ? b : a;
    return candidate(
      'remove-theme',
      `Remove ${listNames(themes)} from ${named(target)}, which clashes with ${named(other)} and has no bridge theme.`,
      themes.map((theme): EditOp => ({ kind: 'set-theme', eventId: target.id, theme, intensity: null })),
    );
  });
}

/** Growth themes that jump by more than the threshold from p to q. */
function jumpingThemes(ctx: GeneratorContext, p: StoryEvent, q: StoryEvent): string[] {
  const jump = ctx.ix.settings.thresholds.themeJump;
  return ctx.ix.settings.growth.filter(
    (g) => carries(p, g) && carries(q, g) && q.themes[g]! - p.themes[g]! > jump,
  );
}

/**
 * The fewest even steps (2..MAX_STEPS + 1 parts) from `from` to `to` in which
 * no step rises by more than `limit`, checked with the rules' own arithmetic.
 */
export function evenSteps(from: readonly number[], to: readonly number[], limit: number): number[][] | undefined {
  for (let parts = 2; parts <= MAX_STEPS + 1; parts++) {
    const values = Array.from({ length: parts - 1 }, (_, k) => from.map((f, i) => f + ((to[i]! - f) * (k + 1)) / parts));
    const chain = [from, ...values, to];
    const ok = chain.slice(1).every((v, k) => v.every((x, i) => !(x - chain[k]![i]! > limit)));
    if (ok) return values;
  }
  return undefined;
}

/** Times of k events spread evenly between a and b. */
export function evenTimes(a: number, b: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => a + ((b - a) * (i + 1)) / (k + 1));
}

/** theme-jump: lower the later value to the allowed step, or insert events that climb in allowed steps. */
export function themeJump(ctx: GeneratorContext): Candidate[] {
  const { ix } = ctx;
  const [p, q] = eventsInTimeline(ctx);
  if (p === undefined || q === undefined) return [];
  const before = ix.events[p]!;
  const after = ix.events[q]!;
  const themes = jumpingThemes(ctx, before, after);
  if (themes.length === 0) return [];
  const jump = ix.settings.thresholds.themeJump;
  const out: Candidate[] = [];

  const lowered = themes.map((g) => {
    const base = before.themes[g]!;
    return { g, value: nudgeDown(Math.min(1, base + jump), (x) => !(x - base > jump), base) };
  });
  const list = listNames(lowered.map(({ g, value }) => `${g} to ${fmt(value)}`));
  out.push(
    candidate('lower-theme-intensity', `Lower ${list} in ${named(after)}, at most ${fmt(jump)} above ${named(before)}.`,
      lowered.map(({ g, value }): EditOp => ({ kind: 'set-theme', eventId: after.id, theme: g, intensity: value })),
    ),
  );

  const steps = evenSteps(themes.map((g) => before.themes[g]!), themes.map((g) => after.themes[g]!), jump);
  if (steps) {
    const times = evenTimes(before.time, after.time, steps.length);
    const pos = blockPosition(ix, p, q, times);
    const ids = eventIds(ctx);
    const scale = ctx.story.scales[0]!.id;
    const events = steps.map((values, k) =>
      newEvent({
        id: ids.take(`${before.id}-step`),
        title: steps.length === 1 ? `Step: ${before.title} → ${after.title}` : `Step ${k + 1}: ${before.title} → ${after.title}`,
        scale,
        time: times[k]!,
        themes: Object.fromEntries(themes.map((g, i) => [g, values[i]!])),
        intensity: fittingIntensity(ix, times[k]!, pos),
      }),
    );
    const what = steps.length === 1 ? 'an event' : `${steps.length} events`;
    out.push(
      candidate('insert-step-event', `Insert ${what} between ${named(before)} and ${named(after)} so that ${listNames(themes)} grows in steps.`,
        insertOps([{ pos, events }]),
      ),
    );
  }
  return out;
}

import type { ConflictType } from '../analysis/conflict';
import { resolveSettings, type ResolvedSettings } from '../model/settings';
import type { Effect, RelationshipValue, Story, StoryEvent } from '../model/story';

/**
 * A deliberately naive transcription of the 15 rules of conflict-rules.md, for
 * differential tests of the production rules. It favours being obviously right
 * over being fast (all pairs, a full reachability matrix, a fresh timeline sort)
 * and shares no code with src/core/rules, so it must only ever run on small stories.
 */

/** A conflict's identity as the spec defines it: its type and its event ids, sorted. */
export interface ReferenceConflict {
  readonly type: ConflictType;
  readonly events: readonly string[];
}

const POSITIVE: readonly RelationshipValue[] = ['ally', 'friend'];
const NEGATIVE: readonly RelationshipValue[] = ['rival', 'enemy'];

/** Own-property lookup, so that theme or character names such as "constructor" never read the prototype. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The tolerance of conflict-rules.md "Numbers", written out here rather than imported, to stay independent. */
const EPS = 1e-9;

/** Code point order, the naive way: compare the arrays of code points. */
function byCodePoints(x: string, y: string): number {
  const a = Array.from(x, (ch) => ch.codePointAt(0)!);
  const b = Array.from(y, (ch) => ch.codePointAt(0)!);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** "E carries theme x": E.themes[x] > 0. */
function carries(e: StoryEvent, theme: string): boolean {
  const v = own(e.themes, theme);
  return v !== undefined && v > 0;
}

function effectOn(e: StoryEvent, c: string): Effect | undefined {
  return own(e.effects, c);
}

/** Timeline order: time ascending, ties in file order. Returns file indices. */
function timelineOf(events: readonly StoryEvent[]): number[] {
  const order = events.map((_, i) => i);
  order.sort((a, b) => (events[a]!.time !== events[b]!.time ? events[a]!.time - events[b]!.time : a - b));
  return order;
}

/** reach[i][j]: a directed path of one or more links leads from event i to event j. */
function reachability(story: Story): boolean[][] {
  const n = story.events.length;
  const at = new Map(story.events.map((e, i) => [e.id, i]));
  const reach = story.events.map(() => new Array<boolean>(n).fill(false));
  for (const l of story.links) {
    const a = at.get(l.from);
    const b = at.get(l.to);
    if (a !== undefined && b !== undefined) reach[a]![b] = true;
  }
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      if (reach[i]![k]) for (let j = 0; j < n; j++) if (reach[k]![j]) reach[i]![j] = true;
  return reach;
}

/** Every character named anywhere in an effect (as target or relationship subject). */
function effectCharacters(story: Story): string[] {
  const names = new Set<string>();
  for (const e of story.events) for (const c of Object.keys(e.effects)) names.add(c);
  return [...names];
}

/**
 * The events that set some value, in timeline order, each with its value; `read`
 * returns undefined for an event that does not set it.
 */
function settersInOrder<T>(story: Story, timeline: readonly number[], read: (e: StoryEvent) => T | undefined): { i: number; v: T }[] {
  const out: { i: number; v: T }[] = [];
  for (const i of timeline) {
    const v = read(story.events[i]!);
    if (v !== undefined) out.push({ i, v });
  }
  return out;
}

/** Runs the 15 rules of the spec on a story and returns the distinct {type, sorted events}, in a stable order. */
export function referenceConflicts(story: Story, settings: ResolvedSettings = resolveSettings(story)): ReferenceConflict[] {
  const ev = story.events;
  const n = ev.length;
  const byId = new Map(ev.map((e, i) => [e.id, i]));
  const scaleIdx = (e: StoryEvent): number => story.scales.findIndex((s) => s.id === e.scale);
  const windowOf = (e: StoryEvent): number => story.scales[scaleIdx(e)]!.window;
  const timeline = timelineOf(ev);
  const pos = new Array<number>(n);
  timeline.forEach((i, p) => (pos[i] = p));
  const reach = reachability(story);
  const { thresholds, therapy } = settings;

  const found = new Map<string, ReferenceConflict>();
  const add = (type: ConflictType, events: readonly number[]): void => {
    const ids = events.map((i) => ev[i]!.id).sort(byCodePoints);
    found.set(type + '|' + JSON.stringify(ids), { type, events: ids });
  };

  /** motivated(Q, c, P): a link M -> Q with c among M's participants, M = P or strictly between P and Q. */
  const motivated = (q: number, c: string, p: number): boolean =>
    story.links.some((l) => {
      const m = byId.get(l.from);
      if (m === undefined || byId.get(l.to) !== q || !ev[m]!.participants.includes(c)) return false;
      return m === p || (pos[m]! > pos[p]! && pos[m]! < pos[q]!);
    });

  // 1. causal-cycle: strongly connected components of two or more events; self-links.
  for (let i = 0; i < n; i++) {
    const members = [i];
    for (let j = 0; j < n; j++) if (j !== i && reach[i]![j] && reach[j]![i]) members.push(j);
    if (members.length >= 2) add('causal-cycle', members);
  }
  for (const l of story.links) if (l.from === l.to && byId.has(l.from)) add('causal-cycle', [byId.get(l.from)!]);

  // Link rules: 2 temporal-paradox, 3 scale-jump, 4 causal-gap, 9 theme-contradiction.
  for (const l of story.links) {
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (a === undefined || b === undefined) continue;
    const A = ev[a]!;
    const B = ev[b]!;
    if (A.time > B.time) add('temporal-paradox', [a, b]);
    if (Math.abs(scaleIdx(A) - scaleIdx(B)) >= 2) add('scale-jump', [a, b]);
    if (B.time - A.time > thresholds.gapFactor * windowOf(A) + EPS) add('causal-gap', [a, b]);
    if (A.scale !== B.scale) {
      const contradicts = settings.opposites.some(({ a: x, b: y, bridges }) => {
        const opposed = (carries(A, x) && carries(B, y)) || (carries(A, y) && carries(B, x));
        const bridged = bridges.some((z) => carries(A, z) || carries(B, z));
        return opposed && !bridged;
      });
      if (contradicts) add('theme-contradiction', [a, b]);
    }
  }

  // 5. exited-character: the latest alive-setter strictly before F kills c, and F does not revive c.
  for (let f = 0; f < n; f++) {
    const F = ev[f]!;
    for (const c of F.participants) {
      let latest: number | undefined;
      for (let p = 0; p < pos[f]!; p++) {
        const i = timeline[p]!;
        if (effectOn(ev[i]!, c)?.alive !== undefined) latest = i;
      }
      if (latest === undefined || effectOn(ev[latest]!, c)!.alive !== false) continue;
      if (effectOn(F, c)?.alive === true) continue;
      add('exited-character', [latest, f]);
    }
  }

  // 6. bilocation: every pair P before Q.
  for (let p = 0; p < n; p++)
    for (let q = 0; q < n; q++) {
      if (pos[p]! >= pos[q]!) continue;
      const P = ev[p]!;
      const Q = ev[q]!;
      if (!P.participants.some((c) => Q.participants.includes(c))) continue;
      if (P.location === undefined || Q.location === undefined || P.location === Q.location) continue;
      if (P.time === Q.time || P.time + P.duration > Q.time + EPS) add('bilocation', [p, q]);
    }

  const characters = effectCharacters(story);

  // 7. trait-swing, per character and trait, over consecutive setters.
  for (const c of characters) {
    const traits = new Set<string>();
    for (const e of ev) for (const t of Object.keys(effectOn(e, c)?.traits ?? {})) traits.add(t);
    for (const t of traits) {
      const setters = settersInOrder(story, timeline, (e) => own(effectOn(e, c)?.traits, t));
      for (let k = 0; k + 1 < setters.length; k++) {
        const P = setters[k]!;
        const Q = setters[k + 1]!;
        if (Math.abs(Q.v - P.v) > thresholds.traitSwing + EPS && !motivated(Q.i, c, P.i)) add('trait-swing', [P.i, Q.i]);
      }
    }
  }

  // 8. relationship-flip, per ordered pair (c, d), over consecutive setters.
  for (const c of characters) {
    const others = new Set<string>();
    for (const e of ev) for (const d of Object.keys(effectOn(e, c)?.relationships ?? {})) others.add(d);
    for (const d of others) {
      const setters = settersInOrder(story, timeline, (e) => own(effectOn(e, c)?.relationships, d));
      for (let k = 0; k + 1 < setters.length; k++) {
        const P = setters[k]!;
        const Q = setters[k + 1]!;
        const flip =
          (POSITIVE.includes(P.v) && NEGATIVE.includes(Q.v)) || (NEGATIVE.includes(P.v) && POSITIVE.includes(Q.v));
        if (flip && !motivated(Q.i, c, P.i)) add('relationship-flip', [P.i, Q.i]);
      }
    }
  }

  // 10. theme-jump, per growth theme, over consecutive carriers.
  for (const g of settings.growth) {
    const carriers = timeline.filter((i) => carries(ev[i]!, g));
    for (let k = 0; k + 1 < carriers.length; k++) {
      const p = carriers[k]!;
      const q = carriers[k + 1]!;
      if (ev[q]!.themes[g]! - ev[p]!.themes[g]! > thresholds.themeJump + EPS) add('theme-jump', [p, q]);
    }
  }

  const isRecovery = (e: StoryEvent): boolean => e.tags.includes('recovery') || e.intensity <= therapy.recoveryIntensity + EPS;
  for (let i = 0; i < n; i++) {
    const E = ev[i]!;
    // 11. intensity-over-limit.
    if (E.intensity > therapy.maxIntensity + EPS) add('intensity-over-limit', [i]);
    // 12. no-recovery: the next recoveryWithin events (fewer near the end; none at all matches).
    if (E.intensity >= therapy.peakIntensity - EPS) {
      const next: number[] = [];
      for (let p = pos[i]! + 1; p < n && p - pos[i]! <= therapy.recoveryWithin; p++) next.push(timeline[p]!);
      if (!next.some((j) => isRecovery(ev[j]!))) add('no-recovery', [i]);
    }
    // 14. avoided-theme.
    if (therapy.avoid.some((x) => carries(E, x))) add('avoided-theme', [i]);
    // 15. unsupported-arc: no ancestor at a finer scale.
    if (scaleIdx(E) >= 1 && !E.tags.includes('premise')) {
      let supported = false;
      for (let a = 0; a < n; a++) if (reach[a]![i] && scaleIdx(ev[a]!) < scaleIdx(E)) supported = true;
      if (!supported) add('unsupported-arc', [i]);
    }
  }

  // 13. intensity-spike, over consecutive events of the whole timeline.
  for (let p = 0; p + 1 < n; p++) {
    const P = ev[timeline[p]!]!;
    const Q = ev[timeline[p + 1]!]!;
    if (Q.intensity - P.intensity > therapy.maxIntensityStep + EPS) add('intensity-spike', [timeline[p]!, timeline[p + 1]!]);
  }

  return [...found.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, c]) => c);
}

import type { ConflictSubject } from '../analysis/conflict';
import { eventLabel } from '../analysis/event-label';
import type { Match, Rule } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';
import type { OppositePair } from '../model/settings';
import { themeTable } from './timeline/theme-table';

// Per event and opposite pair, which sides of the pair the event carries.
export const CARRIES_A = 1;
export const CARRIES_B = 2;
export const CARRIES_BRIDGE = 4;

/**
 * roles[i * pairs + p] holds the CARRIES_* bits of event i for pair p. Built by
 * walking each event's own themes (usually a handful) rather than probing every
 * pair's themes on every event.
 */
function themeRoles(ix: StoryIndex, pairs: readonly OppositePair[]): Uint8Array {
  const roleOf = new Map<string, Array<{ pair: number; bit: number }>>();
  const add = (theme: string, pair: number, bit: number): void => {
    const list = roleOf.get(theme);
    if (list) list.push({ pair, bit });
    else roleOf.set(theme, [{ pair, bit }]);
  };
  pairs.forEach((p, k) => {
    add(p.a, k, CARRIES_A);
    add(p.b, k, CARRIES_B);
    for (const bridge of p.bridges) add(bridge, k, CARRIES_BRIDGE);
  });
  const width = pairs.length;
  const roles = new Uint8Array(ix.n * width);
  for (let i = 0; i < ix.n; i++) {
    const themes = ix.events[i]!.themes;
    for (const theme of Object.keys(themes)) {
      // Carrying a theme means a strictly positive value (conflict-rules.md, Terms).
      if (!(themes[theme]! > 0)) continue;
      for (const { pair, bit } of roleOf.get(theme) ?? []) roles[i * width + pair]! |= bit;
    }
  }
  return roles;
}

/** Whether one event carries a and the other b, either way round, with no bridge on either side. */
export function contradicts(ra: number, rb: number): boolean {
  if (((ra | rb) & CARRIES_BRIDGE) !== 0) return false;
  return ((ra & CARRIES_A) !== 0 && (rb & CARRIES_B) !== 0) || ((ra & CARRIES_B) !== 0 && (rb & CARRIES_A) !== 0);
}

/** Pairs whose three CARRIES_* bits fit in one 32-bit mask per event: 3 bits each, pair p at bit 3p. */
const MASK_PAIRS = 10;
/** The CARRIES_A bit of every pair (bits 0, 3, 6, ...). */
const A_BITS = 0o1111111111;

/**
 * Per event, the roles of all pairs in one mask (pair p's CARRIES_* bits shifted by 3p), from
 * the theme table the theme rules share: each event's themes are read once for all of them.
 */
function roleMasks(ix: StoryIndex, pairs: readonly OppositePair[]): Int32Array {
  const { idOf, start, theme } = themeTable(ix);
  const themeMask = new Int32Array(idOf.size);
  const mark = (name: string, bit: number): void => {
    const t = idOf.get(name);
    if (t !== undefined) themeMask[t]! |= bit;
  };
  pairs.forEach((p, k) => {
    mark(p.a, CARRIES_A << (3 * k));
    mark(p.b, CARRIES_B << (3 * k));
    for (const bridge of p.bridges) mark(bridge, CARRIES_BRIDGE << (3 * k));
  });
  const masks = new Int32Array(ix.n);
  for (let i = 0; i < ix.n; i++) {
    let mask = 0;
    for (let k = start[i]!; k < start[i + 1]!; k++) mask |= themeMask[theme[k]!]!;
    masks[i] = mask;
  }
  return masks;
}

/** Bit 3p set when the masks of two events contradict on pair p (what `contradicts` says per pair). */
function contradictions(ma: number, mb: number): number {
  const aThenB = ma & (mb >>> 1) & A_BITS;
  const bThenA = (ma >>> 1) & mb & A_BITS;
  const bridged = ((ma | mb) >>> 2) & A_BITS;
  return (aThenB | bThenA) & ~bridged;
}

function subjectOf(pair: OppositePair): ConflictSubject {
  return { kind: 'opposites', a: pair.a, b: pair.b, bridges: pair.bridges };
}

/**
 * Rule 9: each cross-scale link joining opposite themes with no bridge theme of that pair on
 * either end. Up to MASK_PAIRS pairs, a link is tested for all pairs at once with a few bit
 * operations: most links contradict nothing, and a cold process (one `nao check`) pays per
 * operation, so one test per link instead of one per link and pair counts.
 */
function detect(ix: StoryIndex, emit: (match: Match) => void): void {
  const pairs = ix.settings.opposites;
  const width = pairs.length;
  if (width === 0) return;
  const masks = width <= MASK_PAIRS ? roleMasks(ix, pairs) : undefined;
  const roles = masks === undefined ? themeRoles(ix, pairs) : undefined;
  const { scaleIdx, linkFrom, linkTo } = ix;
  for (let j = 0; j < ix.m; j++) {
    const a = linkFrom[j]!;
    const b = linkTo[j]!;
    // Scale ids of a loaded story are declared scales, so equal ids and equal indices coincide.
    if (scaleIdx[a] === scaleIdx[b]) continue;
    let subjects: ConflictSubject[] | undefined;
    if (masks !== undefined) {
      const hits = contradictions(masks[a]!, masks[b]!);
      if (hits === 0) continue;
      for (let p = 0; p < width; p++) if (((hits >>> (3 * p)) & 1) !== 0) (subjects ??= []).push(subjectOf(pairs[p]!));
    } else {
      for (let p = 0; p < width; p++) if (contradicts(roles![a * width + p]!, roles![b * width + p]!)) (subjects ??= []).push(subjectOf(pairs[p]!));
    }
    if (subjects) emit({ type: 'theme-contradiction', events: [a, b], links: [j], subjects });
  }
}

/** "challenge", "challenge or loss", "challenge, loss or setback". */
function alternatives(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]!}`;
}

/** The theme of the pair each event carries, as "hope" (or "hope and despair" when it carries both). */
function sideOf(ix: StoryIndex, i: number, a: string, b: string): string {
  const themes = ix.events[i]!.themes;
  const carried = [a, b].filter((t) => Object.hasOwn(themes, t) && themes[t]! > 0);
  return carried.join(' and ');
}

function describe(match: Match, ix: StoryIndex): string {
  const [x, y] = match.events as readonly [number, number];
  const pairs = (match.subjects ?? []).flatMap((s) => (s.kind === 'opposites' ? [s] : []));
  const clashes = pairs.map((p) => `${sideOf(ix, x, p.a, p.b)} against ${sideOf(ix, y, p.a, p.b)}`);
  const bridges = pairs.map((p) => alternatives(p.bridges)).filter((s) => s !== '');
  const hint = bridges.length > 0 ? `; a bridge theme such as ${bridges.join(', or ')} would connect them` : '';
  return (
    `${eventLabel(ix, x)} and ${eventLabel(ix, y)} are linked across scales but set ` +
    `${clashes.join(' and ')} with nothing bridging them${hint}.`
  );
}

/** Rule 9 of conflict-rules.md: opposite themes linked across scales without a bridge. */
export const themeContradictionRule: Rule = {
  type: 'theme-contradiction',
  severity: 0.5,
  detect,
  describe,
};

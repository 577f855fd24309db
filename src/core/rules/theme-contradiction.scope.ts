import type { ConflictSubject } from '../analysis/conflict';
import type { LinkScope } from '../analysis/rule-scope';
import type { OppositePair } from '../model/settings';
import type { StoryEvent } from '../model/story';
import { CARRIES_A, CARRIES_B, CARRIES_BRIDGE, contradicts } from './theme-contradiction';

type RoleOf = ReadonlyMap<string, ReadonlyArray<{ readonly pair: number; readonly bit: number }>>;
const roleMaps = new WeakMap<readonly OppositePair[], RoleOf>();

/** Which pairs and sides each theme name plays, per list of opposite pairs (as themeRoles builds it). */
function roleOf(pairs: readonly OppositePair[]): RoleOf {
  let map = roleMaps.get(pairs);
  if (map !== undefined) return map;
  const built = new Map<string, Array<{ pair: number; bit: number }>>();
  const add = (theme: string, pair: number, bit: number): void => {
    const list = built.get(theme);
    if (list) list.push({ pair, bit });
    else built.set(theme, [{ pair, bit }]);
  };
  pairs.forEach((p, k) => {
    add(p.a, k, CARRIES_A);
    add(p.b, k, CARRIES_B);
    for (const bridge of p.bridges) add(bridge, k, CARRIES_BRIDGE);
  });
  map = built;
  roleMaps.set(pairs, map);
  return map;
}

function rolesOf(e: StoryEvent, roles: RoleOf, width: number): Uint8Array {
  const out = new Uint8Array(width);
  for (const theme of Object.keys(e.themes)) {
    if (!(e.themes[theme]! > 0)) continue;
    for (const { pair, bit } of roles.get(theme) ?? []) out[pair]! |= bit;
  }
  return out;
}

/** theme-contradiction reads each link's ends' scales and themes: one partition per link. */
export const themeContradictionScope: LinkScope = {
  kind: 'link',
  reads: ['scale', 'themes'],
  partOf: (match) => match.links![0]!,
  orderOf: (match) => match.links![0]!,
  matchLink(ix, j, emit) {
    const pairs = ix.settings.opposites;
    const width = pairs.length;
    if (width === 0) return;
    const a = ix.linkFrom[j]!;
    const b = ix.linkTo[j]!;
    if (ix.scaleIdx[a] === ix.scaleIdx[b]) return;
    const roles = roleOf(pairs);
    const ra = rolesOf(ix.events[a]!, roles, width);
    const rb = rolesOf(ix.events[b]!, roles, width);
    let subjects: ConflictSubject[] | undefined;
    for (let p = 0; p < width; p++) {
      if (!contradicts(ra[p]!, rb[p]!)) continue;
      const pair = pairs[p]!;
      (subjects ??= []).push({ kind: 'opposites', a: pair.a, b: pair.b, bridges: pair.bridges });
    }
    if (subjects) emit({ type: 'theme-contradiction', events: [a, b], links: [j], subjects }, j);
  },
};

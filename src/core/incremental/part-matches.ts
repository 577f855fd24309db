import type { Match } from '../analysis/rule';
import type { PartKey, RuleScope } from '../analysis/rule-scope';
import type { StoryIndex } from '../analysis/story-index';
import type { EventNumbering } from './event-numbering';
import type { LinkNumbering } from './link-numbering';
import type { RuleState } from './parts-reached';

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A match as a rule reported it, with its order within its partition. */
export interface Found {
  readonly match: Match;
  readonly order: number;
}

/** The matches one partition holds now, found by the rule's scope alone, in the order found. */
export function matchesInPart(scope: RuleScope, state: RuleState, ix: StoryIndex, links: LinkNumbering, events: EventNumbering, part: PartKey): Found[] {
  const found: Found[] = [];
  const emit = (match: Match, order: number): void => {
    found.push({ match, order });
  };
  switch (scope.kind) {
    case 'link': {
      const j = links.posOf[part as number] ?? -1;
      if (j >= 0) scope.matchLink(ix, j, emit);
      break;
    }
    case 'event':
    case 'window': {
      const i = events.identity ? (part as number) : (events.posOf[part as number] ?? -1);
      if (i >= 0) scope.matchEvent(ix, i, emit);
      break;
    }
    case 'key': {
      const set = state.members!.get(part as string);
      if (set === undefined || set.size === 0) break;
      const pos = events.posOf;
      const sorted = (events.identity ? [...set] : [...set].map((s) => pos[s]!)).sort((a, b) => ix.rank[a]! - ix.rank[b]!);
      scope.matchKey(ix, part as string, sorted, emit);
      break;
    }
    case 'graph':
      scope.local!.matchPart(ix, state.aux, part, emit);
      break;
  }
  return found;
}

/** A match with its positions as stable numbers. */
export function slotted(links: LinkNumbering, events: EventNumbering, match: Match): Match {
  const m = links.toSlots(match);
  if (events.identity) return m;
  const slot = events.slotOf;
  return { ...m, events: m.events.map((i) => slot[i]!) };
}

/** A stored match with its stable numbers as positions (-1 for those gone). */
export function placed(links: LinkNumbering, events: EventNumbering, match: Match): Match {
  const m = links.toPositions(match);
  if (events.identity) return m;
  const pos = events.posOf;
  return { ...m, events: m.events.map((s) => pos[s]!) };
}

import type { EventAspect, PartKey, RuleScope } from '../analysis/rule-scope';
import type { StoryIndex } from '../analysis/story-index';
import type { Stored } from './identity-store';
import { addDirtyKeys, buildKeyMembers } from './key-members';
import type { ChangedEvent } from './story-diff';

/** Per rule: its matches by partition, and what its scope keeps between edits. */
export interface RuleState {
  parts: Map<PartKey, Stored[]>;
  /** Graph rules: what the last whole run found. */
  aux: unknown;
  /** Key rules: the events of each key, built on first need. */
  members: Map<string, Set<number>> | undefined;
}

/** How the links changed in an update: stable numbers before it, positions that came and went. */
export interface LinkDelta {
  /** Positions in the new index of links added or moved. */
  readonly entered: readonly number[];
  /** Positions in the old index of links removed or moved. */
  readonly left: readonly number[];
  /** The links' stable numbers by position before the update. */
  readonly oldSlots: Int32Array;
}

export function intersects(aspects: ReadonlySet<EventAspect>, reads: readonly EventAspect[]): boolean {
  for (const a of reads) if (aspects.has(a)) return true;
  return false;
}

export interface RuleReach {
  readonly scope: RuleScope;
  readonly state: RuleState;
  readonly old: StoryIndex;
  readonly ix: StoryIndex;
  readonly changed: readonly ChangedEvent[];
  readonly links: LinkDelta;
  /** The links' stable numbers by position after the update. */
  readonly slots: Int32Array;
  /** The events' stable numbers by position (the same before and after the update), when not their positions. */
  readonly eventSlots: Int32Array | undefined;
}

/**
 * The partitions of one rule an update reaches, from the scope the rule declares: the links at
 * changed events and the links that came or went, the changed events, their timeline
 * neighbourhoods, the keys they were and are in, or what a graph rule's `follow` says.
 * Undefined when only a whole run of the rule will do.
 */
export function partsReached({ scope, state, old, ix, changed, links, slots, eventSlots }: RuleReach): Set<PartKey> | undefined {
  const { entered, left, oldSlots } = links;
  const relevant = changed.filter((c) => intersects(c.aspects, scope.reads));
    const parts = new Set<PartKey>();
    switch (scope.kind) {
      case 'link': {
        // Partitions are links' stable numbers (link-numbering.ts).
        const incident = (x: StoryIndex, i: number): void => {
          if (i >= x.n) return;
          const at = x === old ? oldSlots : slots;
          for (let k = x.outStart[i]!; k < x.outStart[i + 1]!; k++) parts.add(at[x.outLinks[k]!]!);
          for (let k = x.inStart[i]!; k < x.inStart[i + 1]!; k++) parts.add(at[x.inLinks[k]!]!);
        };
        for (const { index } of relevant) {
          incident(old, index);
          incident(ix, index);
        }
        for (const j of entered) parts.add(slots[j]!);
        for (const j of left) parts.add(oldSlots[j]!);
        break;
      }
      case 'event':
        for (const { index } of relevant) parts.add(eventSlots === undefined ? index : eventSlots[index]!);
        break;
      case 'window': {
        if (relevant.length === 0) return parts;
        const span = scope.span(ix);
        if (span === undefined) return undefined;
        const around = (x: StoryIndex, i: number): void => {
          if (i >= x.n) return;
          const at = x.rank[i]!;
          const from = Math.max(0, at - span.ahead);
          const to = Math.min(x.n - 1, at + span.back);
          for (let p = from; p <= to; p++) parts.add(eventSlots === undefined ? x.timeline[p]! : eventSlots[x.timeline[p]!]!);
        };
        for (const { index } of relevant) {
          around(old, index);
          around(ix, index);
        }
        break;
      }
      case 'key': {
                    const fresh = state.members === undefined;
          const members = (state.members ??= buildKeyMembers(scope, ix, eventSlots));
          addDirtyKeys({ scope, members, slots: eventSlots, fresh, old, ix, changed, relevant, newLinks: entered, leftLinks: left }, parts);
        break;
      }
      case 'graph': {
                if (entered.length > 0 || left.length > 0 || relevant.length > 0) {
          const followed = scope.follow?.({ before: old, ix, aux: state.aux, events: relevant.map((c) => c.index), added: entered, moved: [], removed: left });
          if (followed === undefined) return undefined;
          for (const p of followed) parts.add(p);
        }
        const local = scope.local;
        if (local !== undefined) {
          for (const c of changed) if (intersects(c.aspects, local.reads)) for (const p of local.partsOf(state.aux, c.index)) parts.add(p);
        }
        break;
      }
    }
    return parts;
}

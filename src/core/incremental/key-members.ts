import type { PartKey, RuleScope } from '../analysis/rule-scope';
import type { StoryIndex } from '../analysis/story-index';
import type { ChangedEvent } from './story-diff';

type KeyScope = Extract<RuleScope, { kind: 'key' }>;

/** The events of each key (a character, a character's trait, a growth theme…) of a key rule. */
export function buildKeyMembers(scope: KeyScope, ix: StoryIndex, slots?: Int32Array): Map<string, Set<number>> {
  const members = new Map<string, Set<number>>();
  for (let i = 0; i < ix.n; i++) for (const key of scope.keysOf(ix.events[i]!, ix)) addMember(members, key, slots === undefined ? i : slots[i]!);
  return members;
}

function addMember(members: Map<string, Set<number>>, key: string, i: number): void {
  let set = members.get(key);
  if (set === undefined) {
    set = new Set();
    members.set(key, set);
  }
  set.add(i);
}

export interface KeyChange {
  readonly scope: KeyScope;
  /** The rule's members, brought up to date here unless `fresh` (just built from `ix`). */
  readonly members: Map<string, Set<number>>;
  /** The events' stable numbers by position, which members are, when not their positions. */
  readonly slots: Int32Array | undefined;
  readonly fresh: boolean;
  readonly old: StoryIndex;
  readonly ix: StoryIndex;
  readonly changed: readonly ChangedEvent[];
  /** The changed events whose changes the rule reads. */
  readonly relevant: readonly ChangedEvent[];
  /** Positions in `ix` of the links added or moved. */
  readonly newLinks: readonly number[];
  /** Positions in `old` of the links removed or moved. */
  readonly leftLinks: readonly number[];
}

/** Adds to `parts` the keys an edit reaches, before and after it, and moves changed events between keys. */
export function addDirtyKeys({ scope, members, slots, fresh, old, ix, changed, relevant, newLinks, leftLinks }: KeyChange, parts: Set<PartKey>): void {
  const wasIn = (i: number): readonly string[] => (i < old.n ? scope.keysOf(old.events[i]!, old) : []);
  for (const { index } of relevant) {
    const before = wasIn(index);
    const after = scope.keysOf(ix.events[index]!, ix);
    for (const key of before) parts.add(key);
    for (const key of after) parts.add(key);
    if (fresh) continue;
    const member = slots === undefined ? index : slots[index]!;
    for (const key of before) members.get(key)?.delete(member);
    for (const key of after) addMember(members, key, member);
  }
  if (!scope.motivated) return;
  // motivated(Q, c, P) reads the links into Q and their sources' participants and times.
  const targetKeys = (q: number): void => {
    for (const key of scope.keysOf(ix.events[q]!, ix)) parts.add(key);
    if (q < old.n) for (const key of scope.keysOf(old.events[q]!, old)) parts.add(key);
  };
  for (const { index, aspects } of changed) {
    if (!aspects.has('time') && !aspects.has('participants')) continue;
    for (const x of [old, ix]) {
      if (index >= x.n) continue;
      for (let k = x.outStart[index]!; k < x.outStart[index + 1]!; k++) targetKeys(x.linkTo[x.outLinks[k]!]!);
    }
  }
  for (const j of newLinks) targetKeys(ix.linkTo[j]!);
  for (const j of leftLinks) targetKeys(old.linkTo[j]!);
}

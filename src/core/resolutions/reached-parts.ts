import type { Match } from '../analysis/rule';
import type { EventAspect, GraphScope, KeyScope, PartKey, RuleScope } from '../analysis/rule-scope';
import type { StoryIndex } from '../analysis/story-index';
import { ALL_ASPECTS, type ChangedEvent, type StoryDiff } from '../incremental/story-diff';

/** An edit seen from both sides: the index before and after it, and what changed between them. */
export interface Reach {
  readonly old: StoryIndex;
  readonly ix: StoryIndex;
  /** Changed events with their aspects, appended events included (with every aspect). */
  readonly changed: readonly ChangedEvent[];
  /** Links whose ends changed and appended links. */
  readonly newLinks: readonly number[];
  readonly linksMoved: boolean;
}

export function reachOf(old: StoryIndex, ix: StoryIndex, diff: StoryDiff): Reach {
  const changed: ChangedEvent[] = [...diff.changedEvents];
  for (let i = old.n; i < ix.n; i++) changed.push({ index: i, aspects: ALL_ASPECTS });
  const newLinks = [...diff.movedLinks];
  for (let j = old.m; j < ix.m; j++) newLinks.push(j);
  return { old, ix, changed, newLinks, linksMoved: newLinks.length > 0 };
}

function intersects(aspects: ReadonlySet<EventAspect>, reads: readonly EventAspect[]): boolean {
  for (const a of reads) if (aspects.has(a)) return true;
  return false;
}

/**
 * The events of each key of a key rule in timeline order, per index: built once for the
 * index a fixAll pass starts from, shared by every patch simulated on it.
 */
const membersCache = new WeakMap<StoryIndex, Map<KeyScope, Map<string, number[]>>>();

function membersOf(ix: StoryIndex, scope: KeyScope): Map<string, number[]> {
  let perScope = membersCache.get(ix);
  if (perScope === undefined) {
    perScope = new Map();
    membersCache.set(ix, perScope);
  }
  let members = perScope.get(scope);
  if (members === undefined) {
    members = new Map();
    for (let r = 0; r < ix.n; r++) {
      const i = ix.timeline[r]!;
      for (const key of new Set(scope.keysOf(ix.events[i]!, ix))) {
        const list = members.get(key);
        if (list) list.push(i);
        else members.set(key, [i]);
      }
    }
    perScope.set(scope, members);
  }
  return members;
}

/**
 * Runs, on the index before and on the index after the edit, the partitions of a rule that
 * the edit can reach (the same ones IncrementalAnalysis re-detects: links at changed events,
 * changed events, timeline windows around them, keys of their old and new values), so that
 * the two sets of matches differ exactly as the rule's whole runs would. Returns false, having
 * emitted nothing, when only a whole run will do (graph rules whose links or reads changed,
 * window rules too wide to follow).
 */
export function matchReached(scope: RuleScope, reach: Reach, before: (m: Match) => void, after: (m: Match) => void): boolean {
  const { old, ix, changed } = reach;
  const relevant = changed.filter((c) => intersects(c.aspects, scope.reads));
  switch (scope.kind) {
    case 'link': {
      const parts = new Set<number>();
      const incident = (x: StoryIndex, i: number): void => {
        if (i >= x.n) return;
        for (let k = x.outStart[i]!; k < x.outStart[i + 1]!; k++) parts.add(x.outLinks[k]!);
        for (let k = x.inStart[i]!; k < x.inStart[i + 1]!; k++) parts.add(x.inLinks[k]!);
      };
      for (const { index } of relevant) {
        incident(old, index);
        incident(ix, index);
      }
      for (const j of reach.newLinks) parts.add(j);
      for (const j of parts) {
        if (j < old.m) scope.matchLink(old, j, before);
        if (j < ix.m) scope.matchLink(ix, j, after);
      }
      return true;
    }
    case 'event':
      for (const { index } of relevant) {
        if (index < old.n) scope.matchEvent(old, index, before);
        scope.matchEvent(ix, index, after);
      }
      return true;
    case 'window': {
      if (relevant.length === 0) return true;
      const span = scope.span(ix);
      if (span === undefined) return false;
      const parts = new Set<number>();
      const around = (x: StoryIndex, i: number): void => {
        if (i >= x.n) return;
        const at = x.rank[i]!;
        const to = Math.min(x.n - 1, at + span.back);
        for (let p = Math.max(0, at - span.ahead); p <= to; p++) parts.add(x.timeline[p]!);
      };
      for (const { index } of relevant) {
        around(old, index);
        around(ix, index);
      }
      for (const i of parts) {
        if (i < old.n) scope.matchEvent(old, i, before);
        scope.matchEvent(ix, i, after);
      }
      return true;
    }
    case 'key':
      matchKeys(scope, reach, relevant, before, after);
      return true;
    case 'graph':
      return matchGraph(scope, reach, relevant, before, after);
  }
}

/** A deep copy of what a graph rule keeps (records, arrays, typed arrays, maps, sets of them), shared parts still shared, for `follow` to change. */
function copyOf(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  let copy: unknown;
  if (ArrayBuffer.isView(value)) copy = (value as unknown as { slice(): unknown }).slice();
  else if (Array.isArray(value)) copy = value.map((v) => copyOf(v, seen));
  else if (value instanceof Map) copy = new Map([...value].map(([k, v]) => [k, copyOf(v, seen)] as const));
  else if (value instanceof Set) copy = new Set([...value].map((v) => copyOf(v, seen)));
  else copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyOf(v, seen)] as const));
  seen.set(value, copy);
  return copy;
}

/** A graph rule's whole run on an index: what it leaves for `follow`, and its matches by partition. */
interface GraphRun {
  readonly aux: unknown;
  readonly parts: Map<PartKey, Match[]>;
}

const graphRuns = new WeakMap<StoryIndex, Map<GraphScope, GraphRun>>();

function graphRunOf(ix: StoryIndex, scope: GraphScope): GraphRun {
  let perScope = graphRuns.get(ix);
  if (perScope === undefined) {
    perScope = new Map();
    graphRuns.set(ix, perScope);
  }
  let run = perScope.get(scope);
  if (run === undefined) {
    const parts = new Map<PartKey, Match[]>();
    const aux = scope.whole(ix, (match) => {
      const part = scope.partOf(match, ix);
      const list = parts.get(part);
      if (list) list.push(match);
      else parts.set(part, [match]);
    });
    run = { aux, parts };
    perScope.set(scope, run);
  }
  return run;
}

/**
 * A graph rule followed as IncrementalAnalysis follows it, from a whole run on the index
 * before the edit (one per index, shared by the patches simulated on it) whose `aux` is
 * copied, never changed: the partitions `follow` and `local` name, with the whole run's
 * matches in them before and matchPart's after.
 */
function matchGraph(scope: GraphScope, reach: Reach, relevant: readonly ChangedEvent[], before: (m: Match) => void, after: (m: Match) => void): boolean {
  const { old, ix } = reach;
  const local = scope.local;
  const localChanged = reach.changed.filter((c) => intersects(c.aspects, local?.reads ?? []));
  const graphChanged = reach.linksMoved || relevant.length > 0;
  if (!graphChanged && localChanged.length === 0) return true;
  if (local === undefined || (graphChanged && scope.follow === undefined)) return false;
  const run = graphRunOf(old, scope);
  const aux = copyOf(run.aux);
  const parts = new Set<PartKey>();
  if (graphChanged) {
    const moved = reach.newLinks.filter((j) => j < old.m);
    const added = reach.newLinks.filter((j) => j >= old.m);
    const followed = scope.follow!({ before: old, ix, aux, events: relevant.map((c) => c.index), added, moved });
    if (followed === undefined) return false;
    for (const p of followed) parts.add(p);
  }
  for (const c of localChanged) for (const p of local.partsOf(aux, c.index)) parts.add(p);
  for (const p of parts) {
    for (const m of run.parts.get(p) ?? []) before(m);
    local.matchPart(ix, aux, p, after);
  }
  return true;
}

function matchKeys(scope: KeyScope, reach: Reach, relevant: readonly ChangedEvent[], before: (m: Match) => void, after: (m: Match) => void): void {
  const { old, ix } = reach;
  const keys = new Set<string>();
  const keysAt = (x: StoryIndex, i: number): readonly string[] => (i < x.n ? scope.keysOf(x.events[i]!, x) : []);
  for (const { index } of relevant) {
    for (const key of keysAt(old, index)) keys.add(key);
    for (const key of keysAt(ix, index)) keys.add(key);
  }
  if (scope.motivated) {
    // motivated(Q, c, P) reads the links into Q and their sources' participants and times.
    const targetKeys = (q: number): void => {
      for (const key of keysAt(ix, q)) keys.add(key);
      for (const key of keysAt(old, q)) keys.add(key);
    };
    for (const { index, aspects } of reach.changed) {
      if (!aspects.has('time') && !aspects.has('participants')) continue;
      for (const x of [old, ix]) {
        if (index >= x.n) continue;
        for (let k = x.outStart[index]!; k < x.outStart[index + 1]!; k++) targetKeys(x.linkTo[x.outLinks[k]!]!);
      }
    }
    for (const j of reach.newLinks) {
      targetKeys(ix.linkTo[j]!);
      if (j < old.m) targetKeys(old.linkTo[j]!);
    }
  }
  if (keys.size === 0) return;
  const members = membersOf(old, scope);
  for (const key of keys) {
    const was = members.get(key) ?? [];
    if (was.length > 0) scope.matchKey(old, key, was, before);
    const now = membersAfter(scope, reach, relevant, key);
    if (now.length > 0) scope.matchKey(ix, key, now, after);
  }
}

/** The events of a key after the edit, in timeline order: those before it, less and plus the changed ones. */
function membersAfter(scope: KeyScope, reach: Reach, relevant: readonly ChangedEvent[], key: string): number[] {
  const { old, ix } = reach;
  const moved = new Set(relevant.map((c) => c.index));
  const now = (membersOf(old, scope).get(key) ?? []).filter((i) => !moved.has(i));
  for (const i of moved) if (scope.keysOf(ix.events[i]!, ix).includes(key)) now.push(i);
  return now.sort((a, b) => ix.rank[a]! - ix.rank[b]!);
}

/**
 * Runs, on the index after the edit, every partition of a rule that can find a conflict
 * naming these events: the links at them, the events themselves, the timeline windows
 * around them, their keys. False when the rule has no such partitions (graph rules).
 */
export function matchAround(scope: RuleScope, reach: Reach, events: readonly number[], after: (m: Match) => void): boolean {
  const { ix } = reach;
  switch (scope.kind) {
    case 'link': {
      const parts = new Set<number>();
      for (const i of events) {
        for (let k = ix.outStart[i]!; k < ix.outStart[i + 1]!; k++) parts.add(ix.outLinks[k]!);
        for (let k = ix.inStart[i]!; k < ix.inStart[i + 1]!; k++) parts.add(ix.inLinks[k]!);
      }
      for (const j of parts) scope.matchLink(ix, j, after);
      return true;
    }
    case 'event':
      for (const i of new Set(events)) scope.matchEvent(ix, i, after);
      return true;
    case 'window': {
      const span = scope.span(ix);
      if (span === undefined) return false;
      const w = Math.max(span.back, span.ahead);
      const parts = new Set<number>();
      for (const i of events) {
        const at = ix.rank[i]!;
        for (let p = Math.max(0, at - w); p <= Math.min(ix.n - 1, at + w); p++) parts.add(ix.timeline[p]!);
      }
      for (const i of parts) scope.matchEvent(ix, i, after);
      return true;
    }
    case 'key': {
      const relevant = reach.changed.filter((c) => intersects(c.aspects, scope.reads));
      const keys = new Set<string>();
      for (const i of events) for (const key of scope.keysOf(ix.events[i]!, ix)) keys.add(key);
      for (const key of keys) {
        const now = membersAfter(scope, reach, relevant, key);
        if (now.length > 0) scope.matchKey(ix, key, now, after);
      }
      return true;
    }
    case 'graph':
      return false;
  }
}

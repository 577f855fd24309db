import type { Conflict } from '../analysis/conflict';
import type { Match } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';
import { identityKey, mergeMatches, type OrderedMatch } from './merge-matches';
import type { ScopedRule } from './scopes';

/** One conflict identity (type and event set) with the matches that make it. */
export interface Identity {
  readonly key: string;
  readonly rule: number;
  /** Event indices, ascending. */
  readonly events: readonly number[];
  readonly matches: Stored[];
  conflict: Conflict | undefined;
}

/** A match kept under its identity, with its order among the identity's matches (rule-scope.ts). */
export interface Stored {
  readonly match: Match;
  readonly order: number;
  readonly identity: Identity;
}

/** Event indices without repeats, ascending (a new array). */
function distinctAscending(events: readonly number[]): number[] {
  if (events.length === 1) return [events[0]!];
  if (events.length === 2) {
    const a = events[0]!;
    const b = events[1]!;
    return a === b ? [a] : a < b ? [a, b] : [b, a];
  }
  // A typed sort: a loop can name most of a story's events.
  const sorted = Int32Array.from(events).sort();
  const out: number[] = [];
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) out.push(sorted[k]!);
  return out;
}

/** Where settling touched identities puts what changed. */
export interface Settled {
  readonly removed: string[];
  readonly added: Conflict[];
  readonly rebuilt: Conflict[];
}

/**
 * The conflicts of an analysis by identity: matches are stored under the identity they make,
 * and an identity whose matches changed is settled (its conflict rebuilt, or forgotten).
 */
export class IdentityStore {
  readonly identities = new Map<string, Identity>();
  readonly byId = new Map<string, Identity>();
  /** The identities naming each event (a few per event: arrays are lighter than sets at 100k events). */
  byEvent: Array<Identity[] | undefined> = [];
  /** Scale id lists shared between conflicts (merge-matches.ts); the scales change only with a full analysis. */
  private scaleLists = new Map<number, readonly string[]>();

  constructor(private readonly rules: readonly ScopedRule[]) {}

  /** Forgets every identity, for a story of `n` events. */
  clear(n: number): void {
    this.identities.clear();
    this.byId.clear();
    this.byEvent = new Array<Identity[] | undefined>(n);
    this.scaleLists = new Map();
  }

  /** Stores a match under its identity; `touched` undefined when every identity is settled anyway (first run). */
  store(r: number, match: Match, order: number, touched: Set<Identity> | undefined): Stored {
    const key = identityKey(match.type, match.events);
    let identity = this.identities.get(key);
    if (identity === undefined) {
      const events = distinctAscending(match.events);
      identity = { key, rule: r, events, matches: [], conflict: undefined };
      this.identities.set(key, identity);
      for (const i of events) (this.byEvent[i] ??= []).push(identity);
    }
    const stored: Stored = { match, order, identity };
    identity.matches.push(stored);
    touched?.add(identity);
    return stored;
  }

  unstore(s: Stored, touched: Set<Identity>): void {
    const list = s.identity.matches;
    const at = list.indexOf(s);
    if (at >= 0) {
      list[at] = list[list.length - 1]!;
      list.pop();
    }
    touched.add(s.identity);
  }

  /**
   * Rebuilds a touched identity's conflict, or forgets the identity when no match is left.
   * After an edit (`lazy` false) the message is written at once, so that the conflict does not
   * keep the edit's index alive for as long as it lives. `positioned` gives the matches as
   * `ix` numbers them, when stored matches are numbered otherwise. An identity keeps its
   * conflict id (type and event ids); `reword` when its matches and their events did not change
   * either, and only its message may read something else (a link moved inside a loop).
   */
  settle(identity: Identity, ix: StoryIndex, out: Settled, lazy: boolean, positioned?: (list: readonly Stored[]) => readonly OrderedMatch[], reword = false): void {
    if (identity.matches.length === 0) {
      if (this.identities.get(identity.key) !== identity) return;
      this.identities.delete(identity.key);
      for (const i of identity.events) {
        const list = this.byEvent[i];
        if (list === undefined) continue;
        const at = list.indexOf(identity);
        if (at < 0) continue;
        list[at] = list[list.length - 1]!;
        list.pop();
      }
      if (identity.conflict !== undefined) {
        this.byId.delete(identity.conflict.id);
        out.removed.push(identity.conflict.id);
      }
      return;
    }
    const matches = positioned === undefined ? identity.matches : positioned(identity.matches);
    const previous = identity.conflict;
    const known = previous === undefined ? undefined : reword ? previous : { id: previous.id };
    const merged = mergeMatches(this.rules[identity.rule]!.rule, matches, ix, this.scaleLists, known, reword ? previous?.scales : undefined);
    const conflict = lazy ? merged : merged.detach();
    if (identity.conflict === undefined) out.added.push(conflict);
    else out.rebuilt.push(conflict);
    identity.conflict = conflict;
    this.byId.set(conflict.id, identity);
  }
}

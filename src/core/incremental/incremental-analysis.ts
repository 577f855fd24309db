import { now } from '../analysis/clock';
import type { Conflict } from '../analysis/conflict';
import type { AnalysisResult } from '../analysis/analyze';
import type { Scores } from '../analysis/scores';
import type { DismissedConflict } from '../analysis/review';
import type { Match } from '../analysis/rule';
import type { PartKey, RuleScope } from '../analysis/rule-scope';
import { buildStoryIndex, type StoryIndex } from '../analysis/story-index';
import type { DismissedEntry, Story } from '../model/story';
import type { EditOp } from '../edits/edit-op';
import { editSpots } from './edit-spots';
import { buildKeyMembers } from './key-members';
import { partsReached, type LinkDelta, type RuleState } from './parts-reached';
import { IdentityStore, type Identity, type Settled, type Stored } from './identity-store';
import { IncrementalScores } from './incremental-scores';
import { addChangedEvents, type IdentityChange } from './rescored-events';
import { patchIndex } from './patch-index';
import { LinkNumbering } from './link-numbering';
import { reorderLinks } from './link-reorder';
import { linkReaders } from './link-readers';
import { EventNumbering } from './event-numbering';
import { removeEvents, type RemovalHost } from './event-removal';
import { insertEvents, insertsEvents } from './event-insertion';
import { sameMatch, type OrderedMatch } from './merge-matches';
import { matchesInPart, placed, pushTo, slotted, type Found } from './part-matches';
import { SCOPED_RULES, type ScopedRule } from './scopes';
import { ALL_ASPECTS, diffStories, type ChangedEvent, type StoryDiff } from './story-diff';

export type { Identity } from './identity-store';

/** What an update changed in the detected conflicts (dismissed ones included). */
export interface ConflictChange {
  /** Ids of conflicts that no longer exist. */
  readonly removed: readonly string[];
  /** Conflicts whose ids are new. */
  readonly added: readonly Conflict[];
  /** Conflicts that kept their id but were rebuilt (links, subjects, message may differ); after a full analysis, all that kept their id. */
  readonly changed: readonly Conflict[];
  /** Ids of detected conflicts that became dismissed or active again (the story's `dismissed` changed). */
  readonly toggled: readonly string[];
  /** Whether the update fell back to a full analysis. */
  readonly full: boolean;
}

/** More changed events or links than this, and a full analysis is cheaper than following them. */
const MOST_CHANGES_FOLLOWED = 512;

/**
 * The analysis of a story kept up to date edit by edit: every rule's matches are kept per
 * partition (a link, an event, a key, see rule-scope.ts); an update finds the partitions the
 * edit can reach from what changed (old and new timeline neighbours, old and new participants,
 * effects and themes, the links' ends), drops their matches, re-detects those partitions only
 * and rebuilds only the conflicts whose matches or events changed. Links removed or inserted
 * anywhere are followed through their stable numbers (link-numbering.ts), and so are events
 * removed or inserted (event-numbering.ts; event-removal.ts, event-insertion.ts); settings
 * changes fall back to a full analysis. The
 * results equal analyzeStory's (property tests), up to the order of the conflict lists.
 */
export class IncrementalAnalysis {
  private ix!: StoryIndex;
  private states: RuleState[] = [];
  private readonly store: IdentityStore;
  private dismissedById = new Map<string, DismissedEntry>();
  private scores!: IncrementalScores;
  private lastMs = 0;
  /** Stable numbers of the links, which partitions and stored matches use (link-numbering.ts). */
  private links!: LinkNumbering;
  /** Stable numbers of the events, which identities, event partitions, key members and scores use (event-numbering.ts). */
  private events!: EventNumbering;
  /** The paths that remove or insert events or reorder links (event-removal.ts, event-insertion.ts, link-reorder.ts) work on this analysis's state through these. */
  private readonly removal: RemovalHost;
  private constructor(private readonly rules: readonly ScopedRule[]) {
    this.store = new IdentityStore(rules);
    this.removal = {
      index: () => this.ix,
      setIndex: (ix) => void (this.ix = ix),
      rules,
      states: () => this.states,
      store: this.store,
      events: () => this.events,
      scores: () => this.scores,
      reorderLinks: (next, spots) => reorderLinks(this.removal, next, spots, [], MOST_CHANGES_FOLLOWED),
      links: () => this.links,
      apply: (diff, ix, links) => this.apply(diff, ix, links),
      finish: (old, touched, changed, dismissedChanged, gone) => this.finish(old, touched, changed, dismissedChanged, gone),
      runWhole: (r, touched) => this.runWhole(r, touched),
      redetect: (r, scope, parts, touched) => this.redetect(r, scope, parts, touched),
      placed: (match) => placed(this.links, this.events, match),
      step: (next, ops) => this.step(next, ops),
    };
  }

  private get identities(): Map<string, Identity> {
    return this.store.identities;
  }

  private get byId(): Map<string, Identity> {
    return this.store.byId;
  }

  /** A full analysis of the story, kept for updates. `ix` when the story's index is at hand. */
  static of(story: Story, ix?: StoryIndex): IncrementalAnalysis {
    const engine = new IncrementalAnalysis(SCOPED_RULES);
    const started = now();
    engine.rebuild(ix?.story === story ? ix : buildStoryIndex(story));
    engine.lastMs = now() - started;
    return engine;
  }

  get index(): StoryIndex {
    return this.ix;
  }

  get story(): Story {
    return this.ix.story;
  }

  /** Milliseconds the last build or update took. */
  get ms(): number {
    return this.lastMs;
  }

  /**
   * Moves the analysis to `next`, incrementally when the edit allows it. `ops`, the edit
   * operations that made `next` from the current story, spare comparing every event.
   */
  update(next: Story, ops?: readonly EditOp[]): ConflictChange {
    const started = now();
    const change = this.step(next, ops);
    this.lastMs = now() - started;
    return change;
  }

  private step(next: Story, ops: readonly EditOp[] | undefined): ConflictChange {
    if (next === this.ix.story) return { removed: [], added: [], changed: [], toggled: [], full: false };
    if (next.events.length < this.ix.n) return removeEvents(this.removal, next, MOST_CHANGES_FOLLOWED, ops) ?? this.replace(buildStoryIndex(next));
    if (ops !== undefined && insertsEvents(ops)) return insertEvents(this.removal, next, ops, MOST_CHANGES_FOLLOWED) ?? this.replace(buildStoryIndex(next));
    const spots = ops && editSpots(this.ix, ops, (id) => this.links.position(id), true);
    if (spots?.linksReordered === true) return reorderLinks(this.removal, next, spots, ops ?? [], MOST_CHANGES_FOLLOWED) ?? this.replace(buildStoryIndex(next));
    const diff = diffStories(this.ix.story, next, MOST_CHANGES_FOLLOWED, spots);
    const patched = diff && patchIndex(this.ix, next, diff);
    if (!diff || !patched) return this.replace(buildStoryIndex(next));
    const oldSlots = this.links.slotOf;
    this.links.append(next.links);
    this.events.append(patched.n);
    const entered = [...diff.movedLinks];
    for (let j = this.ix.m; j < patched.m; j++) entered.push(j);
    return this.apply(diff, patched, { entered, left: diff.movedLinks, oldSlots });
  }

  /**
   * Builds now what the first edit would otherwise build (the key rules' members): for a host
   * to call once the opened story is shown, so that the first edit is as quick as the next.
   */
  prepare(): void {
    this.rules.forEach(({ scope }, r) => {
      const state = this.states[r]!;
      if (scope.kind === 'key') state.members ??= buildKeyMembers(scope, this.ix, this.events.identity ? undefined : this.events.slotOf);
    });
  }

  /** Every detected conflict, dismissed ones included, in no particular order. */
  allConflicts(): Conflict[] {
    const out: Conflict[] = [];
    for (const identity of this.identities.values()) out.push(identity.conflict!);
    return out;
  }

  /** The conflict with this id, if detected. */
  conflict(id: string): Conflict | undefined {
    return this.byId.get(id)?.conflict;
  }

  /** The analysis as analyzeStory gives it (conflict lists in no particular order); `stats.ms` is the last update's time. */
  result(): AnalysisResult {
    const active: Conflict[] = [];
    for (const identity of this.identities.values()) {
      const c = identity.conflict!;
      if (!this.dismissedById.has(c.id)) active.push(c);
    }
    return {
      conflicts: active,
      dismissed: this.dismissedConflicts(),
      stale: this.staleEntries(),
      scores: this.currentScores(),
      stats: { events: this.ix.n, links: this.ix.m, ms: this.lastMs },
    };
  }

  /** Detected conflicts the story dismisses, with their entries, in the story's order of entries. */
  dismissedConflicts(): DismissedConflict[] {
    const out: DismissedConflict[] = [];
    for (const entry of this.dismissedById.values()) {
      const c = this.byId.get(entry.id)?.conflict;
      if (c !== undefined) out.push({ ...c, dismissal: entry });
    }
    return out;
  }

  /** Dismissed entries that name no detected conflict, in the story's order. */
  staleEntries(): DismissedEntry[] {
    return (this.ix.story.dismissed ?? []).filter((d) => !this.byId.has(d.id));
  }

  /** The scores of the active conflicts, as computeScores gives them. */
  currentScores(): Scores {
    return this.scores.scores();
  }

  /** Whether a detected conflict is dismissed by the story. */
  isDismissed(id: string): boolean {
    return this.dismissedById.has(id);
  }

  // ---- full analysis ----

  private rebuild(ix: StoryIndex): void {
    this.ix = ix;
    this.links = new LinkNumbering(ix.story.links);
    this.events = new EventNumbering(ix.n);
    this.store.clear(ix.n);
    // Key rules' members are built on the first edit that reaches the rule: opening a story costs no more than analysing it.
    this.states = this.rules.map(() => ({ parts: new Map(), aux: undefined, members: undefined }));
    this.rules.forEach((_, r) => this.runFirst(r));
    // Messages are written when first read: most of a dense story's are never shown.
    const ignored: Settled = { removed: [], added: [], rebuilt: [] };
    for (const identity of this.identities.values()) this.store.settle(identity, ix, ignored, true);
    this.dismissedById = new Map((ix.story.dismissed ?? []).map((d) => [d.id, d] as const));
    this.scores = new IncrementalScores(ix, this.store.byEvent, (id) => this.dismissedById.has(id), this.events);
  }

  private replace(ix: StoryIndex): ConflictChange {
    const before = new Map<string, Conflict>();
    for (const identity of this.identities.values()) before.set(identity.conflict!.id, identity.conflict!);
    this.rebuild(ix);
    const added: Conflict[] = [];
    const changed: Conflict[] = [];
    for (const identity of this.identities.values()) {
      const c = identity.conflict!;
      if (before.delete(c.id)) changed.push(c);
      else added.push(c);
    }
    return { removed: [...before.keys()], added, changed, toggled: [], full: true };
  }

  /** A rule's first run on a fresh state: every match is stored as found, with nothing to compare against. */
  private runFirst(r: number): void {
    const { rule, scope } = this.rules[r]!;
    const state = this.states[r]!;
    const ix = this.ix;
    const keep = (match: Match): void => pushTo(state.parts, scope.partOf(match, ix), this.store.store(r, match, scope.orderOf(match, ix), undefined));
    if (scope.kind === 'graph') state.aux = scope.whole(ix, keep);
    else rule.detect(ix, keep);
  }

  private runWhole(r: number, touched: Set<Identity>): void {
    const { rule, scope } = this.rules[r]!;
    const state = this.states[r]!;
    const ix = this.ix;
    const found = new Map<PartKey, Found[]>();
    const slots = scope.kind === 'link' ? this.links.slotOf : (scope.kind === 'event' || scope.kind === 'window') && !this.events.identity ? this.events.slotOf : undefined;
    const keep = (match: Match): void => {
      const part = scope.partOf(match, ix);
      pushTo(found, slots === undefined ? part : slots[part as number]!, { match, order: scope.orderOf(match, ix) });
    };
    if (scope.kind === 'graph') state.aux = scope.whole(ix, keep);
    else rule.detect(ix, keep);
    for (const part of [...state.parts.keys()]) if (!found.has(part)) this.replacePart(r, part, [], touched);
    for (const [part, list] of found) this.replacePart(r, part, list, touched);
  }

  /**
   * Replaces a partition's matches with those just found. When they are the same as before
   * (the usual case for a partition an edit might have reached), nothing is touched.
   */
  private replacePart(r: number, part: PartKey, positioned: readonly Found[], touched: Set<Identity>): void {
    const parts = this.states[r]!.parts;
    const before = parts.get(part) ?? [];
    const numbered = this.numbered;
    const found = numbered ? positioned : positioned.map(({ match, order }) => ({ match: slotted(this.links, this.events, match), order }));
    // Once links or events were renumbered, stored orders may be of older positions: merging recomputes them.
    if (before.length === found.length && before.every((s, k) => (!numbered || s.order === found[k]!.order) && sameMatch(s.match, found[k]!.match))) {
      // A window rule's message reads its neighbourhood (no-recovery: whether the story ends first).
      if (this.rules[r]!.scope.kind === 'window') for (const s of before) touched.add(s.identity);
      return;
    }
    for (const s of before) this.store.unstore(s, touched);
    if (found.length === 0) {
      parts.delete(part);
      return;
    }
    const stored: Stored[] = [];
    for (const { match, order } of found) stored.push(this.store.store(r, match, order, touched));
    parts.set(part, stored);
  }

  // ---- incremental update ----

  private apply(diff: StoryDiff, ix: StoryIndex, links: LinkDelta): ConflictChange {
    const old = this.ix;
    this.ix = ix;
    const changed: ChangedEvent[] = [...diff.changedEvents];
    for (let i = old.n; i < ix.n; i++) changed.push({ index: i, aspects: ALL_ASPECTS });
    const byEvent = this.store.byEvent;
    if (this.events.size > byEvent.length) byEvent.length = this.events.size;
    const touched = new Set<Identity>();
    this.rules.forEach((_, r) => this.updateRule(r, old, changed, links, touched));
    // No event moved in this update: old and new positions share the slots.
    const slot = this.events.slotOf;
    // Messages name events by title, scale, time and more: conflicts naming a changed event are rebuilt.
    for (const { index } of diff.changedEvents) for (const identity of byEvent[slot[index]!] ?? []) touched.add(identity);
    // A loop's message walks its links: conflicts listing links that moved or went are reworded.
    const reworded = linkReaders(old, ix, links, this.links.slotOf, byEvent, slot, touched);
    return this.finish(old, touched, changed, diff.dismissedChanged, [], reworded);
  }

  /** Settles the touched identities, the dismissed entries and the scores; `gone`: slots of events removed; `reworded`: only messages to redo. */
  private finish(old: StoryIndex, touched: ReadonlySet<Identity>, changed: readonly ChangedEvent[], dismissedChanged: boolean, gone: readonly number[], reworded: ReadonlySet<Identity> = new Set()): ConflictChange {
    const ix = this.ix;
    const out: Settled = { removed: [], added: [], rebuilt: [] };
    const rescore = new Set<number>(gone);
    const positioned = this.numbered ? undefined : (r: number) => (list: readonly Stored[]) => this.positioned(r, list);
    const changes: IdentityChange[] = [];
    for (const identity of touched) {
      const added = out.added.length;
      const removed = out.removed.length;
      this.store.settle(identity, ix, out, false, positioned?.(identity.rule));
      // A conflict rebuilt keeps its id and its rule's severity: the scores of its events stay.
      if (out.added.length !== added) changes.push({ identity, sign: 1 });
      else if (out.removed.length !== removed) changes.push({ identity, sign: -1 });
    }
    // With conflicts dismissed, a conflict that came may not count where the one that went did.
    if (dismissedChanged || this.dismissedById.size > 0) for (const { identity } of changes) for (const i of identity.events) rescore.add(i);
    else addChangedEvents(changes, this.rules.length, rescore);
    for (const identity of reworded) this.store.settle(identity, ix, out, false, positioned?.(identity.rule), true);
    const toggled: string[] = [];
    if (dismissedChanged) {
      const entries = new Map((ix.story.dismissed ?? []).map((d) => [d.id, d] as const));
      for (const id of new Set([...this.dismissedById.keys(), ...entries.keys()])) {
        const identity = this.byId.get(id);
        if (identity === undefined || this.dismissedById.has(id) === entries.has(id)) continue;
        toggled.push(id);
        for (const i of identity.events) rescore.add(i);
      }
      this.dismissedById = entries;
    }
    this.scores.update(old, ix, changed, rescore, this.events.size);
    return { removed: out.removed, added: out.added, changed: out.rebuilt, toggled, full: false };
  }

  /** Whether stored matches are numbered as the current index numbers them (no link or event moved yet). */
  private get numbered(): boolean {
    return this.links.identity && this.events.identity;
  }

  /** Stored matches with positions again, and their orders as the current index gives them. */
  private positioned(r: number, list: readonly Stored[]): OrderedMatch[] {
    const scope = this.rules[r]!.scope;
    return list.map((s) => {
      const match = placed(this.links, this.events, s.match);
      return { match, order: list.length > 1 ? scope.orderOf(match, this.ix) : 0 };
    });
  }

  private updateRule(r: number, old: StoryIndex, changed: readonly ChangedEvent[], links: LinkDelta, touched: Set<Identity>): void {
    const { scope } = this.rules[r]!;
    const parts = partsReached({ scope, state: this.states[r]!, old, ix: this.ix, changed, links, slots: this.links.slotOf, eventSlots: this.events.identity ? undefined : this.events.slotOf });
    if (parts === undefined) return this.runWhole(r, touched);
    if (parts.size > 0) this.redetect(r, scope, parts, touched);
  }

  private redetect(r: number, scope: RuleScope, parts: ReadonlySet<PartKey>, touched: Set<Identity>): void {
    for (const part of parts) this.replacePart(r, part, matchesInPart(scope, this.states[r]!, this.ix, this.links, this.events, part), touched);
  }
}


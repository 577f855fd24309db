import type { EventId, LinkId } from '../model/story';
import { CATEGORY_OF, type Conflict, type ConflictCategory, type ConflictSubject, type ConflictType } from './conflict';
import { conflictId } from './conflict-id';
import { idsOf, scaleIdsOf } from './conflict-parts';
import type { Match, Rule } from './rule';
import type { StoryIndex } from './story-index';

/**
 * A conflict kept as its merged match in index space: every text (id, event, link and scale
 * ids, message) is written on first read, by a getter on the prototype, and then kept. For a
 * host that reads a result once, in the same thread, and prints it (`nao check`): a cold
 * one-shot process pays for the ~9k conflicts of a 10k dense story only when it writes them,
 * not inside the analysis, where building them up front was a fifth of the time.
 *
 * The fields are getters, not own properties: structured clone and object spread do not copy
 * them, so a result that crosses a thread or is spread needs DetectedConflict (analyzeStory
 * without `deferText`). Reading every field gives exactly the DetectedConflict's values.
 */
export class ConflictRecord implements Conflict {
  readonly type: ConflictType;
  readonly severity: number;
  readonly subjects: readonly ConflictSubject[];
  readonly #ix: StoryIndex;
  readonly #rule: Rule;
  readonly #events: readonly number[];
  readonly #links: readonly number[];
  readonly #scaleLists: Map<number, readonly string[]>;
  readonly #batch: object;
  #id: string | undefined;
  #eventIds: readonly EventId[] | undefined;
  #message: string | undefined;

  /**
   * As DetectedConflict's: `events` in the rule's order, `links` ascending without repeats, kept as
   * given. `batch`: one object per MatchMerger.records() call, which makes one record per identity.
   */
  constructor(
    ix: StoryIndex,
    rule: Rule,
    events: readonly number[],
    links: readonly number[],
    subjects: readonly ConflictSubject[],
    scaleLists: Map<number, readonly string[]>,
    batch: object,
  ) {
    this.type = rule.type;
    this.severity = rule.severity;
    this.subjects = subjects;
    this.#ix = ix;
    this.#rule = rule;
    this.#events = events;
    this.#links = links;
    this.#scaleLists = scaleLists;
    this.#batch = batch;
    this.#id = undefined;
    this.#eventIds = undefined;
    this.#message = undefined;
  }

  get id(): string {
    return (this.#id ??= conflictId(this.type, this.events));
  }

  get category(): ConflictCategory {
    return CATEGORY_OF[this.type];
  }

  get events(): readonly EventId[] {
    return (this.#eventIds ??= idsOf(this.#ix.events, this.#events));
  }

  get links(): readonly LinkId[] {
    return idsOf(this.#ix.links, this.#links);
  }

  get scales(): readonly string[] {
    return scaleIdsOf(this.#ix, this.#events, this.#scaleLists);
  }

  get message(): string {
    if (this.#message === undefined) {
      const match: Match = { type: this.type, events: this.#events, links: this.#links, subjects: this.subjects };
      const text = this.#rule.describe(match, this.#ix);
      text.charCodeAt(0);
      this.#message = text;
    }
    return this.#message;
  }

  /** The event indices of a record made on `ix`, or undefined for any other conflict. */
  static eventIndices(c: Conflict, ix: StoryIndex): readonly number[] | undefined {
    return c instanceof ConflictRecord && c.#ix === ix ? c.#events : undefined;
  }

  /**
   * The batch of a record (see the constructor), or undefined for any other conflict. Records of
   * one batch have distinct identities (type and event set), hence distinct ids.
   */
  static batchOf(c: Conflict): object | undefined {
    return c instanceof ConflictRecord ? c.#batch : undefined;
  }
}

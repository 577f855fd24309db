import type { EventId, LinkId } from '../model/story';
import { CATEGORY_OF, type Conflict, type ConflictCategory, type ConflictSubject, type ConflictType } from './conflict';
import { conflictId } from './conflict-id';
import { idsOf, scaleIdsOf } from './conflict-parts';
import type { Match, Rule } from './rule';
import type { StoryIndex } from './story-index';

/**
 * What the records of one MatchMerger.records() call share: the index they were made on and the
 * scale lists of their conflicts. One such call makes one record per identity, so records of one
 * batch never share an id (scores rely on it).
 */
export interface RecordBatch {
  readonly ix: StoryIndex;
  readonly scaleLists: Map<number, readonly string[]>;
}

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
  // Declared, not defined as class fields: the constructor makes them, and a dense story has
  // ~9k records, each of which would otherwise run a field initializer that defines them first.
  declare readonly type: ConflictType;
  declare readonly severity: number;
  declare readonly subjects: readonly ConflictSubject[];
  readonly #batch: RecordBatch;
  readonly #rule: Rule;
  readonly #events: readonly number[];
  readonly #links: readonly number[];
  #id: string | undefined;
  #eventIds: readonly EventId[] | undefined;
  #message: string | undefined;

  /** As DetectedConflict's: `events` in the rule's order, `links` ascending without repeats, kept as given. */
  constructor(batch: RecordBatch, rule: Rule, events: readonly number[], links: readonly number[], subjects: readonly ConflictSubject[]) {
    this.type = rule.type;
    this.severity = rule.severity;
    this.subjects = subjects;
    this.#batch = batch;
    this.#rule = rule;
    this.#events = events;
    this.#links = links;
  }

  get id(): string {
    return (this.#id ??= conflictId(this.type, this.events));
  }

  get category(): ConflictCategory {
    return CATEGORY_OF[this.type];
  }

  get events(): readonly EventId[] {
    return (this.#eventIds ??= idsOf(this.#batch.ix.events, this.#events));
  }

  get links(): readonly LinkId[] {
    return idsOf(this.#batch.ix.links, this.#links);
  }

  get scales(): readonly string[] {
    return scaleIdsOf(this.#batch.ix, this.#events, this.#batch.scaleLists);
  }

  get message(): string {
    if (this.#message === undefined) {
      const match: Match = { type: this.type, events: this.#events, links: this.#links, subjects: this.subjects };
      const text = this.#rule.describe(match, this.#batch.ix);
      text.charCodeAt(0);
      this.#message = text;
    }
    return this.#message;
  }

  /** The event indices of a record made on `ix`, or undefined for any other conflict. */
  static eventIndices(c: Conflict, ix: StoryIndex): readonly number[] | undefined {
    return c instanceof ConflictRecord && c.#batch.ix === ix ? c.#events : undefined;
  }

  /** The batch of a record, or undefined for any other conflict: records of one batch have distinct ids. */
  static batchOf(c: Conflict): RecordBatch | undefined {
    return c instanceof ConflictRecord ? c.#batch : undefined;
  }
}

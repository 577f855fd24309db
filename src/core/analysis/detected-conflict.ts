import type { EventId, LinkId } from '../model/story';
import { CATEGORY_OF, type Conflict, type ConflictCategory, type ConflictSubject, type ConflictType } from './conflict';
import { conflictIdOf } from './conflict-id';
import { idsOf } from './conflict-parts';
import type { Match, Rule } from './rule';
import type { StoryIndex } from './story-index';

/**
 * What is known already of a conflict rebuilt for the same identity (type and event set):
 * its id, and its event and link ids when its matches did not change. A loop of most of a
 * story's events has ids that take longer to list and sort than the rest of an edit.
 */
export interface KnownParts {
  readonly id: string;
  readonly events?: readonly EventId[];
  readonly links?: readonly LinkId[];
}

/**
 * A conflict as detectConflicts builds it: the plain fields are set at once, the message is
 * written by the rule's `describe` on first read and kept. A dense story has about one
 * conflict per event and most messages are never shown, so writing them all up front was
 * most of the analysis time.
 *
 * `message` is an own, enumerable accessor (one shared getter, so every instance keeps one
 * hidden class): structured clone (the worker's postMessage), JSON.stringify, object spread
 * and test equality all read it like a data property, so a conflict that crosses a thread
 * or is written out carries its text without any host having to ask for it first. What the
 * message is built from (the index, the rule, the index-space match) lives in private
 * fields, which none of those copy.
 */
export class DetectedConflict implements Conflict {
  // Declared, not defined as class fields, so that the constructor creates the properties
  // in the order plain conflicts always had (message between scales and subjects).
  declare readonly id: string;
  declare readonly type: ConflictType;
  declare readonly category: ConflictCategory;
  declare readonly severity: number;
  declare readonly events: readonly EventId[];
  declare readonly links: readonly LinkId[];
  declare readonly scales: readonly string[];
  declare readonly message: string;
  declare readonly subjects: readonly ConflictSubject[];

  #ix: StoryIndex | undefined;
  readonly #rule: Rule;
  readonly #events: readonly number[];
  readonly #links: readonly number[];
  #message: string | undefined;

  static readonly #messageProperty: PropertyDescriptor = {
    get(this: DetectedConflict): string {
      return (this.#message ??= this.#describe());
    },
    enumerable: true,
    configurable: true,
  };

  /**
   * `events` are event indices in the rule's order, `links` link indices ascending without
   * repeats, `subjects` without repeats; all are kept as given (not copied). `known`: parts
   * the caller knows to be what they would be computed to (an identity rebuilt).
   */
  constructor(
    ix: StoryIndex,
    rule: Rule,
    events: readonly number[],
    links: readonly number[],
    subjects: readonly ConflictSubject[],
    scales: readonly string[],
    known?: KnownParts,
  ) {
    const eventIds = known?.events ?? idsOf(ix.events, events);
    this.id = known?.id ?? conflictIdOf(rule.type, ix.events, events, eventIds);
    this.type = rule.type;
    this.category = CATEGORY_OF[rule.type];
    this.severity = rule.severity;
    this.events = eventIds;
    this.links = known?.links ?? idsOf(ix.links, links);
    this.scales = scales;
    Object.defineProperty(this, 'message', DetectedConflict.#messageProperty);
    this.subjects = subjects;
    this.#ix = ix;
    this.#rule = rule;
    this.#events = events;
    this.#links = links;
    this.#message = undefined;
  }

  #describe(): string {
    const match: Match = { type: this.#rule.type, events: this.#events, links: this.#links, subjects: this.subjects };
    const text = this.#rule.describe(match, this.#ix!);
    // A message is a chain of concatenations; reading a character makes V8 store it as one flat
    // string, under half the memory of the chain, which matters when 100k messages are kept.
    text.charCodeAt(0);
    return text;
  }

  /**
   * Writes the message now and lets go of the index it reads: a conflict kept while its story
   * is edited (incremental analysis) would otherwise keep alive the index of every edit.
   */
  detach(): this {
    this.#message ??= this.#describe();
    this.#ix = undefined;
    return this;
  }

  /** The event indices of a conflict detected on `ix`, or undefined for any other conflict. */
  static eventIndices(c: Conflict, ix: StoryIndex): readonly number[] | undefined {
    return c instanceof DetectedConflict && c.#ix === ix ? c.#events : undefined;
  }
}

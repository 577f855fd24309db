import type { Conflict } from '../../core/analysis/conflict';
import { conflictListChange } from '../../state';
import { CATEGORIES } from '../categories';
import type { ConflictMark, ConflictMarks } from '../graph/conflict-marks';
import { LayeredMap } from '../graph/layered-map';

/** Beyond this share of the list changed, marking from scratch is as quick. */
const MAX_CHANGED_SHARE = 0.25;

const rank = (c: Conflict): number => CATEGORIES.indexOf(c.category);

/** The mark of an id from every conflict touching it: the count, and the category of the most severe (ties: category order). */
function markOf(touching: readonly Conflict[]): ConflictMark {
  let best = touching[0]!;
  for (let i = 1; i < touching.length; i++) {
    const c = touching[i]!;
    if (c.severity > best.severity || (c.severity === best.severity && rank(c) < rank(best))) best = c;
  }
  return { count: touching.length, category: best.category };
}

/** Each distinct id of `ids` once (a conflict may name an event twice). */
function distinct(ids: readonly string[]): readonly string[] {
  return ids.length <= 1 ? ids : [...new Set(ids)];
}

/** Conflicts by the ids they touch, and the marks that follow from them. */
class Side {
  readonly touching = new Map<string, Conflict[]>();
  /** Layered: a new analysis adds a layer of the few changed marks instead of copying 20,000 entries. */
  marks: LayeredMap<string, ConflictMark> = LayeredMap.of();

  add(id: string, c: Conflict): void {
    const list = this.touching.get(id);
    if (list) list.push(c);
    else this.touching.set(id, [c]);
  }

  remove(id: string, c: Conflict): void {
    const list = this.touching.get(id);
    if (!list) return;
    const at = list.indexOf(c);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.touching.delete(id);
  }

  /** New marks (the old map stays as it was: a render may still hold it), for the ids in `touched` looked at again. */
  remark(touched: ReadonlySet<string>): void {
    const changes = new Map<string, ConflictMark | undefined>();
    for (const id of touched) {
      const list = this.touching.get(id);
      changes.set(id, list ? markOf(list) : undefined);
    }
    this.marks = this.marks.with(changes);
  }

  markAll(): void {
    this.marks = LayeredMap.of([...this.touching].map(([id, list]) => [id, markOf(list)] as const));
  }
}

/**
 * `conflictMarks` (src/ui/graph/conflict-marks.ts) kept across analyses: after an edit
 * a few conflicts of thousands come and go, and the unchanged ones are the same objects
 * (applyAnalysisDelta keeps them), so only the events and links those few touch are
 * marked again. Marking 17,793 conflicts from scratch was 7 ms in Node and 30-70 ms in
 * the page after each edit at 20,000 events. The maps given out are never changed later
 * (LayeredMap, from the canvas's own projection).
 */
export function conflictMarksTracker(): (conflicts: readonly Conflict[]) => ConflictMarks {
  let last: readonly Conflict[] | null = null;
  /** `last` as a set, when one was made for it. */
  let lastSet: ReadonlySet<Conflict> | null = null;
  let events = new Side();
  let links = new Side();
  let result: ConflictMarks = { events: events.marks, links: links.marks };

  const touch = (c: Conflict, add: boolean, touchedEvents: Set<string>, touchedLinks: Set<string>): void => {
    for (const id of distinct(c.events)) {
      if (add) events.add(id, c);
      else events.remove(id, c);
      touchedEvents.add(id);
    }
    for (const id of distinct(c.links)) {
      if (add) links.add(id, c);
      else links.remove(id, c);
      touchedLinks.add(id);
    }
  };

  const fromScratch = (conflicts: readonly Conflict[]): void => {
    events = new Side();
    links = new Side();
    const ignored = new Set<string>();
    for (const c of conflicts) touch(c, true, ignored, ignored);
    events.markAll();
    links.markAll();
  };

  return (conflicts) => {
    if (conflicts === last) return result;
    // The worker's delta says what came and went when it made this list from the last one:
    // then no set of 17,793 conflicts is built (18-28 ms in the page at 20,000 events).
    const change = conflictListChange(conflicts);
    let next: ReadonlySet<Conflict> | null = null;
    let removed: readonly Conflict[] | null = null;
    let added: readonly Conflict[] | null = null;
    if (change && change.base === last) {
      removed = change.removed;
      added = change.added;
    } else if (last !== null) {
      next = new Set(conflicts);
      const kept = lastSet ?? new Set(last);
      const limit = Math.max(16, conflicts.length * MAX_CHANGED_SHARE);
      const gone: Conflict[] = [];
      const came: Conflict[] = [];
      for (const c of last) if (!next.has(c) && gone.push(c) > limit) break;
      for (const c of conflicts) if (!kept.has(c) && came.push(c) > limit) break;
      if (gone.length + came.length <= limit) {
        removed = gone;
        added = came;
      }
    }
    if (removed === null || added === null) fromScratch(conflicts);
    else {
      const touchedEvents = new Set<string>();
      const touchedLinks = new Set<string>();
      for (const c of removed) touch(c, false, touchedEvents, touchedLinks);
      for (const c of added) touch(c, true, touchedEvents, touchedLinks);
      events.remark(touchedEvents);
      links.remark(touchedLinks);
    }
    last = conflicts;
    // Made only when a list without a delta comes next.
    lastSet = next;
    result = { events: events.marks, links: links.marks };
    return result;
  };
}

import type { Conflict, ConflictCategory } from '../../core/analysis/conflict';
import { CATEGORIES } from '../categories';

/** What the canvas shows about the conflicts touching one event or link. */
export interface ConflictMark {
  readonly count: number;
  /** Category of the most severe conflict (ties: category order): decides colour and shape. */
  readonly category: ConflictCategory;
}

export interface ConflictMarks {
  readonly events: ReadonlyMap<string, ConflictMark>;
  readonly links: ReadonlyMap<string, ConflictMark>;
}

const rank = (c: ConflictCategory): number => CATEGORIES.indexOf(c);

function add(map: Map<string, { count: number; category: ConflictCategory; severity: number }>, id: string, c: Conflict): void {
  const m = map.get(id);
  if (!m) {
    map.set(id, { count: 1, category: c.category, severity: c.severity });
    return;
  }
  m.count++;
  if (c.severity > m.severity || (c.severity === m.severity && rank(c.category) < rank(m.category))) {
    m.category = c.category;
    m.severity = c.severity;
  }
}

const cache = new WeakMap<readonly Conflict[], ConflictMarks>();

/** Per event and per link: how many conflicts touch it and which category wins the look (computed once per analysis). */
export function conflictMarks(conflicts: readonly Conflict[]): ConflictMarks {
  const cached = cache.get(conflicts);
  if (cached) return cached;
  const marks = computeMarks(conflicts);
  cache.set(conflicts, marks);
  return marks;
}

function computeMarks(conflicts: readonly Conflict[]): ConflictMarks {
  const events = new Map<string, { count: number; category: ConflictCategory; severity: number }>();
  const links = new Map<string, { count: number; category: ConflictCategory; severity: number }>();
  for (const c of conflicts) {
    eachOnce(c.events, (e) => add(events, e, c));
    eachOnce(c.links, (l) => add(links, l, c));
  }
  return { events, links };
}

/** Calls `f` for each distinct id; a conflict names a handful, so no Set is made for them (tens of thousands per analysis). */
function eachOnce(ids: readonly string[], f: (id: string) => void): void {
  if (ids.length > 32) {
    for (const id of new Set(ids)) f(id);
    return;
  }
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = ids[j] === id;
    if (!seen) f(id);
  }
}

/** The empty conflict list, one object so that its marks are computed once. */
export const NO_CONFLICTS: readonly Conflict[] = [];

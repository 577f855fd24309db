import { describe, expect, it } from 'vitest';
import { CATEGORY_OF, type Conflict, type ConflictType } from '../../core/analysis/conflict';
import { ConflictRows } from './conflict-rows';
import { groupConflicts } from './group-conflicts';

const conflict = (id: string, type: ConflictType, severity: number): Conflict =>
  ({ id, type, category: CATEGORY_OF[type], severity, events: [], links: [], scales: [], message: id, subjects: [] }) as Conflict;

describe('the Conflicts panel rows', () => {
  const groups = groupConflicts([
    conflict('spike', 'intensity-spike', 0.4),
    conflict('paradox', 'temporal-paradox', 0.85),
    conflict('gap', 'causal-gap', 0.3),
    conflict('over', 'intensity-over-limit', 0.8),
    conflict('cycle', 'causal-cycle', 0.9),
  ]);
  const rows = new ConflictRows(groups);

  it('lists every conflict group after group, the first of each group heading it', () => {
    const listed = Array.from({ length: rows.length }, (_, i) => rows.at(i));
    expect(listed.map((r) => [r.conflict.id, r.group.category, r.inGroup])).toEqual([
      ['cycle', 'causal', 0],
      ['paradox', 'temporal', 0],
      ['gap', 'temporal', 1],
      ['over', 'therapeutic', 0],
      ['spike', 'therapeutic', 1],
    ]);
    expect(Array.from({ length: rows.length }, (_, i) => rows.conflictAt(i).id)).toEqual(listed.map((r) => r.conflict.id));
  });

  it('finds the row of a conflict by id, and none for an unknown one', () => {
    expect(rows.indexOf('gap')).toBe(2);
    expect(rows.indexOf('spike')).toBe(4);
    expect(rows.indexOf('gone')).toBe(-1);
    expect(new ConflictRows([]).length).toBe(0);
  });
});

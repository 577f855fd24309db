import { describe, expect, it } from 'vitest';
import { CATEGORY_OF, type Conflict, type ConflictType } from '../../core/analysis/conflict';
import { countByCategory, groupConflicts } from './group-conflicts';

function conflict(id: string, type: ConflictType, severity: number): Conflict {
  return { id, type, category: CATEGORY_OF[type], severity, events: [], links: [], scales: [], message: id, subjects: [] };
}

describe('the Conflicts panel grouping', () => {
  const conflicts = [
    conflict('spike', 'intensity-spike', 0.4),
    conflict('paradox', 'temporal-paradox', 0.85),
    conflict('gap', 'causal-gap', 0.3),
    conflict('over', 'intensity-over-limit', 0.8),
    conflict('cycle', 'causal-cycle', 0.9),
  ];

  it('groups by category in a fixed order and puts the most severe first within each group', () => {
    const groups = groupConflicts(conflicts);
    expect(groups.map((g) => [g.category, g.conflicts.map((c) => c.id)])).toEqual([
      ['causal', ['cycle']],
      ['temporal', ['paradox', 'gap']],
      ['therapeutic', ['over', 'spike']],
    ]);
  });

  it('counts conflicts per category, zero for the quiet ones', () => {
    expect(countByCategory(conflicts)).toEqual({ causal: 1, temporal: 2, scale: 0, character: 0, thematic: 0, therapeutic: 2 });
  });
});

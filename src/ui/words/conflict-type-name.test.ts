import { describe, expect, it } from 'vitest';
import { CONFLICT_TYPES } from '../../core/analysis/conflict';
import { conflictTypeName } from './conflict-type-name';

describe('conflictTypeName', () => {
  it('writes a rule as words in sentence case, without hyphens', () => {
    expect(conflictTypeName('exited-character')).toBe('Exited character');
    expect(conflictTypeName('causal-cycle')).toBe('Causal cycle');
    expect(conflictTypeName('bilocation')).toBe('Bilocation');
  });

  it('gives every rule a name of its own', () => {
    const names = CONFLICT_TYPES.map(conflictTypeName);
    expect(new Set(names).size).toBe(CONFLICT_TYPES.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][a-z]*( [a-z]+)*$/);
  });
});

import { describe, expect, it } from 'vitest';
import { fileSizeProblem, storySizeProblem } from './story-limits';

const events = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}` }));

describe('story limits', () => {
  it('accepts a file of exactly 20 MB and refuses one byte more, naming the size, the limit and nao', () => {
    expect(fileSizeProblem('big.json', 20 * 1024 * 1024)).toBeUndefined();
    const problem = fileSizeProblem('big.json', 20 * 1024 * 1024 + 1);
    expect(problem).toContain('big.json is 20.0 MB');
    expect(problem).toContain('at most 20.0 MB');
    expect(problem).toContain('nao');
  });

  it('holds 10,000 events and refuses 10,001 with the count and the limit', () => {
    expect(storySizeProblem({ events: events(10_000) as never, links: [] })).toBeUndefined();
    const problem = storySizeProblem({ events: events(10_001) as never, links: [] });
    expect(problem).toContain('10,001 events');
    expect(problem).toContain('at most 10,000 events');
    expect(problem).toContain('nao');
  });

  it('holds 20,000 links and refuses 20,001', () => {
    expect(storySizeProblem({ events: [], links: events(20_000) as never })).toBeUndefined();
    expect(storySizeProblem({ events: [], links: events(20_001) as never })).toContain('at most 20,000 links');
  });
});

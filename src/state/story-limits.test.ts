import { describe, expect, it } from 'vitest';
import { fileSizeProblem, storyCountProblem, storySizeProblem } from './story-limits';

const events = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}` }));

describe('story limits', () => {
  it('accepts a file of exactly 64 MB and refuses one byte more, naming the size, the limit and nao', () => {
    expect(fileSizeProblem('big.json', 64_000_000)).toBeUndefined();
    // One byte over does not read as within the limit.
    const problem = fileSizeProblem('big.json', 64_000_001);
    expect(problem).toContain('big.json is 64,000,001 bytes');
    expect(problem).toContain('at most 64 MB');
    expect(problem).toContain('nao');
  });

  it('reads a 50 MB file (it is refused on its counts, not its size)', () => {
    expect(fileSizeProblem('story.json', 50_000_000)).toBeUndefined();
  });

  it('counts MB as file managers do, 10^6 bytes each (a 73,400,320-byte file is 73.4 MB)', () => {
    expect(fileSizeProblem('big.json', 73_400_320)).toContain('big.json is 73.4 MB');
  });

  it('holds 25,000 events and refuses 25,001 with the count and the limit', () => {
    expect(storySizeProblem({ events: events(25_000) as never, links: [] })).toBeUndefined();
    const problem = storySizeProblem({ events: events(25_001) as never, links: [] });
    expect(problem).toContain('25,001 events');
    expect(problem).toContain('at most 25,000 events');
    expect(problem).toContain('nao');
  });

  it('holds 80,000 links and refuses 80,001', () => {
    expect(storyCountProblem(0, 80_000)).toBeUndefined();
    expect(storyCountProblem(0, 80_001)).toContain('at most 80,000 links');
  });

  it('names the events first when both are over', () => {
    expect(storyCountProblem(118_000, 350_000)).toContain('The story has 118,000 events; Arc Studio holds at most 25,000 events');
  });
});

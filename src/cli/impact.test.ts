import { describe, expect, it } from 'vitest';
import { run } from './run';
import { fixtureText, memoryIo } from './testing/memory-io';

type Json = Record<string, unknown>;
interface Reach {
  event: string;
  impact: number;
  hops: number;
  path: string[];
}

// causal-cycle: a -0.6-> b -0.3-> c -0.9-> a, all scene events (decay 0.7).
const cycle = (): ReturnType<typeof memoryIo> => memoryIo({ 'cycle.json': fixtureText('causal-cycle') });

describe('nao impact', () => {
  it('gives the ripple as JSON: source, reached with impact, hops and best path, sums per scale', () => {
    const io = cycle();
    expect(run(['impact', 'cycle.json', '--from', 'a', '--json'], io)).toBe(0);
    const ripple = JSON.parse(io.out()) as Json;
    expect(Object.keys(ripple).slice(0, 3)).toEqual(['source', 'reached', 'perScale']);
    expect(ripple['source']).toBe('a');
    const reached = ripple['reached'] as Reach[];
    expect(reached.map((r) => Object.keys(r))).toEqual([
      ['event', 'impact', 'hops', 'path'],
      ['event', 'impact', 'hops', 'path'],
    ]);
    expect(reached[0]).toMatchObject({ event: 'b', hops: 1, path: ['a', 'b'] });
    expect(reached[0]!.impact).toBeCloseTo(0.6 * 0.7, 10);
    expect(reached[1]).toMatchObject({ event: 'c', hops: 2, path: ['a', 'b', 'c'] });
    expect(reached[1]!.impact).toBeCloseTo(0.6 * 0.7 * 0.3 * 0.7, 10);
    const perScale = ripple['perScale'] as Record<string, number>;
    expect(perScale['scene']).toBeCloseTo(0.42 + 0.0882, 10);
    expect(perScale['saga']).toBe(0);
  });

  it('follows links backwards with --backward: what led to the event', () => {
    const io = cycle();
    expect(run(['impact', 'cycle.json', '--from', 'c', '--backward', '--json'], io)).toBe(0);
    const ripple = JSON.parse(io.out()) as { reached: Reach[]; direction: string };
    expect(ripple.direction).toBe('backward');
    expect(ripple.reached.map((r) => r.event)).toEqual(['b', 'a']);
    expect(ripple.reached[0]!.impact).toBeCloseTo(0.3 * 0.7, 10);
  });

  it('shows a table with percentages in text mode', () => {
    const io = cycle();
    expect(run(['impact', 'cycle.json', '--from', 'a'], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('Ripple from The letter arrives (scene, t=1) [a]: 2 events reached');
    expect(out).toMatch(/^ +42\.0% +1 +b +Mara opens the letter +scene +a -> b$/m);
    expect(out).toMatch(/^ +8\.8% +2 +c +Mara writes the letter +scene +a -> b -> c$/m);
    expect(out).toContain('impact per scale: scene 0.51, arc 0.00, world 0.00, saga 0.00');
  });

  it('cuts the text table at --top rows and says how many are left', () => {
    const io = cycle();
    run(['impact', 'cycle.json', '--from', 'a', '--top', '1'], io);
    expect(io.out()).not.toContain('Mara writes the letter');
    expect(io.out()).toContain('… and 1 more');
  });

  it('names an unknown event and exits 2', () => {
    const io = cycle();
    expect(run(['impact', 'cycle.json', '--from', 'lighthouse'], io)).toBe(2);
    expect(io.err()).toContain('no event with id "lighthouse" in cycle.json');
    expect(io.out()).toBe('');
  });

  it('needs --from', () => {
    const io = cycle();
    expect(run(['impact', 'cycle.json'], io)).toBe(2);
    expect(io.err()).toContain('impact needs --from EVENT_ID');
  });
});

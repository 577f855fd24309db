import { describe, expect, it } from 'vitest';
import { computeRipple, type Ripple } from './ripple';
import { rippleStory } from './ripple-test-story';

/** The reached events as [id, impact, hops] triples, impact rounded to 6 places. */
function reachOf(ripple: Ripple): [string, number, number][] {
  return ripple.reached.map((r) => [r.event, Number(r.impact.toFixed(6)), r.hops]);
}

describe('impact ripple', () => {
  it('follows the strongest chain even when a shorter link exists', () => {
    // Two arc links of strength 1 beat one weak direct link: 0.85 * 0.85 = 0.7225 > 0.3 * 0.85.
    const ix = rippleStory(
      [{ id: 's' }, { id: 'a', scale: 'arc', time: 1 }, { id: 'b', scale: 'arc', time: 2 }],
      [
        ['s', 'a', 1],
        ['a', 'b', 1],
        ['s', 'b', 0.3],
      ],
    );
    const ripple = computeRipple(ix, 's');
    expect(reachOf(ripple)).toEqual([
      ['a', 0.85, 1],
      ['b', 0.7225, 2],
    ]);
    expect(ripple.reached[1]!.path).toEqual(['s', 'a', 'b']);
    expect(ripple.reached[0]!.path).toEqual(['s', 'a']);
  });

  it('applies the decay of the scale of the event reached, not of the cause', () => {
    const ix = rippleStory(
      [
        { id: 'w', scale: 'world' },
        { id: 'scene-effect', scale: 'scene' },
        { id: 'saga-effect', scale: 'saga' },
      ],
      [
        ['w', 'scene-effect', 0.5],
        ['w', 'saga-effect', 0.5],
      ],
    );
    expect(reachOf(computeRipple(ix, 'w'))).toEqual([
      ['saga-effect', 0.495, 1],
      ['scene-effect', 0.35, 1],
    ]);
  });

  it('goes round a cycle once and never reports the source', () => {
    const ix = rippleStory(
      [{ id: 's' }, { id: 'a', time: 1 }, { id: 'b', time: 2 }],
      [
        ['s', 'a', 1],
        ['a', 'b', 1],
        ['b', 'a', 1],
        ['b', 's', 1],
      ],
    );
    const ripple = computeRipple(ix, 's');
    expect(reachOf(ripple)).toEqual([
      ['a', 0.7, 1],
      ['b', 0.49, 2],
    ]);
    expect(ripple.perScale.scene).toBeCloseTo(1.19, 12);
  });

  it('leaves out events whose impact falls below 0.05, and what lies beyond them', () => {
    // Scene chain of strength 0.5: 0.35, 0.1225, 0.042875, 0.015...
    const ids = ['e0', 'e1', 'e2', 'e3', 'e4'];
    const ix = rippleStory(
      ids.map((id, t) => ({ id, time: t })),
      ids.slice(1).map((id, k) => [ids[k]!, id, 0.5] as const),
    );
    expect(computeRipple(ix, 'e0').reached.map((r) => r.event)).toEqual(['e1', 'e2']);
    expect(computeRipple(ix, 'e0', { minImpact: 0.2 }).reached.map((r) => r.event)).toEqual(['e1']);
    expect(computeRipple(ix, 'e0', { minImpact: 0.02 }).reached.map((r) => r.event)).toEqual(['e1', 'e2', 'e3']);
  });

  it('walks against the links for "what led here", decaying by the cause reached', () => {
    const ix = rippleStory(
      [
        { id: 'origin', scale: 'saga', time: 0 },
        { id: 'turn', scale: 'arc', time: 10 },
        { id: 'here', scale: 'scene', time: 20 },
        { id: 'after', scale: 'scene', time: 30 },
      ],
      [
        ['origin', 'turn', 0.5],
        ['turn', 'here', 0.8],
        ['here', 'after', 1],
      ],
    );
    const back = computeRipple(ix, 'here', { direction: 'backward' });
    expect(back.direction).toBe('backward');
    // turn: 0.8 * decay(arc) = 0.68; origin: 0.68 * 0.5 * decay(saga) = 0.3366.
    expect(reachOf(back)).toEqual([
      ['turn', 0.68, 1],
      ['origin', 0.3366, 2],
    ]);
    expect(back.reached[1]!.path).toEqual(['here', 'turn', 'origin']);
    expect(reachOf(computeRipple(ix, 'here'))).toEqual([['after', 0.7, 1]]);
  });

  it('sums impact per scale and lists every scale, even untouched ones', () => {
    const ix = rippleStory(
      [
        { id: 's' },
        { id: 'a1', scale: 'arc', time: 1 },
        { id: 'a2', scale: 'arc', time: 2 },
        { id: 'x', time: 3 },
      ],
      [
        ['s', 'a1', 1],
        ['s', 'a2', 0.5],
        ['s', 'x', 0.5],
      ],
    );
    const { perScale } = computeRipple(ix, 's');
    expect(Object.keys(perScale).sort()).toEqual(['arc', 'saga', 'scene', 'world']);
    expect(perScale.arc).toBeCloseTo(0.85 + 0.425, 12);
    expect(perScale.scene).toBeCloseTo(0.35, 12);
    expect(perScale.world).toBe(0);
    expect(perScale.saga).toBe(0);
  });

  it('lists the characters, locations and themes of the source and the reached events', () => {
    const ix = rippleStory(
      [
        { id: 's', participants: ['mara'], location: 'harbor', themes: { loss: 0.6 } },
        {
          id: 'a',
          time: 1,
          participants: ['ivo'],
          effects: { kofi: { alive: false } },
          location: 'cliffs',
          themes: { hope: 0.2, despair: 0 },
        },
        { id: 'far', time: 2, participants: ['zed'], location: 'moon', themes: { joy: 1 } },
      ],
      [
        ['s', 'a', 1],
        ['a', 'far', 0.01],
      ],
    );
    const ripple = computeRipple(ix, 's');
    expect(ripple.characters).toEqual(['ivo', 'kofi', 'mara']);
    expect(ripple.locations).toEqual(['cliffs', 'harbor']);
    expect(ripple.themes).toEqual(['hope', 'loss']);
  });

  it('prefers fewer hops when two paths give the same impact', () => {
    // Direct: 0.7 * 0.7; through u: (1 * 0.7) * (1 * 0.7): the same number.
    const ix = rippleStory(
      [{ id: 's' }, { id: 'u', time: 1 }, { id: 'v', time: 2 }],
      [
        ['s', 'u', 1],
        ['u', 'v', 1],
        ['s', 'v', 0.7],
      ],
    );
    const v = computeRipple(ix, 's').reached.find((r) => r.event === 'v')!;
    expect(v.hops).toBe(1);
    expect(v.path).toEqual(['s', 'v']);
  });

  it('prefers fewer hops even when the longer of two equal paths is found first', () => {
    // Long: 0.7 * 0.7 * (0.5 * 0.7); short: (0.5 * 0.7) * (0.7 * 0.7); both 0.1715.
    // c (0.49) is settled before a (0.35), so the long path reaches v first.
    const ix = rippleStory(
      [{ id: 's' }, { id: 'b', time: 1 }, { id: 'c', time: 2 }, { id: 'a', time: 3 }, { id: 'v', time: 4 }],
      [
        ['s', 'b', 1],
        ['b', 'c', 1],
        ['c', 'v', 0.5],
        ['s', 'a', 0.5],
        ['a', 'v', 0.7],
      ],
    );
    const v = computeRipple(ix, 's').reached.find((r) => r.event === 'v')!;
    expect(v.path).toEqual(['s', 'a', 'v']);
    expect(v.hops).toBe(2);
    expect(v.impact).toBeCloseTo(0.1715, 12);
  });

  it('orders equal impacts by timeline', () => {
    const ix = rippleStory(
      [{ id: 's' }, { id: 'late', time: 5 }, { id: 'early', time: 3 }],
      [
        ['s', 'late', 0.5],
        ['s', 'early', 0.5],
      ],
    );
    expect(computeRipple(ix, 's').reached.map((r) => r.event)).toEqual(['early', 'late']);
  });

  it('counts only paths within maxHops', () => {
    const ix = rippleStory(
      [{ id: 's' }, { id: 'a', scale: 'arc', time: 1 }, { id: 'b', scale: 'arc', time: 2 }],
      [
        ['s', 'a', 1],
        ['a', 'b', 1],
        ['s', 'b', 0.3],
      ],
    );
    expect(reachOf(computeRipple(ix, 's', { maxHops: 1 }))).toEqual([
      ['a', 0.85, 1],
      ['b', 0.255, 1],
    ]);
    expect(computeRipple(ix, 's', { maxHops: 1 }).reached[1]!.path).toEqual(['s', 'b']);
    expect(reachOf(computeRipple(ix, 's', { maxHops: 2 }))).toEqual([
      ['a', 0.85, 1],
      ['b', 0.7225, 2],
    ]);
    expect(computeRipple(ix, 's', { maxHops: 0 }).reached).toEqual([]);
  });

  it('uses the linear decay of a custom scale list', () => {
    const scales = [
      { id: 'beat', window: 1 },
      { id: 'act', window: 10 },
      { id: 'play', window: 100 },
    ];
    const ix = rippleStory(
      [{ id: 's', scale: 'beat' }, { id: 'act1', scale: 'act', time: 1 }],
      [['s', 'act1', 1]],
      scales,
    );
    expect(computeRipple(ix, 's').reached[0]!.impact).toBeCloseTo(0.845, 12);
    expect(Object.keys(computeRipple(ix, 's').perScale)).toEqual(['beat', 'act', 'play']);
  });

  it('names an unknown source event in its error', () => {
    const ix = rippleStory([{ id: 's' }], []);
    expect(() => computeRipple(ix, 'nope')).toThrow('No event with id "nope"');
  });

  it('rejects nonsensical options', () => {
    const ix = rippleStory([{ id: 's' }], []);
    expect(() => computeRipple(ix, 's', { minImpact: Number.NaN })).toThrow(RangeError);
    expect(() => computeRipple(ix, 's', { maxHops: 1.5 })).toThrow(RangeError);
    expect(() => computeRipple(ix, 's', { maxHops: -1 })).toThrow(RangeError);
  });

  it('reaches nothing from an isolated event but still reports what it touches', () => {
    const ix = rippleStory([{ id: 's', participants: ['mara'] }, { id: 'other', time: 1 }], [['other', 's', 1]]);
    const ripple = computeRipple(ix, 's');
    expect(ripple.reached).toEqual([]);
    expect(ripple.characters).toEqual(['mara']);
    expect(ripple.perScale).toEqual({ scene: 0, arc: 0, world: 0, saga: 0 });
  });
});

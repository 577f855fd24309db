import { describe, expect, it } from 'vitest';
import { OverlayMap } from './overlay-map';

describe('an event index with events appended', () => {
  it('answers like one map holding all the entries, the earlier map untouched', () => {
    const base = new Map([['storm', 0], ['flood', 1]]);
    const once = OverlayMap.over(base, [['bell', 2]]);
    const twice = OverlayMap.over(once, [['gale', 3]]);
    expect(new Map(twice)).toEqual(new Map([['storm', 0], ['flood', 1], ['bell', 2], ['gale', 3]]));
    expect([twice.get('flood'), twice.get('gale'), twice.get('nowhere')]).toEqual([1, 3, undefined]);
    expect(twice.has('bell') && !twice.has('nowhere')).toBe(true);
    expect(twice.size).toBe(4);
    expect(base.size).toBe(2);
    expect(once.has('gale')).toBe(false);
  });

  it('becomes one plain map again when many entries pile up on top', () => {
    const many = Array.from({ length: 5000 }, (_, i): [string, number] => [`e${i}`, i + 1]);
    const flat = OverlayMap.over(new Map([['first', 0]]), many);
    expect(flat).toBeInstanceOf(Map);
    expect(flat.get('e4999')).toBe(5000);
    expect(flat.size).toBe(5001);
  });
});

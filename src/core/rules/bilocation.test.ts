import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyOf, type EventSketch } from '../testing/story-builder';
import { bilocationRule } from './bilocation';
import { eventsFoundWith, findWith } from './timeline/test-run';

const found = (events: EventSketch[]) => eventsFoundWith(bilocationRule, storyOf({ events }));
const at = (id: string, time: number, location: string | undefined, duration = 0, who = ['kofi']): EventSketch => ({
  id,
  time,
  duration,
  participants: who,
  ...(location === undefined ? {} : { location }),
});

describe('bilocation', () => {
  it('flags a character still mending nets at the harbor while climbing the cliffs', () => {
    const story = storyOf({
      events: [
        { ...at('p', 1, 'harbor', 2), title: 'Kofi mends nets' },
        { ...at('q', 2, 'cliffs'), title: 'Kofi climbs the cliffs' },
      ],
    });
    const conflicts = findWith(bilocationRule, story);
    expect(conflicts.map((c) => c.events)).toEqual([['p', 'q']]);
    expect(conflicts[0]!.message).toBe(
      'kofi is in two places at once: at harbor in Kofi mends nets (scene, t=1) and at cliffs in Kofi climbs the cliffs (scene, t=2).',
    );
  });

  it('flags two instant events at the same time in different places', () => {
    expect(found([at('s', 5, 'chapel'), at('t', 5, 'market')])).toEqual(['s,t']);
  });

  it('does not flag an event that ends exactly when the next one starts', () => {
    expect(found([at('p', 1, 'harbor', 1), at('q', 2, 'cliffs')])).toEqual([]);
  });

  it('does not flag overlapping events at the same location', () => {
    expect(found([at('p', 1, 'harbor', 5), at('q', 2, 'harbor')])).toEqual([]);
  });

  it('does not flag events without a location', () => {
    expect(found([at('p', 1, 'harbor', 5), at('q', 2, undefined)])).toEqual([]);
  });

  it('does not flag different characters in different places', () => {
    expect(found([at('p', 1, 'harbor', 5, ['kofi']), at('q', 2, 'cliffs', 0, ['ayla'])])).toEqual([]);
  });

  it('lists the earlier event first even when the file has them the other way round', () => {
    expect(found([at('q', 2, 'cliffs'), at('p', 1, 'harbor', 3)])).toEqual(['p,q']);
    expect(found([at('b', 4, 'cliffs'), at('a', 4, 'harbor')])).toEqual(['b,a']);
  });

  it('keeps a long event active across several later ones', () => {
    const events = [
      at('voyage', 0, 'sea', 10),
      at('q1', 1, 'port'),
      at('q2', 5, 'sea'),
      at('q3', 9, 'port'),
      at('q4', 10, 'port'),
    ];
    expect(found(events)).toEqual(['voyage,q1', 'voyage,q3']);
  });

  it('reports one conflict naming both characters when two share the overlap', () => {
    const story = storyOf({
      events: [at('p', 1, 'harbor', 2, ['kofi', 'ayla']), at('q', 2, 'cliffs', 0, ['ayla', 'kofi'])],
    });
    const conflicts = findWith(bilocationRule, story);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.message).toMatch(/^(kofi and ayla|ayla and kofi) are in two places at once/);
  });

  it('does not count a character listed twice in one event as being in two places', () => {
    expect(found([at('p', 1, 'harbor', 0, ['kofi', 'kofi']), at('q', 1, 'harbor', 0, ['kofi', 'kofi'])])).toEqual([]);
    expect(found([at('p', 1, 'harbor', 0, ['kofi', 'kofi']), at('q', 1, 'cliffs', 0, ['kofi'])])).toEqual(['p,q']);
  });

  const schedules = {
    'short scenes of a small cast': {
      maxLength: 25,
      time: fc.integer({ min: 0, max: 12 }),
      duration: fc.constantFrom(0, 0, 1, 2, 5, 0.5),
      cast: ['x', 'y', 'z'],
    },
    'one character in many long, overlapping events': {
      maxLength: 80,
      time: fc.integer({ min: 0, max: 10 }),
      duration: fc.constantFrom(0, 3, 8, 20, 0.5),
      cast: ['x'],
    },
  };
  it.each(Object.entries(schedules))('agrees with a direct check of every pair: %s', (_, schedule) => {
    const event = fc.record({
      time: schedule.time,
      duration: schedule.duration,
      location: fc.constantFrom(undefined, 'a', 'b', 'c'),
      participants: fc.subarray(schedule.cast),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: schedule.maxLength }), (sketches) => {
        const events = sketches.map((s, i) => at(`e${i}`, s.time, s.location, s.duration, s.participants));
        // Reference: every pair, P before Q in timeline order (time, then file order).
        const expected: string[] = [];
        for (let i = 0; i < sketches.length; i++) {
          for (let j = 0; j < sketches.length; j++) {
            const p = sketches[i]!;
            const q = sketches[j]!;
            const pBeforeQ = p.time < q.time || (p.time === q.time && i < j);
            if (!pBeforeQ || p.location === undefined || q.location === undefined || p.location === q.location) continue;
            if (!p.participants.some((c) => q.participants.includes(c))) continue;
            if (p.time === q.time || p.time + p.duration > q.time) expected.push(`e${i},e${j}`);
          }
        }
        expect(found(events)).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import { buildStoryIndex } from '../analysis/story-index';
import { arbStory } from '../testing/arbitraries';
import { storyOf, type EventSketch } from '../testing/story-builder';
import { tensionSeries } from './tension';

const felt = (id: string, time: number, intensity: number, tags: string[] = []): EventSketch => ({ id, time, intensity, tags });

describe('tension curve', () => {
  // Limits: max 0.8, peak 0.7, recovery within 2 events at 0.3 or below, step 0.4.
  const therapy = { maxIntensity: 0.8, peakIntensity: 0.7, recoveryWithin: 2, recoveryIntensity: 0.3, maxIntensityStep: 0.4 };
  // Timeline (file order shuffled on purpose): a .2, b .7, c .5, d .25, e .9, f .6, g .5, h .1
  //  - b (0.7) is a peak; d (0.25) two events later is its recovery: b has recovery, d is a recovery beat.
  //  - e (0.9) is over 0.8 and a peak; f, g are not recoveries within 2: e is a peak without recovery.
  //    h is a recovery but 3 events after e: no recovery beat.
  //  - spikes (rise > 0.4): a->b is 0.5 (spike at b); d->e is 0.65 (spike at e); others rise less.
  const story = storyOf({
    therapy,
    events: [
      felt('e', 5, 0.9),
      felt('a', 1, 0.2),
      felt('c', 3, 0.5),
      felt('b', 2, 0.7),
      felt('d', 4, 0.25),
      felt('g', 7, 0.5),
      felt('f', 6, 0.6),
      felt('h', 8, 0.1),
    ],
  });
  const series = tensionSeries(buildStoryIndex(story));
  const marked = (pick: (p: (typeof series.points)[number]) => boolean): string[] => series.points.filter(pick).map((p) => p.id);

  it('lists every event in timeline order with its intensity', () => {
    expect(series.points.map((p) => [p.id, p.time, p.intensity])).toEqual([
      ['a', 1, 0.2],
      ['b', 2, 0.7],
      ['c', 3, 0.5],
      ['d', 4, 0.25],
      ['e', 5, 0.9],
      ['f', 6, 0.6],
      ['g', 7, 0.5],
      ['h', 8, 0.1],
    ]);
  });

  it('marks over-limit events, peaks without recovery, recovery beats and spikes as worked out by hand', () => {
    expect(marked((p) => p.overLimit)).toEqual(['e']);
    expect(marked((p) => p.peakWithoutRecovery)).toEqual(['e']);
    expect(marked((p) => p.recoveryBeat)).toEqual(['d']);
    expect(marked((p) => p.spike)).toEqual(['b', 'e']);
    expect(series.band).toEqual({ low: 0.3, high: 0.8 });
  });

  it('counts an event tagged recovery as a recovery beat whatever its intensity', () => {
    const tagged = storyOf({ therapy, events: [felt('p', 1, 0.75), felt('q', 2, 0.5, ['recovery'])] });
    const s = tensionSeries(buildStoryIndex(tagged));
    expect(s.points.map((p) => [p.id, p.peakWithoutRecovery, p.recoveryBeat])).toEqual([
      ['p', false, false],
      ['q', false, true],
    ]);
  });

  it('marks exactly the events the therapeutic rules name, on any story', () => {
    fc.assert(
      fc.property(arbStory(), (s) => {
        const ix = buildStoryIndex(s);
        const conflicts = detectConflicts(ix);
        const named = (type: string, at: number): string[] =>
          conflicts
            .filter((c) => c.type === type)
            .map((c) => c.events[at]!)
            .sort();
        const points = tensionSeries(ix).points;
        const ids = (pick: (p: (typeof points)[number]) => boolean): string[] => points.filter(pick).map((p) => p.id).sort();
        expect(ids((p) => p.overLimit)).toEqual(named('intensity-over-limit', 0));
        expect(ids((p) => p.peakWithoutRecovery)).toEqual(named('no-recovery', 0));
        expect(ids((p) => p.spike)).toEqual(named('intensity-spike', 1));
      }),
      { numRuns: 200 },
    );
  });
});

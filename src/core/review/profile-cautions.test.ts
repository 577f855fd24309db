import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { DEFAULT_THERAPY } from '../model/defaults';
import { storyOf } from '../testing/story-builder';
import { profileCautions } from './profile-cautions';
import { STARTER_PROFILES } from './starter-profiles';

describe('therapy profile cautions', () => {
  it('say nothing for the defaults and the starter profiles', () => {
    expect(profileCautions(DEFAULT_THERAPY)).toEqual([]);
    for (const p of STARTER_PROFILES) expect(profileCautions({ ...DEFAULT_THERAPY, ...p.limits }), p.name).toEqual([]);
  });

  it('warn when a peak is above the maximum, not when they are equal', () => {
    expect(profileCautions({ ...DEFAULT_THERAPY, maxIntensity: 0.85, peakIntensity: 0.85 })).toEqual([]);
    expect(profileCautions({ ...DEFAULT_THERAPY, maxIntensity: 0.85, peakIntensity: 0.9 })).toEqual([
      'Peak intensity (0.9) is above the maximum intensity (0.85): every peak is also over the limit, so it is reported twice.',
    ]);
  });

  it('warn when recovery is not below the peak, from equality on', () => {
    expect(profileCautions({ ...DEFAULT_THERAPY, peakIntensity: 0.7, recoveryIntensity: 0.65 })).toEqual([]);
    expect(profileCautions({ ...DEFAULT_THERAPY, peakIntensity: 0.7, recoveryIntensity: 0.7 })).toHaveLength(1);
  });

  it('is right about the rules: with the peak above the maximum, one event is both over the limit and a peak without recovery', () => {
    const story = storyOf({ events: [{ id: 'e', intensity: 0.95 }] });
    const therapy = { ...DEFAULT_THERAPY, maxIntensity: 0.85, peakIntensity: 0.9 };
    const types = analyzeStory({ ...story, therapy }).conflicts.map((c) => c.type).sort();
    expect(types).toEqual(['intensity-over-limit', 'no-recovery']);
  });
});

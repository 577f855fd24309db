import { describe, expect, it } from 'vitest';
import { applyEdit } from '../edits/apply-edit';
import { DEFAULT_THERAPY } from '../model/defaults';
import { hasTherapyProfile } from '../model/therapy-profile';
import { loadStory } from '../story/load-story';
import { storyOf } from '../testing/story-builder';
import { STARTER_PROFILES } from './starter-profiles';
import { THERAPY_FIELDS, readTherapyInput } from './therapy-fields';

describe('starter profiles', () => {
  it.each(STARTER_PROFILES.map((p) => [p.name, p] as const))('%s loads as a story file and applies as set-therapy edits', (_, profile) => {
    const loaded = loadStory({ format: 'nao-story', version: 1, title: 'T', events: [], links: [], therapy: profile.limits });
    expect(loaded.ok).toBe(true);
    let story = storyOf({ events: [] });
    for (const [field, value] of Object.entries(profile.limits)) {
      story = applyEdit(story, { kind: 'set-therapy', field: field as keyof typeof profile.limits, value }).story;
    }
    expect(story.therapy).toEqual(profile.limits);
    expect(hasTherapyProfile(story)).toBe(true);
    // A peak must sit inside the limit, and recovery below the peak, or the starter contradicts itself.
    expect(profile.limits.peakIntensity).toBeLessThanOrEqual(profile.limits.maxIntensity);
    expect(profile.limits.recoveryIntensity).toBeLessThan(profile.limits.peakIntensity);
    for (const f of THERAPY_FIELDS) expect(readTherapyInput(f, String(profile.limits[f.key])).ok).toBe(true);
  });

  it('orders gentle below standard below exposure work, and standard is the format default', () => {
    const [gentle, standard, exposure] = STARTER_PROFILES.map((p) => p.limits);
    expect(gentle!.maxIntensity).toBeLessThan(standard!.maxIntensity);
    expect(standard!.maxIntensity).toBeLessThan(exposure!.maxIntensity);
    expect(standard).toEqual({
      maxIntensity: DEFAULT_THERAPY.maxIntensity,
      peakIntensity: DEFAULT_THERAPY.peakIntensity,
      recoveryWithin: DEFAULT_THERAPY.recoveryWithin,
      recoveryIntensity: DEFAULT_THERAPY.recoveryIntensity,
      maxIntensityStep: DEFAULT_THERAPY.maxIntensityStep,
    });
  });
});

describe('therapy limit input', () => {
  const max = THERAPY_FIELDS.find((f) => f.key === 'maxIntensity')!;
  const within = THERAPY_FIELDS.find((f) => f.key === 'recoveryWithin')!;
  it('accepts values in range and refuses others with a message naming the field and range', () => {
    expect(readTherapyInput(max, '0.5')).toEqual({ ok: true, value: 0.5 });
    expect(readTherapyInput(max, '1.5')).toEqual({ ok: false, error: 'Maximum intensity must be from 0 to 1; 1.5 is out of range.' });
    expect(readTherapyInput(max, 'abc')).toEqual({ ok: false, error: 'Maximum intensity must be a number from 0 to 1; "abc" is not a number.' });
    expect(readTherapyInput(max, '')).toMatchObject({ ok: false });
    expect(readTherapyInput(within, '2.5')).toEqual({ ok: false, error: 'Recovery within must be a whole number of events; 2.5 is not.' });
    expect(readTherapyInput(within, '-1')).toMatchObject({ ok: false });
  });
});

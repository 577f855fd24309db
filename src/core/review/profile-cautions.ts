import type { TherapySettings } from '../model/story';

type Limits = Pick<TherapySettings, 'maxIntensity' | 'peakIntensity' | 'recoveryIntensity'>;

/**
 * What a set of limits means that its author may not have meant, in words for the therapy
 * profile form. Each limit is valid alone (story-format.md), but together they can make two
 * rules speak of the same events (conflict-rules.md: over the limit is `intensity > maxIntensity`,
 * a peak is `intensity >= peakIntensity`, a recovery is `intensity <= recoveryIntensity`).
 * Empty when the limits are ordered recovery < peak <= maximum.
 */
export function profileCautions(limits: Limits): string[] {
  const { maxIntensity: max, peakIntensity: peak, recoveryIntensity: recovery } = limits;
  const out: string[] = [];
  if (peak > max) {
    out.push(`Peak intensity (${peak}) is above the maximum intensity (${max}): every peak is also over the limit, so it is reported twice.`);
  }
  if (recovery >= peak) {
    out.push(`Recovery intensity (${recovery}) is not below peak intensity (${peak}): an event can be a peak and the recovery after another peak at once.`);
  }
  return out;
}

import type { TherapySettings } from '../model/story';

/** The numeric limits of a therapy profile; goals and avoided themes belong to the client, not to a starter. */
export type TherapyLimits = Pick<TherapySettings, 'maxIntensity' | 'peakIntensity' | 'recoveryWithin' | 'recoveryIntensity' | 'maxIntensityStep'>;

export interface StarterProfile {
  readonly id: 'gentle' | 'standard' | 'exposure-work';
  readonly name: string;
  /** One sentence a therapist can judge the starter by (docs/REVIEW.md explains each). */
  readonly purpose: string;
  readonly limits: TherapyLimits;
}

/**
 * Starting points for a therapy profile (docs/REVIEW.md). "standard" is the format's
 * defaults spelled out; "gentle" keeps everything lower and recovers sooner; "exposure
 * work" allows stronger, longer peaks for planned, supervised exposure.
 */
export const STARTER_PROFILES: readonly StarterProfile[] = [
  {
    id: 'gentle',
    name: 'Gentle',
    purpose: 'For a fragile client or a first session: low peaks, small steps, recovery right after each peak.',
    limits: { maxIntensity: 0.6, peakIntensity: 0.5, recoveryWithin: 2, recoveryIntensity: 0.3, maxIntensityStep: 0.25 },
  },
  {
    id: 'standard',
    name: 'Standard',
    purpose: "The format's defaults: peaks up to 0.85, recovery within three events, steps up to 0.4.",
    limits: { maxIntensity: 0.85, peakIntensity: 0.7, recoveryWithin: 3, recoveryIntensity: 0.3, maxIntensityStep: 0.4 },
  },
  {
    id: 'exposure-work',
    name: 'Exposure work',
    purpose: 'For planned exposure with a therapist present: high peaks allowed, recovery may take longer, bigger steps.',
    limits: { maxIntensity: 0.95, peakIntensity: 0.8, recoveryWithin: 4, recoveryIntensity: 0.35, maxIntensityStep: 0.5 },
  },
];

import type { TherapyLimits } from './starter-profiles';

/** How the review form shows one numeric therapy limit, in the names of ui-contract.md (Story settings). */
export interface TherapyField {
  readonly key: keyof TherapyLimits;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly integer: boolean;
  /** What the limit means, in a therapist's words. */
  readonly help: string;
}

export const THERAPY_FIELDS: readonly TherapyField[] = [
  { key: 'maxIntensity', label: 'Maximum intensity', min: 0, max: 1, step: 0.05, integer: false, help: 'No event should be more intense than this.' },
  { key: 'peakIntensity', label: 'Peak intensity', min: 0, max: 1, step: 0.05, integer: false, help: 'From this intensity on, an event is a peak that needs a recovery after it.' },
  { key: 'recoveryWithin', label: 'Recovery within', min: 0, max: 10, step: 1, integer: true, help: 'How many events after a peak a recovery must come.' },
  { key: 'recoveryIntensity', label: 'Recovery intensity', min: 0, max: 1, step: 0.05, integer: false, help: 'An event this calm (or tagged recovery) counts as a recovery.' },
  { key: 'maxIntensityStep', label: 'Maximum step', min: 0, max: 1, step: 0.05, integer: false, help: 'The largest rise in intensity from one event to the next.' },
];

export type FieldInput = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: string };

/**
 * Reads what a person typed into a limit field. Out of range or not a number gives a message
 * naming the field and the allowed range, and no value, so nothing changes. (The form's own
 * range for `Recovery within` stops at 10; longer windows are refused here as well, since no
 * therapist asked for them, though the file format would accept them.)
 */
export function readTherapyInput(field: TherapyField, text: string): FieldInput {
  const trimmed = text.trim();
  const value = trimmed === '' ? NaN : Number(trimmed);
  const range = `${field.min} to ${field.max}`;
  if (!Number.isFinite(value)) return { ok: false, error: `${field.label} must be a number from ${range}; "${text}" is not a number.` };
  if (value < field.min || value > field.max) return { ok: false, error: `${field.label} must be from ${range}; ${value} is out of range.` };
  if (field.integer && !Number.isInteger(value)) return { ok: false, error: `${field.label} must be a whole number of events; ${value} is not.` };
  return { ok: true, value };
}

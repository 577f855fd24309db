/** A tick of the intensity axis as exactly as it sits (0.25, not "0.3"): a therapist reads the limits against these lines. */
export function intensityTick(t: number): string {
  return String(Math.round(t * 100) / 100);
}

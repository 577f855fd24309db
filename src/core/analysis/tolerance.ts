/**
 * Floating-point tolerance of conflict-rules.md ("Numbers"): story values are decimals
 * doubles cannot hold (0.4 - 0.1 is 0.30000000000000004), so every comparison of a
 * computed quantity with a threshold allows EPS. Comparisons of two stored values
 * without arithmetic stay exact and do not use these helpers.
 */
export const EPS = 1e-9;

/** "x > limit" of the spec: x > limit + EPS. */
export function exceeds(x: number, limit: number): boolean {
  return x > limit + EPS;
}

/** "x >= limit" of the spec: x >= limit - EPS. */
export function reaches(x: number, limit: number): boolean {
  return x >= limit - EPS;
}

/** "x <= limit" of the spec: x <= limit + EPS. */
export function withinLimit(x: number, limit: number): boolean {
  return x <= limit + EPS;
}

/** How the Impact panel writes numbers; the e2e test compares the panel with the core through these. */

/** An impact in (0, 1] as a percentage with one decimal: 0.4213 -> "42.1%". */
export function impactPercent(impact: number): string {
  return `${(impact * 100).toFixed(1)}%`;
}

/** A per-scale total (a sum of impacts, may exceed 1): two decimals. */
export function scaleTotal(total: number): string {
  return total.toFixed(2);
}

/** The change an edit would make to an impact, in percentage points: "+12.0", "−3.5", "" when none. */
export function impactDelta(before: number, after: number): string {
  const d = (after - before) * 100;
  if (Math.abs(d) < 0.05) return '';
  return `${d > 0 ? '+' : '−'}${Math.abs(d).toFixed(1)}`;
}

/** Which of five tint steps an impact falls into (1 = faint, 5 = strong), for the canvas and the panel. */
export function impactTier(impact: number): 1 | 2 | 3 | 4 | 5 {
  return Math.min(5, Math.max(1, Math.ceil(impact * 5))) as 1 | 2 | 3 | 4 | 5;
}

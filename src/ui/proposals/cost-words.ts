/**
 * A proposal's cost in words. The cost (core `patchCost`) adds up what the fix does to the
 * author's material: about 1 per small edit (a field, a link, a participant), more for
 * removing than adding, and up to 1 more for a move or change as large as a scale window.
 */
export function costInWords(cost: number): { readonly size: string; readonly explanation: string } {
  const size = cost <= 1.5 ? 'Small change' : cost <= 3 ? 'Moderate change' : 'Large change';
  const shown = Number.isInteger(cost) ? String(cost) : cost.toFixed(2);
  return {
    size: `${size} (cost ${shown})`,
    explanation: 'How much of your story this fix changes: about 1 for each small edit, more for removing material than adding it, more for bigger moves. Lower is gentler.',
  };
}

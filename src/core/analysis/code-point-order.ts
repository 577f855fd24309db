function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * Compares two strings by Unicode code point, as conflict-rules.md orders event ids.
 * JavaScript's default sort compares UTF-16 code units, which puts U+E000..U+FFFF after
 * supplementary characters (emoji); code point order puts them before. Lone surrogates
 * count as their own code unit value, so every string, well-formed or not, has a place.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  // When the difference is the second half of a pair (in either string) after a shared high
  // surrogate, the whole pair decides: a supplementary code point is above any lone surrogate.
  if (i > 0 && isHighSurrogate(a.charCodeAt(i - 1)) && (isLowSurrogate(a.charCodeAt(i)) || isLowSurrogate(b.charCodeAt(i)))) i--;
  return a.codePointAt(i)! - b.codePointAt(i)!;
}

/**
 * Text from a story (titles, ids, messages that quote them) shown on a terminal. A story can
 * hold ESC sequences that recolour or clear the screen, carriage returns that overwrite a line,
 * or bidi overrides (U+202E) that make text read differently from what it is; those are shown
 * as escapes (`\x1b`, `\u202e`) instead. JSON output is never passed through here: it stays exact.
 */

// C0 and C1 controls except tab and newline, DEL, bidi marks, embeddings, overrides and isolates,
// the Unicode line and paragraph separators, and lone surrogates (which would print as U+FFFD).
const UNSAFE_IN_TEXT =
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// The same plus tab and newline: inside one field they would forge columns and lines.
const UNSAFE_IN_FIELD =
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Longest line of a message; a 1 MB id quoted in an error would otherwise fill the scrollback. */
export const MAX_LINE = 1000;
/** Longest id quoted in a one-line message ("no event with id ..."). */
export const MAX_QUOTED_ID = 80;

/**
 * Cuts the middle out of text longer than `max` characters, saying how much was left out;
 * never splits a surrogate pair.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = Math.ceil(max / 2);
  let tail = text.length - Math.floor(max / 2);
  if (/[\ud800-\udbff]/.test(text.charAt(head - 1))) head -= 1;
  if (/[\udc00-\udfff]/.test(text.charAt(tail))) tail += 1;
  return `${text.slice(0, head)}…(${tail - head} more characters)…${text.slice(tail)}`;
}

/** One value inside a line of human-readable output: every control escaped, at most `max` characters. */
export function field(value: string, max = MAX_LINE): string {
  return shorten(value, max).replace(UNSAFE_IN_FIELD, escapeChar);
}

/** An id quoted in a message, shortened so that a megabyte-long id is not echoed whole. */
export function quotedId(id: string): string {
  return `"${field(id, MAX_QUOTED_ID)}"`;
}

/**
 * Whole lines of human-readable output made safe for a terminal: controls escaped (newlines and
 * tabs kept: they are the layout), each line at most MAX_LINE characters.
 */
export function terminalText(text: string): string {
  return text
    .split('\n')
    .map((line) => shorten(line, MAX_LINE).replace(UNSAFE_IN_TEXT, escapeChar))
    .join('\n');
}

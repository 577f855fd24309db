/**
 * Escaping of Twee 3 passage headers and passage text (Twee 3 specification): in names
 * and tags the metacharacters `[ ] { }` and the backslash are escaped with a backslash;
 * a text line that starts with `::` would start a new passage, so its first colon is escaped.
 */

/** Escapes a passage name or tag for a Twee 3 header. */
export function escapeTweeHeader(value: string): string {
  return value.replace(/[\\[\]{}]/g, (c) => `\\${c}`);
}

/** Undoes header escaping: a backslash keeps the next character as it is. */
export function unescapeTweeHeader(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

/** Escapes passage text so that no line starts a passage header. */
export function escapeTweeText(text: string): string {
  return text.replace(/^(\\*)::/gm, (_m, slashes: string) => `${slashes}\\::`);
}

/**
 * Undoes text escaping: `\::` (the spec's form) and `\:\:` (older Twine 2 exports) become `::`.
 * Only a leading run of backslashes before `::` is touched, one backslash removed.
 */
export function unescapeTweeText(text: string): string {
  return text.replace(/^(\\*)\\(?:::|:\\:)/gm, (_m, slashes: string) => `${slashes}::`);
}

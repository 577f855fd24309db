/** Longest user text (title, name) a conflict message quotes in full. */
export const MESSAGE_TEXT_LIMIT = 80;

/**
 * `text` cut to `limit` characters with an ellipsis: a 1 MB title must not make a 1 MB
 * message. Never splits a surrogate pair.
 */
export function shorten(text: string, limit = MESSAGE_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  let cut = limit - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

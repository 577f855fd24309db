/** Ids and names shared by import and export of Twine passages. */

/** The name of the passage that carries Arc Studio's story settings and field overrides. */
export const SETTINGS_PASSAGE = 'Arc Studio settings';
export const SETTINGS_TAG = 'arc-settings';

/** A stable event id from a passage name: lower-case words joined by "-" ("The Harbor!" → "the-harbor"). */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'passage' : slug;
}

/** Ids for names in order, unique: a repeated slug gets "-2", "-3"… */
export function uniqueIds(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = slugOf(name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** FNV-1a hash of a text as 8 hex digits: detects a passage edited outside Arc Studio. */
export function textHash(text: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A UUID-v4-shaped IFID derived from a text, upper case as Twine writes IFIDs. */
export function ifidFrom(text: string): string {
  const hex = [1, 2, 3, 4].map((k) => textHash(text, 0x811c9dc5 ^ (k * 0x9e3779b1))).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

/**
 * The largest story file nao reads. A file is read whole into one string before JSON.parse,
 * and V8 cannot hold a string longer than about 512 Mi characters (buffer.constants.MAX_STRING_LENGTH),
 * so a higher default would only fail later with a less helpful message. 500 MiB leaves room for
 * a 200 MB story (about 250,000 events) and stops `nao check /dev/zero` long before memory runs out.
 */
export const DEFAULT_MAX_INPUT_BYTES = 500 * 1024 * 1024;

/** The environment variable that overrides the limit, e.g. NAO_MAX_INPUT_BYTES=2G. */
export const MAX_INPUT_ENV = 'NAO_MAX_INPUT_BYTES';

const UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * Parses a byte count: a whole number, optionally followed by K, M or G (binary: KiB, MiB, GiB).
 * Returns undefined for anything else, so that the caller can name the bad setting.
 */
export function parseByteCount(text: string): number | undefined {
  const match = /^\s*(\d+)\s*([kmg]?)(?:i?b)?\s*$/i.exec(text);
  if (!match) return undefined;
  const bytes = Number(match[1]) * UNITS[match[2]!.toLowerCase()]!;
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** A byte count for messages: "500 MiB", "1.5 GiB", "1000 bytes". */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

/** The limit in force: the environment's setting when there is one, else the default. Throws on a bad setting. */
export function maxInputBytes(env: Readonly<Record<string, string | undefined>>): number {
  const setting = env[MAX_INPUT_ENV];
  if (setting === undefined || setting.trim() === '') return DEFAULT_MAX_INPUT_BYTES;
  const bytes = parseByteCount(setting);
  if (bytes === undefined) throw new Error(`${MAX_INPUT_ENV} must be a byte count like 1000000, 64M or 2G, got "${setting}"`);
  return bytes;
}

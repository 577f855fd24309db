/**
 * The tag convention that carries story fields on Twine passages (docs/TWINE.md):
 * `scale:arc`, `char:mara`, `theme:hope` (intensity 1), `theme:hope=0.6`, `intensity:0.7`,
 * `time:12`, `duration:2`, `loc:harbor`; any other tag (`recovery`, `premise` included) stays
 * an event tag, and an event tag that would read as a convention tag is written `tag:...`.
 * Values are percent-encoded where they hold whitespace, `%`, `=` or brackets: Twine separates
 * tags by spaces, and Twine 2.6's Twee import ends the tag block at the first `]`, escaped or not.
 */

export interface TaggedFields {
  scale?: string;
  participants: string[];
  themes: Record<string, number>;
  intensity?: number;
  time?: number;
  duration?: number;
  location?: string;
  tags: string[];
}

const PREFIXES = ['scale', 'char', 'theme', 'intensity', 'time', 'duration', 'loc', 'tag'] as const;
const CONVENTION = new RegExp(`^(${PREFIXES.join('|')}):`);

export function encodeTagValue(value: string): string {
  return value.replace(/[%\s=[\]{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function decodeTagValue(value: string): string {
  return value.replace(/%([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Sets an own property even for a key like "__proto__" (a theme name from a file). */
function setOwn(record: Record<string, number>, key: string, value: number): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function number(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Reads the convention tags of one passage; `complain` hears about values it cannot use. */
export function readTags(tags: readonly string[], complain: (message: string) => void): TaggedFields {
  const out: TaggedFields = { participants: [], themes: {}, tags: [] };
  for (const tag of tags) {
    const m = CONVENTION.exec(tag);
    if (m === null) {
      out.tags.push(tag);
      continue;
    }
    const key = m[1] as (typeof PREFIXES)[number];
    const raw = tag.slice(m[0].length);
    const unit = (what: string): number | undefined => {
      const n = number(raw);
      if (n === undefined || n < 0 || n > 1) complain(`tag "${tag}": ${what} must be a number from 0 to 1; ignored`);
      return n !== undefined && n >= 0 && n <= 1 ? n : undefined;
    };
    switch (key) {
      case 'scale':
        out.scale = decodeTagValue(raw);
        break;
      case 'char':
        out.participants.push(decodeTagValue(raw));
        break;
      case 'theme': {
        const eq = raw.lastIndexOf('=');
        const theme = decodeTagValue(eq >= 0 ? raw.slice(0, eq) : raw);
        if (eq < 0) setOwn(out.themes, theme, 1);
        else {
          const n = number(raw.slice(eq + 1));
          if (n === undefined || n < 0 || n > 1) complain(`tag "${tag}": a theme's intensity must be a number from 0 to 1; ignored`);
          else setOwn(out.themes, theme, n);
        }
        break;
      }
      case 'intensity': {
        const n = unit('intensity');
        if (n !== undefined) out.intensity = n;
        break;
      }
      case 'time': {
        const n = number(raw);
        if (n === undefined) complain(`tag "${tag}": time must be a number; ignored`);
        else out.time = n;
        break;
      }
      case 'duration': {
        const n = number(raw);
        if (n === undefined || n < 0) complain(`tag "${tag}": duration must be a number of at least 0; ignored`);
        else out.duration = n;
        break;
      }
      case 'loc':
        out.location = decodeTagValue(raw);
        break;
      case 'tag':
        out.tags.push(decodeTagValue(raw));
        break;
    }
  }
  return out;
}

/** An event tag as a Twine tag: as it is unless it would read as a convention tag or holds a space. */
export function writeEventTag(tag: string): string {
  return CONVENTION.test(tag) || tag === '' || /[%\s[\]{}]/.test(tag) ? `tag:${encodeTagValue(tag)}` : tag;
}

export interface TagSource {
  readonly scale: string;
  readonly time: number;
  readonly duration: number;
  readonly participants: readonly string[];
  readonly location?: string;
  readonly themes: Readonly<Record<string, number>>;
  readonly intensity: number;
  readonly tags: readonly string[];
}

/** The convention tags of an event; defaults (duration 0, intensity 0) are left out. */
export function writeTags(e: TagSource): string[] {
  const out = [`scale:${encodeTagValue(e.scale)}`, `time:${e.time}`];
  if (e.duration !== 0) out.push(`duration:${e.duration}`);
  for (const c of e.participants) out.push(`char:${encodeTagValue(c)}`);
  if (e.location !== undefined) out.push(`loc:${encodeTagValue(e.location)}`);
  for (const [theme, value] of Object.entries(e.themes)) {
    out.push(value === 1 ? `theme:${encodeTagValue(theme)}` : `theme:${encodeTagValue(theme)}=${value}`);
  }
  if (e.intensity !== 0) out.push(`intensity:${e.intensity}`);
  for (const t of e.tags) out.push(writeEventTag(t));
  return out;
}

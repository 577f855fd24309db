import { unescapeTweeHeader, unescapeTweeText } from './twee-escape';
import type { TwineIssue, TwineParseResult, TwinePassage, TwineStory } from './twine-story';

/**
 * Reads Twee 3 (`.twee`, `.tw`) as the Twee 3 specification defines it: passages start with
 * a header line `:: Name [tags] {metadata}`; `StoryTitle` holds the title, `StoryData` the
 * JSON story data (ifid, format, format-version, start, tag-colors, zoom); passages tagged
 * `script` or `stylesheet` hold the story JavaScript and CSS. Hand-written: the format is
 * a few rules, and a parser of our own can name the line of every problem.
 */

interface Header {
  readonly name: string;
  readonly tags: readonly string[];
  readonly metadata?: string;
}

/** Index of the first unescaped character of `chars` in `s` from `from`, or -1. */
function findUnescaped(s: string, chars: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') i++;
    else if (chars.includes(c)) return i;
  }
  return -1;
}

function parseHeader(rest: string, line: number, errors: TwineIssue[]): Header | null {
  const blockAt = findUnescaped(rest, '[{', 0);
  const rawName = blockAt < 0 ? rest : rest.slice(0, blockAt);
  const name = unescapeTweeHeader(rawName.trim());
  if (name === '') {
    errors.push({ line, message: `passage header "::${rest}" has no passage name` });
    return null;
  }
  let tags: string[] = [];
  let at = blockAt;
  if (at >= 0 && rest[at] === '[') {
    const close = findUnescaped(rest, ']', at + 1);
    if (close < 0) {
      errors.push({ line, message: `passage "${name}": the tag block opened with "[" is never closed with "]"` });
      return null;
    }
    tags = rest
      .slice(at + 1, close)
      .split(/\s+/)
      .filter((t) => t !== '')
      .map(unescapeTweeHeader);
    at = findUnescaped(rest, '{', close + 1);
    const between = rest.slice(close + 1, at < 0 ? rest.length : at).trim();
    if (between !== '') {
      errors.push({ line, message: `passage "${name}": unexpected text "${between}" after the tag block` });
      return null;
    }
  }
  if (at >= 0 && rest[at] === '{') return { name, tags, metadata: rest.slice(at).trim() };
  return { name, tags };
}

interface Metadata {
  position?: string;
  size?: string;
}

function parseMetadata(raw: string, name: string, line: number, warnings: TwineIssue[]): Metadata {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    const record = value as Record<string, unknown>;
    const out: Metadata = {};
    if (typeof record['position'] === 'string') out.position = record['position'];
    if (typeof record['size'] === 'string') out.size = record['size'];
    return out;
  } catch {
    // The spec lets a compiler ignore unreadable metadata; it only holds map positions.
    warnings.push({ line, message: `passage "${name}": metadata ${raw} is not a JSON object; ignored` });
    return {};
  }
}

interface StoryDataFields {
  ifid?: string;
  format?: string;
  formatVersion?: string;
  start?: string;
  zoom?: number;
  tagColors?: Record<string, string>;
}

function parseStoryData(text: string, line: number, errors: TwineIssue[]): StoryDataFields {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    errors.push({ line, message: `StoryData is not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push({ line, message: 'StoryData must be a JSON object like {"ifid": "…", "format": "Harlowe"}' });
    return {};
  }
  const r = value as Record<string, unknown>;
  const out: StoryDataFields = {};
  const str = (key: string): string | undefined => (typeof r[key] === 'string' ? r[key] : undefined);
  if (str('ifid') !== undefined) out.ifid = str('ifid')!;
  if (str('format') !== undefined) out.format = str('format')!;
  if (str('format-version') !== undefined) out.formatVersion = str('format-version')!;
  if (str('start') !== undefined) out.start = str('start')!;
  if (typeof r['zoom'] === 'number') out.zoom = r['zoom'];
  const colors = r['tag-colors'];
  if (typeof colors === 'object' && colors !== null && !Array.isArray(colors)) {
    const tagColors: Record<string, string> = {};
    for (const [k, v] of Object.entries(colors)) if (typeof v === 'string') tagColors[k] = v;
    out.tagColors = tagColors;
  }
  return out;
}

interface RawPassage {
  readonly header: Header;
  readonly line: number;
  readonly lines: string[];
}

/** Parses Twee 3 source into a Twine story, or lists every problem with its line. */
export function parseTwee(source: string): TwineParseResult<TwineStory> {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: TwineIssue[] = [];
  const warnings: TwineIssue[] = [];
  const raw: RawPassage[] = [];
  let current: RawPassage | null = null;
  let strayLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.startsWith('::')) {
      const header = parseHeader(text.slice(2), i + 1, errors);
      current = header === null ? null : { header, line: i + 1, lines: [] };
      if (current !== null) raw.push(current);
    } else if (current !== null) {
      current.lines.push(text);
    } else if (text.trim() !== '' && strayLine === 0) {
      strayLine = i + 1;
    }
  }
  if (raw.length === 0 && errors.length === 0) {
    return { ok: false, errors: [{ line: 1, message: 'no passages found: a Twee file has passages that start with a line "::Name"' }] };
  }
  if (strayLine > 0) warnings.push({ line: strayLine, message: 'text before the first passage header is ignored' });

  let name: string | undefined;
  let data: StoryDataFields = {};
  let sawData = false;
  const scripts: string[] = [];
  const styles: string[] = [];
  const passages: TwinePassage[] = [];
  for (const p of raw) {
    const text = unescapeTweeText(p.lines.join('\n')).trimEnd();
    const { header } = p;
    if (header.name === 'StoryTitle') {
      name = text.trim();
    } else if (header.name === 'StoryData') {
      sawData = true;
      data = parseStoryData(text, p.line, errors);
    } else if (header.tags.includes('script')) {
      scripts.push(text);
    } else if (header.tags.includes('stylesheet')) {
      styles.push(text);
    } else {
      const meta = header.metadata === undefined ? {} : parseMetadata(header.metadata, header.name, p.line, warnings);
      passages.push({ name: header.name, tags: header.tags, ...meta, text, line: p.line });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  if (!sawData) warnings.push({ line: 0, message: 'no StoryData passage: no IFID, story format or start passage given' });
  if (name === undefined || name === '') {
    warnings.push({ line: 0, message: 'no StoryTitle passage: the story is called "Untitled Story"' });
    name = 'Untitled Story';
  }
  const story: TwineStory = { name, ...data, script: scripts.join('\n'), stylesheet: styles.join('\n'), passages };
  return { ok: true, value: story, warnings };
}

import { DEFAULT_SCALES } from '../model/defaults';
import type { Story, StoryEvent, StoryLink } from '../model/story';
import { crossCheck, defaultLinkId, isRecord } from './cross-checks';
import { extraDepthIssues } from './extra-depth';
import { fastLoad } from './fast-load';
import { locateJsonError } from './json-syntax-error';
import { normalizeStory } from './normalize-story';
import { protoKeyIssues, restoreProtoKeys } from './proto-keys';
import { capIssues, describeValue, formatPath, type LoadResult, type StoryIssue } from './story-issue';
import { KNOWN_KEYS, storySchema, type ParsedStory } from './story-schema';
import { undeclaredCharacterWarnings, unknownKeyWarnings } from './story-warnings';
import { fromZodIssues, type RawIssue } from './zod-issues';

export type { LoadResult, StoryIssue } from './story-issue';

const SUPPORTED_VERSION = 1;
const FORMAT = 'nao-story';

function fail(errors: readonly StoryIssue[]): LoadResult {
  return { ok: false, errors: capIssues(errors) };
}

function jsonError(text: string, thrown: unknown): StoryIssue {
  const where = locateJsonError(text);
  if (where !== null) {
    return { path: '', message: `not valid JSON: ${where.problem} (line ${where.line}, column ${where.column})` };
  }
  return { path: '', message: `not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}` };
}

/** Rank of a top-level key in the spec's order, so errors come out in document order. */
const TOP_RANK = new Map<string, number>(KNOWN_KEYS.story.map((k, i) => [k, i]));

function sortIssues(raw: readonly RawIssue[]): StoryIssue[] {
  const keyed = raw.map((issue) => {
    const top = issue.path[0];
    const rank = typeof top === 'string' ? (TOP_RANK.get(top) ?? TOP_RANK.size) : -1;
    const second = issue.path[1];
    return { issue, rank, index: typeof second === 'number' ? second : -1 };
  });
  keyed.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return keyed.map(({ issue }) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** `format` and `version` first: a foreign or newer file would otherwise drown in follow-on errors. */
function checkHeader(root: Record<string, unknown>): StoryIssue[] {
  const errors: StoryIssue[] = [];
  const format = root['format'];
  if (format !== FORMAT) {
    const got = format === undefined ? 'it is missing (is this a story file?)' : `got ${describeValue(format)}`;
    errors.push({ path: 'format', message: `format must be "${FORMAT}", ${got}` });
  }
  const version = root['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > SUPPORTED_VERSION) {
    errors.push({
      path: 'version',
      message: `this story was made by a newer version of the format (version ${version}); this app reads version ${SUPPORTED_VERSION}`,
    });
  } else if (version !== SUPPORTED_VERSION) {
    const got = version === undefined ? 'it is missing' : `got ${describeValue(version)}`;
    errors.push({ path: 'version', message: `expected version ${SUPPORTED_VERSION}, ${got}` });
  }
  return errors;
}

/** A JS caller may pass `key: undefined`; a loaded story never carries such keys (absent stays absent). */
function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

function buildEvent(e: ParsedStory['events'][number]): StoryEvent {
  // `delete` only when needed: it would slow property access on every event otherwise.
  if ('location' in e && e.location === undefined) delete e.location;
  if ('notes' in e && e.notes === undefined) delete e.notes;
  for (const c in e.effects) dropUndefined(e.effects[c]!);
  return e;
}

function buildLink(l: ParsedStory['links'][number]): StoryLink {
  return { id: l.id ?? defaultLinkId(l.from, l.to), from: l.from, to: l.to, strength: l.strength, kind: l.kind };
}

function buildStory(p: ParsedStory): Story {
  const story: { -readonly [K in keyof Story]: Story[K] } = {
    format: p.format,
    version: p.version,
    title: p.title,
    scales: (p.scales ?? DEFAULT_SCALES).map((s) => dropUndefined({ ...s })),
    timeUnit: p.timeUnit,
    events: p.events.map(buildEvent),
    links: p.links.map(buildLink),
  };
  if (p.characters !== undefined) story.characters = p.characters.map(dropUndefined);
  if (p.themes !== undefined) story.themes = dropUndefined(p.themes);
  if (p.thresholds !== undefined) story.thresholds = dropUndefined(p.thresholds);
  if (p.therapy !== undefined) story.therapy = dropUndefined(p.therapy);
  if (p.dismissed !== undefined) story.dismissed = p.dismissed.map(dropUndefined);
  if (p.notes !== undefined) story.notes = p.notes.map(dropUndefined);
  // An empty `extra` means nothing; dropping it keeps "absent" the one spelling of "no app data".
  if (p.extra !== undefined && Object.keys(p.extra).length > 0) story.extra = p.extra;
  return story;
}

export interface LoadOptions {
  /** For tests: `false` forces the reference (zod) path that valid files normally skip. */
  readonly fastPath?: boolean;
  /**
   * For a host that indexes the story right after loading it (`nao`): the first index built
   * over it takes the id map the loader made (model/loaded-ids.ts) instead of hashing every id
   * again. Off by default, so that a story kept without being indexed keeps nothing extra.
   */
  readonly handOverIds?: boolean;
  /**
   * `false` for a host that shows no warnings (`nao check --json`): the story is the same, but
   * the walks over every event that only look for warnings are skipped and `warnings` is empty.
   */
  readonly warnings?: boolean;
  /**
   * `true` for a host that reads the story's defined fields once and drops it, showing no
   * warnings (`nao check --json`): keys the format does not define are not looked for, so events,
   * effects and links that hold some are adopted with them instead of copied without them. Every
   * value is validated as usual. A story loaded so must not be kept, edited or exported.
   */
  readonly readOnly?: boolean;
}

/** The reference path: zod's shape checks and the cross-checks, which also word every error. */
function loadWithSchema(root: Record<string, unknown>): { story: Story } | { errors: StoryIssue[] } {
  const parsed = storySchema.safeParse(root, { reportInput: true });
  const checks = [...crossCheck(root), ...protoKeyIssues(root)];
  const raw = parsed.success ? checks : [...fromZodIssues(parsed.error.issues), ...checks];
  if (!parsed.success || raw.length > 0) return { errors: sortIssues(raw) };
  return { story: restoreProtoKeys(root, buildStory(parsed.data)) };
}

/**
 * Validates an already-parsed JSON value as a story (format version 1) and fills in defaults.
 * Reports every error found (capped at 50 plus "…and N more"); unknown keys are dropped with a warning.
 */
export function loadStory(value: unknown, options: LoadOptions = {}): LoadResult {
  if (!isRecord(value)) {
    return fail([{ path: '', message: `expected a JSON object with "format": "${FORMAT}", got ${describeValue(value)}` }]);
  }
  const header = checkHeader(value);
  if (header.length > 0) return fail(header);
  const depth = extraDepthIssues(value);
  if (depth.length > 0) return fail(sortIssues(depth));
  const fast = options.fastPath === false ? null : fastLoad(value, options.handOverIds === true, options.readOnly === true);
  let loaded: Story;
  if (fast === null) {
    const result = loadWithSchema(value);
    if ('errors' in result) return fail(result.errors);
    loaded = result.story;
  } else loaded = fast.story;
  const { story, warnings: reviewWarnings } = normalizeStory(loaded);
  if (options.warnings === false) return { ok: true, story, warnings: [] };
  const unknownKeys = unknownKeyWarnings(value, { skipBulk: fast?.onlyKnownKeysInBulk === true });
  const warnings = sortIssues([...unknownKeys, ...reviewWarnings, ...undeclaredCharacterWarnings(story)]);
  return { ok: true, story, warnings: capIssues(warnings, 'warnings') };
}

/** Parses story file text (JSON, UTF-8, an optional byte order mark) and validates it like loadStory. */
export function parseStory(text: string): LoadResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (thrown) {
    return fail([jsonError(source, thrown)]);
  }
  return loadStory(value);
}

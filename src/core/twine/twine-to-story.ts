import { DEFAULT_SCALES } from '../model/defaults';
import type { Story } from '../model/story';
import { loadStory } from '../story/load-story';
import { ownEntry, readArcSettings, type ArcSettings } from './arc-settings';
import { passageLinks } from './passage-links';
import { textHash, uniqueIds } from './passage-ids';
import { readTags } from './tag-convention';
import type { TwineIssue, TwineParseResult, TwinePassage, TwineStory } from './twine-story';

/**
 * Turns a Twine story into an Arc Studio story: each passage an event (name → title, a
 * stable id from the name, text → notes, fields from the tag convention), each link between
 * passages a causal link. Without a `time:` tag an event's time is its distance from the
 * start passage along links (breadth first), so causes precede effects unless the story
 * loops back. The result goes through `loadStory`, the one validator of stories.
 */

export interface TwineStoryExtra {
  readonly ifid?: string;
  readonly format?: string;
  readonly formatVersion?: string;
  readonly start?: string;
  readonly zoom?: number;
  readonly tagColors?: Readonly<Record<string, string>>;
  readonly script?: string;
  readonly stylesheet?: string;
  /** Map positions and sizes by event id. */
  readonly passages?: Readonly<Record<string, { position?: string; size?: string }>>;
}

interface Named {
  readonly passage: TwinePassage;
  readonly name: string;
}

/** Duplicate names: the first keeps its name, a later one is renamed "Name (2)" and reported. */
function renameDuplicates(passages: readonly TwinePassage[], warnings: TwineIssue[]): Named[] {
  const firstLine = new Map<string, number>();
  for (const p of passages) if (!firstLine.has(p.name)) firstLine.set(p.name, p.line);
  const used = new Set<string>();
  return passages.map((passage) => {
    if (!used.has(passage.name)) {
      used.add(passage.name);
      return { passage, name: passage.name };
    }
    let name = passage.name;
    for (let n = 2; used.has(name) || firstLine.has(name); n++) name = `${passage.name} (${n})`;
    used.add(name);
    warnings.push({
      line: passage.line,
      message: `passage name "${passage.name}" is used again (first at line ${firstLine.get(passage.name)}); this one is renamed "${name}", links to "${passage.name}" go to the first`,
    });
    return { passage, name };
  });
}

/** Distance from the start along links; passages not reached continue from the next in file order. */
function bfsTimes(count: number, start: number, out: readonly number[][]): number[] {
  const time = new Array<number>(count).fill(-1);
  const queue: number[] = [];
  let next = 0;
  let base = 0;
  const seed = (i: number): void => {
    time[i] = base;
    queue.push(i);
  };
  if (count > 0) seed(start);
  for (let head = 0; ; ) {
    while (head < queue.length) {
      const i = queue[head++]!;
      for (const j of out[i]!) {
        if (time[j] === -1) {
          time[j] = time[i]! + 1;
          queue.push(j);
        }
      }
      base = Math.max(base, time[i]! + 1);
    }
    while (next < count && time[next] !== -1) next++;
    if (next >= count) break;
    seed(next);
  }
  return time;
}

/**
 * Twine data of a story exported by Arc Studio, updated from the file: the file's story data
 * where the story had its own, and new positions only for passages that had one before (the others were laid on a grid by
 * the exporter, not placed by anyone).
 */
function refreshTwine(stored: unknown, fromFile: TwineStoryExtra): TwineStoryExtra {
  const before = typeof stored === 'object' && stored !== null ? (stored as TwineStoryExtra) : {};
  const passages = new Map<string, { position?: string; size?: string }>();
  for (const id of Object.keys(before.passages ?? {})) {
    const p = ownEntry(fromFile.passages ?? {}, id) ?? ownEntry(before.passages ?? {}, id);
    if (p !== undefined) passages.set(id, p);
  }
  // Story data the exporter filled in with defaults (format, IFID) is not taken back as the
  // story's own; what authors write in Twine (script, stylesheet, tag colours) is.
  const out: Record<string, unknown> = {};
  for (const key of ['ifid', 'format', 'formatVersion', 'start', 'zoom'] as const) {
    if (key in before && fromFile[key] !== undefined) out[key] = fromFile[key];
  }
  for (const key of ['tagColors', 'script', 'stylesheet'] as const) if (fromFile[key] !== undefined) out[key] = fromFile[key];
  if (passages.size > 0) out['passages'] = Object.fromEntries(passages);
  return out as TwineStoryExtra;
}

function eventLine(path: string, lines: readonly number[]): number {
  const m = /^events\[(\d+)\]/.exec(path);
  return m === null ? 0 : (lines[Number(m[1])] ?? 0);
}

/** Maps one Twine story to a story, with warnings (missing link targets, renamed duplicates, odd tags). */
export function twineToStory(tw: TwineStory): TwineParseResult<Story> {
  const warnings: TwineIssue[] = [];
  const { settings, passage: settingsPassage } = readArcSettings(tw.passages, warnings);
  const named = renameDuplicates(
    tw.passages.filter((p) => p !== settingsPassage),
    warnings,
  );
  const s: ArcSettings = settings ?? { story: {}, events: {}, links: {} };
  const scales = Array.isArray(s.story['scales']) ? (s.story['scales'] as { id?: unknown }[]) : DEFAULT_SCALES;
  const scaleIds = new Set(scales.map((sc) => sc.id).filter((id): id is string => typeof id === 'string'));
  const defaultScale = scaleIds.has('scene') ? 'scene' : ([...scaleIds][0] ?? 'scene');

  const indexByName = new Map<string, number>();
  named.forEach((n, i) => indexByName.set(n.name, i));
  const baseIds = uniqueIds(named.map((n) => n.name));
  const ids = named.map((n, i) => {
    const o = ownEntry(s.events, n.name);
    return typeof o?.id === 'string' ? o.id : baseIds[i]!;
  });

  const out: number[][] = named.map(() => []);
  for (let i = 0; i < named.length; i++) {
    const { passage } = named[i]!;
    const seen = new Set<number>();
    for (const link of passageLinks(passage.text)) {
      const j = indexByName.get(link.target);
      if (j === undefined) {
        warnings.push({
          line: passage.line,
          message: `passage "${named[i]!.name}": link ${link.text} goes to "${link.target}", which is not a passage; no link made`,
        });
      } else if (!seen.has(j)) {
        seen.add(j);
        out[i]!.push(j);
      }
    }
  }
  const start = tw.start === undefined ? 0 : (indexByName.get(tw.start) ?? 0);
  const times = bfsTimes(named.length, start, out);

  const twinePassages = new Map<string, { position?: string; size?: string }>();
  const events = named.map(({ passage, name }, i) => {
    const where = `passage "${name}" (line ${passage.line})`;
    const f = readTags(passage.tags, (message) => warnings.push({ line: passage.line, message: `${where}: ${message}` }));
    let scale = f.scale ?? defaultScale;
    if (!scaleIds.has(scale)) {
      warnings.push({ line: passage.line, message: `${where}: tag "scale:${scale}" names no scale of the story; it is a ${defaultScale}` });
      scale = defaultScale;
    }
    const o = ownEntry(s.events, name) ?? {};
    const textFits = o.text === undefined || o.text === textHash(passage.text.replace(/\r\n?/g, '\n').trimEnd());
    const notes = o.notes !== undefined && textFits ? o.notes : passage.text === '' ? null : passage.text;
    if (passage.position !== undefined || passage.size !== undefined) {
      twinePassages.set(ids[i]!, { ...(passage.position !== undefined && { position: passage.position }), ...(passage.size !== undefined && { size: passage.size }) });
    }
    return {
      id: ids[i]!,
      title: typeof o.title === 'string' ? o.title : name,
      scale,
      time: f.time ?? times[i]!,
      duration: f.duration ?? 0,
      participants: f.participants,
      ...(f.location !== undefined && { location: f.location }),
      themes: f.themes,
      intensity: f.intensity ?? 0,
      tags: f.tags,
      effects: o.effects ?? {},
      ...(notes !== null && { notes }),
    };
  });
  const links = named.flatMap((n, i) =>
    out[i]!.flatMap((j) => {
      const o = ownEntry(s.links, `${n.name}->${named[j]!.name}`) ?? {};
      const from = ids[i]!;
      const to = ids[j]!;
      const main = { id: o.id ?? `${from}->${to}`, from, to, strength: o.strength ?? 0.5, kind: o.kind ?? 'causes' };
      const more = Array.isArray(o.more) ? o.more : [];
      return [main, ...more.map((m) => ({ id: m.id, from, to, strength: m.strength ?? 0.5, kind: m.kind ?? 'causes' }))];
    }),
  );

  const twine: TwineStoryExtra = {
    ...(tw.ifid !== undefined && { ifid: tw.ifid }),
    ...(tw.format !== undefined && { format: tw.format }),
    ...(tw.formatVersion !== undefined && { formatVersion: tw.formatVersion }),
    ...(named.length > 0 && { start: ids[start]! }),
    ...(tw.zoom !== undefined && { zoom: tw.zoom }),
    ...(tw.tagColors !== undefined && { tagColors: tw.tagColors }),
    ...(tw.script !== '' && { script: tw.script }),
    ...(tw.stylesheet !== '' && { stylesheet: tw.stylesheet }),
    ...(twinePassages.size > 0 && { passages: Object.fromEntries(twinePassages) }),
  };
  // A story that came from Arc Studio keeps its own `extra`; Twine's data is added only
  // where it was before (or for a story that comes from Twine).
  const storedExtra = s.story['extra'];
  const extraBase = typeof storedExtra === 'object' && storedExtra !== null ? (storedExtra as Record<string, unknown>) : {};
  let extra: Record<string, unknown> = extraBase;
  if (settings === undefined) extra = { ...extraBase, twine };
  else if ('twine' in extraBase) extra = { ...extraBase, twine: refreshTwine(extraBase['twine'], twine) };
  const json: Record<string, unknown> = {
    ...s.story,
    format: 'nao-story',
    version: 1,
    // The settings passage holds the title only when Twine's StoryTitle cannot (line breaks, edge spaces).
    title: typeof s.story['title'] === 'string' ? s.story['title'] : tw.name,
    events,
    links,
  };
  delete json['extra'];
  if (Object.keys(extra).length > 0) json['extra'] = extra;
  const loaded = loadStory(json);
  const lines = named.map((n) => n.passage.line);
  if (!loaded.ok) {
    return {
      ok: false,
      errors: loaded.errors.map((e) => ({ line: eventLine(e.path, lines), message: e.path === '' ? e.message : `${e.path}: ${e.message}` })),
    };
  }
  for (const w of loaded.warnings) warnings.push({ line: eventLine(w.path, lines), message: w.path === '' ? w.message : `${w.path}: ${w.message}` });
  return { ok: true, value: loaded.story, warnings };
}

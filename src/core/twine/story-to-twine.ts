import type { Story, StoryEvent } from '../model/story';
import { storyToJson } from '../story/export-story';
import { ownEntry, writeArcSettings, type ArcSettings, type EventOverride, type LinkOverride } from './arc-settings';
import { passageLinks } from './passage-links';
import { ifidFrom, SETTINGS_PASSAGE, SETTINGS_TAG, textHash } from './passage-ids';
import { writeTags } from './tag-convention';
import { twineToStory, type TwineStoryExtra } from './twine-to-story';
import type { TwinePassage, TwineStory } from './twine-story';

/**
 * Turns a story into a Twine story: events become passages (title → name, fields → tags of
 * the convention, notes → text with a `[[Target]]` line for each link the text does not
 * already make), and a settings passage keeps whatever Twine cannot hold, so that importing
 * the result gives back the same story. The overrides are found by importing the bare
 * passages with the importer itself, so export and import cannot drift apart.
 */

const RESERVED = new Set(['StoryTitle', 'StoryData', SETTINGS_PASSAGE]);

/** A passage name for a title: one line, no characters that end or split a `[[link]]` or that Twine 2.6 misreads in a header. */
function safeName(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/\|/g, '/')
    .replace(/->/g, '→')
    .replace(/<-/g, '←')
    .replace(/[{}]/g, (c) => (c === '{' ? '(' : ')'))
    // Twine 2.6 reads an escaped backslash before the tag block as an escaped space.
    .replace(/\\/g, '/')
    .trim();
}

function passageNames(events: readonly StoryEvent[]): string[] {
  const used = new Set<string>();
  return events.map((e) => {
    let name = safeName(e.title);
    if (name === '' || RESERVED.has(name) || used.has(name)) name = `${name === '' ? 'Untitled' : name} (${safeName(e.id) || 'event'})`;
    for (let n = 2; used.has(name) || RESERVED.has(name); n++) name = `${safeName(e.title) || 'Untitled'} (${n})`;
    used.add(name);
    return name;
  });
}

function twineExtra(story: Story): TwineStoryExtra {
  const t = story.extra?.['twine'];
  return typeof t === 'object' && t !== null ? (t as TwineStoryExtra) : {};
}

function gridPosition(i: number): string {
  return `${100 + (i % 10) * 150},${100 + Math.floor(i / 10) * 150}`;
}

/** The Twine story of a story: passages, the settings passage, and the Twine data kept from an import. */
export function storyToTwine(story: Story): TwineStory {
  const names = passageNames(story.events);
  const nameOf = new Map(story.events.map((e, i) => [e.id, names[i]!]));
  const outgoing = new Map<string, string[]>();
  for (const l of story.links) {
    const list = outgoing.get(l.from) ?? [];
    const target = nameOf.get(l.to);
    if (target !== undefined && !list.includes(target)) list.push(target);
    outgoing.set(l.from, list);
  }
  const tw = twineExtra(story);
  const passages: TwinePassage[] = story.events.map((e, i) => {
    const notes = e.notes ?? '';
    const already = new Set(passageLinks(notes).map((l) => l.target));
    const missing = (outgoing.get(e.id) ?? []).filter((t) => !already.has(t));
    const linkLines = missing.map((t) => `[[${t}]]`).join('\n');
    const text = notes === '' ? linkLines : linkLines === '' ? notes : `${notes}\n\n${linkLines}`;
    const kept = ownEntry(tw.passages ?? {}, e.id);
    return {
      name: names[i]!,
      tags: writeTags(e),
      position: kept?.position ?? gridPosition(i),
      ...(kept?.size !== undefined && { size: kept.size }),
      text,
      line: 0,
    };
  });

  const { title: _t, events: _e, links: _l, format: _f, version: _v, ...sections } = storyToJson(story);
  const storySection: Record<string, unknown> = { ...sections };
  const bare: ArcSettings = { story: storySection, events: {}, links: {} };
  const startName = tw.start !== undefined ? nameOf.get(tw.start) : undefined;
  const earliest = story.events.reduce<StoryEvent | undefined>((best, e) => (best === undefined || e.time < best.time ? e : best), undefined);
  const storyName = story.title.replace(/\s+/g, ' ').trim() || 'Untitled Story';
  // StoryTitle is one trimmed line; any other title is kept in the settings passage.
  if (storyName !== story.title) storySection['title'] = story.title;
  const base: TwineStory = {
    name: storyName,
    ifid: tw.ifid ?? ifidFrom(`${story.title}\n${story.events.map((e) => e.id).join('\n')}`),
    format: tw.format ?? 'Harlowe',
    formatVersion: tw.formatVersion ?? '3.3.9',
    ...(startName !== undefined ? { start: startName } : earliest !== undefined ? { start: nameOf.get(earliest.id)! } : {}),
    ...(tw.zoom !== undefined && { zoom: tw.zoom }),
    ...(tw.tagColors !== undefined && { tagColors: tw.tagColors }),
    script: tw.script ?? '',
    stylesheet: tw.stylesheet ?? '',
    passages,
  };
  const settingsPassage = (settings: ArcSettings): TwinePassage => ({
    name: SETTINGS_PASSAGE,
    tags: [SETTINGS_TAG],
    position: gridPosition(passages.length),
    text: writeArcSettings(settings),
    line: 0,
  });

  // What the importer makes of the bare passages as the file will hold them (Twee ends
  // lines with \n and drops trailing white space); every difference becomes an override.
  const asRead = passages.map((p) => ({ ...p, text: p.text.replace(/\r\n?/g, '\n').trimEnd() }));
  const derived = twineToStory({ ...base, passages: [...asRead, settingsPassage(bare)] });
  const events = new Map<string, EventOverride>();
  const links = new Map<string, LinkOverride>();
  if (derived.ok) {
    const d = derived.value;
    story.events.forEach((e, i) => {
      const got = d.events[i];
      const o: { -readonly [K in keyof EventOverride]: EventOverride[K] } = {};
      if (got?.id !== e.id) o.id = e.id;
      if (got?.title !== e.title) o.title = e.title;
      if (Object.keys(e.effects).length > 0) o.effects = e.effects as Record<string, unknown>;
      if (got?.notes !== e.notes) {
        o.notes = e.notes ?? null;
        o.text = textHash(asRead[i]!.text);
      }
      if (Object.keys(o).length > 0) events.set(names[i]!, o);
    });
    const byPair = new Map<string, { -readonly [K in keyof LinkOverride]: LinkOverride[K] }>();
    for (const l of story.links) {
      const from = nameOf.get(l.from);
      const to = nameOf.get(l.to);
      if (from === undefined || to === undefined) continue;
      const key = `${from}->${to}`;
      const first = byPair.get(key);
      if (first !== undefined) {
        first.more = [...(first.more ?? []), { id: l.id, strength: l.strength, kind: l.kind }];
        continue;
      }
      const o: { -readonly [K in keyof LinkOverride]: LinkOverride[K] } = {};
      // The importer names a link "from->to" by the (restored) event ids.
      if (l.id !== `${l.from}->${l.to}`) o.id = l.id;
      if (l.strength !== 0.5) o.strength = l.strength;
      if (l.kind !== 'causes') o.kind = l.kind;
      byPair.set(key, o);
    }
    for (const [key, o] of byPair) if (Object.keys(o).length > 0) links.set(key, o);
  }
  const settings: ArcSettings = { story: storySection, events: Object.fromEntries(events), links: Object.fromEntries(links) };
  return { ...base, passages: [...passages, settingsPassage(settings)] };
}

import { escapeTweeHeader, escapeTweeText } from './twee-escape';
import type { TwinePassage, TwineStory } from './twine-story';

/**
 * Writes Twee 3 the way Twine 2.6+ exports it: `StoryTitle`, `StoryData` (JSON with ifid,
 * format, format-version, start, tag-colors, zoom), the script and stylesheet passages,
 * then every passage as `:: Name [tags] {"position":"x,y","size":"w,h"}` followed by its text.
 */

function header(name: string, tags: readonly string[], metadata?: Record<string, string>): string {
  let out = `:: ${escapeTweeHeader(name)}`;
  if (tags.length > 0) out += ` [${tags.map(escapeTweeHeader).join(' ')}]`;
  if (metadata !== undefined && Object.keys(metadata).length > 0) out += ` ${JSON.stringify(metadata)}`;
  return out;
}

function passageBlock(p: TwinePassage): string {
  const metadata: Record<string, string> = {};
  if (p.position !== undefined) metadata['position'] = p.position;
  if (p.size !== undefined) metadata['size'] = p.size;
  return `${header(p.name, p.tags, metadata)}\n${escapeTweeText(p.text)}\n`;
}

/** The Twee 3 source of a Twine story. */
export function writeTwee(story: TwineStory): string {
  const data: Record<string, unknown> = {};
  if (story.ifid !== undefined) data['ifid'] = story.ifid;
  if (story.format !== undefined) data['format'] = story.format;
  if (story.formatVersion !== undefined) data['format-version'] = story.formatVersion;
  if (story.start !== undefined) data['start'] = story.start;
  if (story.tagColors !== undefined && Object.keys(story.tagColors).length > 0) data['tag-colors'] = story.tagColors;
  if (story.zoom !== undefined) data['zoom'] = story.zoom;
  const blocks = [`:: StoryTitle\n${story.name}\n`, `:: StoryData\n${JSON.stringify(data, null, 2)}\n`];
  if (story.script !== '') blocks.push(`${header('Story JavaScript', ['script'])}\n${escapeTweeText(story.script)}\n`);
  if (story.stylesheet !== '') blocks.push(`${header('Story Stylesheet', ['stylesheet'])}\n${escapeTweeText(story.stylesheet)}\n`);
  for (const p of story.passages) blocks.push(passageBlock(p));
  return blocks.join('\n');
}

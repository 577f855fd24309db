import { encodeXML } from 'entities';
import type { TwineStory } from './twine-story';

/**
 * Writes a story as Twine 2 HTML in the form of the Twine 2 HTML output specification
 * (`<tw-storydata>` with `<tw-passagedata>` children, text entity-escaped), as a small HTML
 * page without a story format: Twine 2's Library → Import reads it like an archive.
 */

const escapeAttr = (value: string): string => encodeXML(value);

/** Escapes text content so that no `<` or `&` in a passage can end or open an element. */
const escapeText = (value: string): string => encodeXML(value);

/** The `<tw-storydata>` element of one story; the start passage is the pid of `story.start`. */
export function writeStoryDataElement(story: TwineStory): string {
  const pidOf = new Map<string, number>();
  story.passages.forEach((p, i) => {
    if (!pidOf.has(p.name)) pidOf.set(p.name, i + 1);
  });
  const start = story.start === undefined ? undefined : pidOf.get(story.start);
  const attrs: [string, string | undefined][] = [
    ['name', story.name],
    ['startnode', start === undefined ? (story.passages.length > 0 ? '1' : undefined) : String(start)],
    ['creator', 'Arc Studio'],
    ['creator-version', '0.1.0'],
    ['ifid', story.ifid],
    ['zoom', story.zoom === undefined ? undefined : String(story.zoom)],
    ['format', story.format],
    ['format-version', story.formatVersion],
    ['options', ''],
    ['hidden', ''],
  ];
  const head = attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => `${k}="${escapeAttr(v)}"`)
    .join(' ');
  const parts = [`<tw-storydata ${head}>`];
  // Script and stylesheet are raw text in HTML (entities are not decoded there), as Twine writes them.
  parts.push(`<style role="stylesheet" id="twine-user-stylesheet" type="text/twine-css">${story.stylesheet}</style>`);
  parts.push(`<script role="script" id="twine-user-script" type="text/twine-javascript">${story.script}</script>`);
  for (const [tag, color] of Object.entries(story.tagColors ?? {})) {
    parts.push(`<tw-tag name="${escapeAttr(tag)}" color="${escapeAttr(color)}"></tw-tag>`);
  }
  story.passages.forEach((p, i) => {
    const pAttrs = [
      `pid="${i + 1}"`,
      `name="${escapeAttr(p.name)}"`,
      `tags="${escapeAttr(p.tags.join(' '))}"`,
      `position="${escapeAttr(p.position ?? '0,0')}"`,
      `size="${escapeAttr(p.size ?? '100,100')}"`,
    ];
    parts.push(`<tw-passagedata ${pAttrs.join(' ')}>${escapeText(p.text)}</tw-passagedata>`);
  });
  parts.push('</tw-storydata>');
  return parts.join('\n');
}

/** A complete HTML page holding the story's `<tw-storydata>`. */
export function writeTwineHtml(story: TwineStory): string {
  return `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${escapeText(story.name)}</title>\n</head>\n<body>\n${writeStoryDataElement(story)}\n</body>\n</html>\n`;
}

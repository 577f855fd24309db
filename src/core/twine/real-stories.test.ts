import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryFile } from './story-file';

/**
 * Real public Twine stories (test-data/twine/real, see LICENSES.md), in the four story
 * formats. Passages and `[[...]]` links are counted here with plain regular expressions,
 * independently of the parsers under test.
 */

const DIR = join(__dirname, '../../../test-data/twine/real');
const FILES = readdirSync(DIR).filter((f) => /\.(twee|html)$/.test(f));

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&amp;': '&' };
const decode = (s: string): string => s.replace(/&(lt|gt|quot|#39|apos|amp);/g, (m) => ENTITIES[m]!);

/** [name, text] of each story passage, found by regular expressions. */
function passagesByRegex(file: string, source: string): [string, string][] {
  if (file.endsWith('.html')) {
    return [...source.matchAll(/<tw-passagedata\b[^>]*?\bname="([^"]*)"[^>]*>([\s\S]*?)<\/tw-passagedata>/g)].map((m) => [decode(m[1]!), decode(m[2]!)]);
  }
  return source
    .split(/^::/m)
    .slice(1)
    .map((chunk): [string, string, string] => {
      const newline = chunk.indexOf('\n');
      const header = newline < 0 ? chunk : chunk.slice(0, newline);
      return [header.replace(/[[{].*$/, '').trim(), header, newline < 0 ? '' : chunk.slice(newline + 1)];
    })
    .filter(([name, header]) => name !== 'StoryTitle' && name !== 'StoryData' && !/\[[^\]]*\b(script|stylesheet)\b[^\]]*\]/.test(header))
    .map(([name, , text]) => [name, text]);
}

/** The target of `[[inner]]` as Twine documents it: text->target, target<-text, text|target, target. */
function targetOf(inner: string): string {
  const body = inner.split('][')[0]!;
  if (body.includes('->')) return body.slice(body.lastIndexOf('->') + 2).trim();
  if (body.includes('<-')) return body.slice(0, body.indexOf('<-')).trim();
  if (body.includes('|')) return body.slice(body.lastIndexOf('|') + 1).trim();
  return body.trim();
}

describe('real Twine stories', () => {
  it('cover the four story formats, published HTML and Twee', () => {
    const formats = new Set(FILES.map((f) => f.split('_')[0]));
    expect([...formats].sort()).toEqual(['chapbook', 'harlowe', 'snowman', 'sugarcube']);
    expect(FILES.length).toBeGreaterThanOrEqual(12);
    expect(FILES.some((f) => f.endsWith('.html')) && FILES.some((f) => f.endsWith('.twee'))).toBe(true);
  });

  for (const file of FILES) {
    it(`${file}: every passage becomes an event and every [[link]] a link or a warning`, () => {
      const source = readFileSync(join(DIR, file), 'utf8');
      const result = readStoryFile(file, source);
      if (result.status !== 'ok') throw new Error(JSON.stringify(result));
      const { story, warnings } = result;
      const passages = passagesByRegex(file, source);
      expect(passages.length).toBeGreaterThan(1);
      expect(story.events.length).toBe(passages.length);
      expect(story.events.map((e) => e.title).sort()).toEqual(passages.map(([name]) => name).sort());

      const idOf = new Map(story.events.map((e) => [e.title, e.id]));
      const linkIds = new Set(story.links.map((l) => `${l.from}->${l.to}`));
      let counted = 0;
      for (const [name, text] of passages) {
        for (const m of text.matchAll(/\[\[(.*?)\]\]/g)) {
          counted++;
          const target = targetOf(m[1]!);
          if (/^https?:\/\//.test(target)) continue; // a web link, not a passage link
          const to = idOf.get(target);
          if (to !== undefined) expect(linkIds, `${name} -> ${target}`).toContain(`${idOf.get(name)}->${to}`);
          else expect(warnings.some((w) => w.message.includes(`"${target}"`) && w.message.includes(`passage "${name}"`))).toBe(true);
        }
      }
      if (passages.some(([, text]) => text.includes('[['))) expect(counted).toBeGreaterThan(0);
    });
  }
});

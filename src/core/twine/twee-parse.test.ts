import { describe, expect, it } from 'vitest';
import { parseTwee } from './twee-parse';
import { writeTwee } from './twee-write';
import type { TwineStory } from './twine-story';

function ok(source: string): TwineStory {
  const r = parseTwee(source);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('reading Twee 3', () => {
  it('reads title, story data, tags, metadata and text', () => {
    const story = ok(`:: StoryTitle
The Harbor

:: StoryData
{"ifid":"D674C58C-DEFA-4F70-B7A2-27742230C0FC","format":"SugarCube","format-version":"2.37.3","start":"Dock","tag-colors":{"arc":"red"},"zoom":0.6}

:: Dock [scale:arc  char:mara] {"position":"600,400","size":"100,200"}
The boat waits.
[[Sea]]

:: Sea
Waves.

`);
    expect(story).toMatchObject({ name: 'The Harbor', ifid: 'D674C58C-DEFA-4F70-B7A2-27742230C0FC', format: 'SugarCube', formatVersion: '2.37.3', start: 'Dock', zoom: 0.6, tagColors: { arc: 'red' } });
    expect(story.passages.map((p) => [p.name, p.tags, p.position, p.size, p.text, p.line])).toEqual([
      ['Dock', ['scale:arc', 'char:mara'], '600,400', '100,200', 'The boat waits.\n[[Sea]]', 7],
      ['Sea', [], undefined, undefined, 'Waves.', 11],
    ]);
  });

  it('unescapes \\[ \\] \\{ \\} \\\\ in names and tags, and \\:: at the start of a text line', () => {
    const story = ok(':: A \\[1\\] \\{x\\} back\\\\slash [t\\]ag]\n\\:: not a header\n');
    expect(story.passages[0]).toMatchObject({ name: 'A [1] {x} back\\slash', tags: ['t]ag'], text: ':: not a header' });
  });

  it('takes script and stylesheet passages as the story JavaScript and CSS, not passages', () => {
    const story = ok(':: Code [script]\nwindow.x = 1;\n\n:: Look [stylesheet]\nbody {}\n\n:: Start\nHi');
    expect([story.script, story.stylesheet, story.passages.map((p) => p.name)]).toEqual(['window.x = 1;', 'body {}', ['Start']]);
  });

  it('warns about a missing StoryData and StoryTitle but reads the passages', () => {
    const r = parseTwee(':: Start\nHello');
    expect(r.ok && r.warnings.map((w) => w.message)).toEqual([
      'no StoryData passage: no IFID, story format or start passage given',
      'no StoryTitle passage: the story is called "Untitled Story"',
    ]);
  });

  it('names the line of a broken StoryData, an unclosed tag block, a nameless header', () => {
    const r = parseTwee(':: StoryData\n{"ifid": \n\n:: Good\nx\n\n:: Bad [oops\ny\n\n:: [tag]\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.line)).toEqual([7, 10, 1]);
    expect(r.errors[0]!.message).toContain('never closed');
    expect(r.errors[1]!.message).toContain('no passage name');
    expect(r.errors[2]!.message).toContain('StoryData is not valid JSON');
  });

  it('rejects a file with no passage header', () => {
    const r = parseTwee('{"format": "nao-story"}');
    expect(!r.ok && r.errors[0]!.message).toContain('no passages found');
  });

  it('ignores unreadable passage metadata with a warning', () => {
    const r = parseTwee(':: StoryTitle\nT\n\n:: StoryData\n{}\n\n:: A {"position":}\ntext');
    expect(r.ok && r.value.passages[0]!.text).toBe('text');
    expect(r.ok && r.warnings[0]).toEqual({ line: 7, message: 'passage "A": metadata {"position":} is not a JSON object; ignored' });
  });
});

describe('writing Twee 3', () => {
  it('escapes header metacharacters and text lines that start with ::', () => {
    const text = writeTwee({ name: 'T', script: '', stylesheet: '', passages: [{ name: 'a[b]{c}\\', tags: ['x]y'], text: '::no\nok', line: 0 }] });
    expect(text).toContain(':: a\\[b\\]\\{c\\}\\\\ [x\\]y]\n\\::no\nok\n');
    const back = ok(text);
    expect(back.passages[0]).toMatchObject({ name: 'a[b]{c}\\', tags: ['x]y'], text: '::no\nok' });
  });
});

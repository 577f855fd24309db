import { describe, expect, it } from 'vitest';
import { parseTwineHtml } from './twine-html-parse';
import { writeStoryDataElement, writeTwineHtml } from './twine-html-write';
import type { TwineStory } from './twine-story';

const PUBLISHED = `<!DOCTYPE html><html><head><title>Night</title>
<script>var fake = "<tw-storydata name='decoy'>"; document.write('<tw-passagedata>');</script></head>
<body>
<tw-story></tw-story>
<tw-storydata name="Night &amp; Day" startnode="2" creator="Twine" creator-version="2.6.2" ifid="3F1C2A5E-0000-4000-8000-000000000001" zoom="1" format="Harlowe" format-version="3.3.9" options="" hidden>
<style role="stylesheet" id="twine-user-stylesheet" type="text/twine-css">tw-story { color: red }</style>
<script role="script" id="twine-user-script" type="text/twine-javascript">if (a < b && c) alert("</tw-passagedata>")</script>
<tw-tag name="arc" color="blue"></tw-tag>
<tw-passagedata pid="1" name="Intro" tags="premise scale:arc" position="100,100" size="100,100">It &lt;b&gt;starts&lt;/b&gt;. [[Go-&gt;Middle]]
&lt;/tw-passagedata&gt; is only text &amp; so is &lt;script&gt;alert(1)&lt;/script&gt;</tw-passagedata>
<tw-passagedata pid="2" name="Middle" tags="" position="250,100" size="100,100">(link-goto: &quot;End it&quot;, &quot;End&quot;)</tw-passagedata>
</tw-storydata>
<script>/* the story format engine */ var s = '</tw-storydata>';</script>
</body></html>`;

describe('reading Twine 2 HTML', () => {
  it('reads a published story as data: attributes, decoded text, script and stylesheet', () => {
    const r = parseTwineHtml(PUBLISHED);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value).toHaveLength(1);
    const story = r.value[0]!;
    expect(story).toMatchObject({
      name: 'Night & Day',
      ifid: '3F1C2A5E-0000-4000-8000-000000000001',
      format: 'Harlowe',
      formatVersion: '3.3.9',
      start: 'Middle',
      zoom: 1,
      tagColors: { arc: 'blue' },
      stylesheet: 'tw-story { color: red }',
      script: 'if (a < b && c) alert("</tw-passagedata>")',
    });
    expect(story.passages.map((p) => [p.name, p.tags, p.position, p.text, p.line])).toEqual([
      ['Intro', ['premise', 'scale:arc'], '100,100', 'It <b>starts</b>. [[Go->Middle]]\n</tw-passagedata> is only text & so is <script>alert(1)</script>', 9],
      ['Middle', [], '250,100', '(link-goto: "End it", "End")', 11],
    ]);
  });

  it('lists every story of a library archive', () => {
    const a: TwineStory = { name: 'A', script: '', stylesheet: '', passages: [{ name: 'x', tags: [], text: 'one', line: 0 }] };
    const b: TwineStory = { ...a, name: 'B', passages: [] };
    const r = parseTwineHtml(`${writeStoryDataElement(a)}\n${writeStoryDataElement(b)}`);
    expect(r.ok && r.value.map((s) => [s.name, s.passages.length])).toEqual([
      ['A', 1],
      ['B', 0],
    ]);
  });

  it('reads back what it writes, whatever the text holds', () => {
    const story: TwineStory = {
      name: 'Odd "name" <&>',
      ifid: 'ABC',
      format: 'SugarCube',
      formatVersion: '2.37.3',
      start: 'b',
      script: 'x = 1 < 2;',
      stylesheet: '',
      passages: [
        { name: 'a "q" & <t>', tags: ['t1', 'x:y'], position: '1,2', size: '100,100', text: '</tw-passagedata><script>alert(1)</script>&amp;', line: 0 },
        { name: 'b', tags: [], position: '0,0', size: '100,100', text: '', line: 0 },
      ],
    };
    const r = parseTwineHtml(writeTwineHtml(story));
    expect(r.ok && r.value[0]!.passages.map(({ line: _l, ...p }) => p)).toEqual(story.passages.map(({ line: _l, ...p }) => p));
    expect(r.ok && r.value[0]!).toMatchObject({ name: story.name, start: 'b', script: story.script, format: 'SugarCube' });
  });

  it('says what is wrong and where', () => {
    const noName = parseTwineHtml('<tw-storydata name="S">\n<tw-passagedata pid="7">x</tw-passagedata></tw-storydata>');
    expect(!noName.ok && noName.errors).toEqual([{ line: 2, message: '<tw-passagedata pid="7"> has no name attribute' }]);
    const unclosed = parseTwineHtml('<tw-storydata name="S">\n\n<tw-passagedata pid="1" name="A">x');
    expect(!unclosed.ok && unclosed.errors.map((e) => e.line)).toContain(3);
    const notTwine = parseTwineHtml('<html><body><p>hello</p></body></html>');
    expect(!notTwine.ok && notTwine.errors[0]!.message).toContain('not a Twine 2 story');
    const twine1 = parseTwineHtml('<html><body><div id="storeArea"><div tiddler="Start">x</div></div></body></html>');
    expect(!twine1.ok && twine1.errors[0]!.message).toContain('Twine 1');
  });

  it('warns when startnode names no passage', () => {
    const r = parseTwineHtml('<tw-storydata name="S" startnode="9"><tw-passagedata pid="1" name="A"></tw-passagedata></tw-storydata>');
    expect(r.ok && r.warnings.map((w) => w.message)).toEqual(['story "S": startnode 9 is the pid of no passage']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story';
import { readStoryFile, type FileIssue } from './story-file';

function read(twee: string): { story: Story; warnings: readonly FileIssue[] } {
  const r = readStoryFile('s.twee', twee);
  if (r.status !== 'ok') throw new Error(JSON.stringify(r));
  return r;
}

const HEAD = ':: StoryTitle\nS\n\n:: StoryData\n{"ifid":"X","start":"Start"}\n\n';

describe('passages as events', () => {
  it('makes each passage an event: title, stable id, notes, and each link a causal link', () => {
    const { story } = read(`${HEAD}:: Start\nBegin. [[The Cellar!]]\n\n:: The Cellar!\nDark.`);
    expect(story.events.map((e) => [e.id, e.title, e.scale, e.notes])).toEqual([
      ['start', 'Start', 'scene', 'Begin. [[The Cellar!]]'],
      ['the-cellar', 'The Cellar!', 'scene', 'Dark.'],
    ]);
    expect(story.links.map((l) => [l.from, l.to, l.kind, l.strength])).toEqual([['start', 'the-cellar', 'causes', 0.5]]);
  });

  it('times passages by their distance from the start passage, so causes come first', () => {
    const { story } = read(`${HEAD}:: Far\nend\n\n:: Start\n[[Near]] [[Mid]]\n\n:: Near\n[[Far]]\n\n:: Mid\n[[Far]]\n\n:: Island\nnobody links here`);
    const time = Object.fromEntries(story.events.map((e) => [e.title, e.time]));
    expect(time).toEqual({ Start: 0, Near: 1, Mid: 1, Far: 2, Island: 3 });
  });

  it('a loop back to an earlier passage stays a link (the checks then show the cycle)', () => {
    const { story } = read(`${HEAD}:: Start\n[[Again]]\n\n:: Again\n[[Start]]`);
    expect(story.links.map((l) => l.id)).toEqual(['start->again', 'again->start']);
  });

  it('reports a link to a missing passage with the passage and the link text', () => {
    const { story, warnings } = read(`${HEAD}:: Start\n[[Open->Nowhere]] (goto: "Void")`);
    expect(story.links).toEqual([]);
    expect(warnings).toEqual([
      { where: 'line 7', message: 'passage "Start": link [[Open->Nowhere]] goes to "Nowhere", which is not a passage; no link made' },
      { where: 'line 7', message: 'passage "Start": link (goto: "Void") goes to "Void", which is not a passage; no link made' },
    ]);
  });

  it('renames a repeated passage name, reports it, and links go to the first', () => {
    const { story, warnings } = read(`${HEAD}:: Start\n[[Room]]\n\n:: Room\nfirst\n\n:: Room\nsecond`);
    expect(story.events.map((e) => [e.id, e.title, e.notes])).toEqual([
      ['start', 'Start', '[[Room]]'],
      ['room', 'Room', 'first'],
      ['room-2', 'Room (2)', 'second'],
    ]);
    expect(story.links.map((l) => l.to)).toEqual(['room']);
    expect(warnings.map((w) => w.message)).toContain('passage name "Room" is used again (first at line 10); this one is renamed "Room (2)", links to "Room" go to the first');
  });

  it('reads the tag convention', () => {
    const { story } = read(
      `${HEAD}:: Start [scale:arc char:mara char:kofi theme:hope theme:despair=0.6 intensity:0.7 recovery premise time:5 duration:2 loc:old%20pier side-quest]\nx`,
    );
    expect(story.events[0]).toMatchObject({
      scale: 'arc',
      participants: ['mara', 'kofi'],
      themes: { hope: 1, despair: 0.6 },
      intensity: 0.7,
      tags: ['recovery', 'premise', 'side-quest'],
      time: 5,
      duration: 2,
      location: 'old pier',
    });
  });

  it('warns about tag values it cannot use and keeps the defaults', () => {
    const { story, warnings } = read(`${HEAD}:: Start [intensity:2 theme:hope=high scale:galaxy time:soon]\nx`);
    expect(story.events[0]).toMatchObject({ intensity: 0, themes: {}, scale: 'scene', time: 0 });
    expect(warnings.map((w) => w.message)).toEqual([
      'passage "Start" (line 7): tag "intensity:2": intensity must be a number from 0 to 1; ignored',
      'passage "Start" (line 7): tag "theme:hope=high": a theme\'s intensity must be a number from 0 to 1; ignored',
      'passage "Start" (line 7): tag "time:soon": time must be a number; ignored',
      'passage "Start" (line 7): tag "scale:galaxy" names no scale of the story; it is a scene',
    ]);
  });

  it('keeps the Twine story data so that an export goes back to the same IFID and format', () => {
    const { story } = read(`${HEAD}:: Start [x] {"position":"10,20"}\nhi`);
    expect(story.extra?.['twine']).toEqual({ ifid: 'X', start: 'start', passages: { start: { position: '10,20' } } });
  });
});

describe('tags Twine 2.6 can read back', () => {
  it('an event tag with brackets or spaces is written percent-encoded under tag:', async () => {
    const { writeEventTag, readTags } = await import('./tag-convention');
    const written = ['odd]tag', 'two words', 'scale:fake'].map(writeEventTag);
    expect(written).toEqual(['tag:odd%5Dtag', 'tag:two%20words', 'tag:scale:fake']);
    expect(written.every((t) => !/[\s[\]{}]/.test(t))).toBe(true);
    expect(readTags(written, () => undefined).tags).toEqual(['odd]tag', 'two words', 'scale:fake']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story';
import { arbStory } from '../testing/arbitraries';
import { readStoryFile, writeStoryFile, type StoryFileKind } from './story-file';

/** Link order carries no meaning in the format; a Twine passage lists its links in text order. */
function byLinkId(story: Story): Story {
  return { ...story, links: [...story.links].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

function roundTrip(story: Story, kind: StoryFileKind): Story {
  const text = writeStoryFile(story, kind);
  const back = readStoryFile(kind === 'twee' ? 'story.twee' : 'story.html', text);
  if (back.status !== 'ok') throw new Error(`re-import failed: ${JSON.stringify(back)}\n${text}`);
  return back.story;
}

describe('Twee 3 and Twine 2 HTML export then import', () => {
  for (const kind of ['twee', 'twine-html'] as const) {
    it(`gives back the same events, links and settings (${kind})`, () => {
      fc.assert(
        fc.property(arbStory(), (story) => {
          expect(byLinkId(roundTrip(story, kind))).toStrictEqual(byLinkId(story));
        }),
        { numRuns: 150 },
      );
    });
  }
});

import { describe, expect, it } from 'vitest';
import { decideRemote } from './tab-sync';

describe("what a tab does with another tab's change", () => {
  const open = { storyKey: 's1', version: 7 };
  it('applies the next version of the story it shows', () => {
    expect(decideRemote({ key: 's1', version: 8 }, open)).toBe('apply');
  });
  it('ignores a version it already has (or has its own change at, which will lose and resync)', () => {
    expect(decideRemote({ key: 's1', version: 7 }, open)).toBe('known');
    expect(decideRemote({ key: 's1', version: 3 }, open)).toBe('known');
  });
  it('reloads from storage when it missed changes', () => {
    expect(decideRemote({ key: 's1', version: 9 }, open)).toBe('resync');
  });
  it('only updates the library entry for another story', () => {
    expect(decideRemote({ key: 's2', version: 8 }, open)).toBe('other-story');
  });
});

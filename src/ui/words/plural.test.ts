import { describe, expect, it } from 'vitest';
import { plural, withArticle } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(plural(1, 'conflict')).toBe('1 conflict');
    expect(plural(0, 'conflict')).toBe('0 conflicts');
    expect(plural(2, 'conflict')).toBe('2 conflicts');
    expect(plural(3, 'story', 'stories')).toBe('3 stories');
  });

  it('groups the thousands of a big count, as the import messages do', () => {
    expect(plural(20_000, 'event')).toBe('20,000 events');
    expect(plural(59_656, 'link')).toBe('59,656 links');
  });
});

describe('withArticle', () => {
  it('says "an" before a vowel sound and "a" before a consonant sound', () => {
    expect(withArticle('arc-scale')).toBe('an arc-scale');
    expect(withArticle('scene-scale')).toBe('a scene-scale');
    expect(withArticle('hour')).toBe('an hour');
    expect(withArticle('unit')).toBe('a unit');
    expect(withArticle('epoch')).toBe('an epoch');
    expect(withArticle('year')).toBe('a year');
  });
});

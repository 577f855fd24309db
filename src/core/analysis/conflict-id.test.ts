import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints } from './code-point-order';
import { conflictId, conflictIdOf } from './conflict-id';

/** The spec's order, spelled out the slow way: arrays of code points compared element by element. */
function naive(x: string, y: string): number {
  const a = Array.from(x, (ch) => ch.codePointAt(0)!);
  const b = Array.from(y, (ch) => ch.codePointAt(0)!);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

describe('conflict ids', () => {
  it('are the type and the event ids sorted and joined with +, as the spec writes them', () => {
    expect(conflictId('temporal-paradox', ['storm', 'flood'])).toBe('temporal-paradox:flood+storm');
    expect(conflictId('causal-cycle', ['c', 'a', 'b'])).toBe('causal-cycle:a+b+c');
  });

  it('keep ids as they are: no URI encoding, no hashing of long cycles', () => {
    expect(conflictId('bilocation', ['Mara at sea', 'ä/b+c'])).toBe('bilocation:Mara at sea+ä/b+c');
    const many = Array.from({ length: 40 }, (_, i) => `event-${String(i).padStart(2, '0')}`);
    expect(conflictId('causal-cycle', many)).toBe(`causal-cycle:${many.join('+')}`);
  });

  it('sort by code point, not by UTF-16 unit: U+FF21 comes before an emoji', () => {
    // In UTF-16 the emoji (a surrogate pair, 0xD83D...) sorts before 0xFF21; by code point it is after.
    expect(conflictId('bilocation', ['\u{1F30A}', '\uFF21'])).toBe('bilocation:\uFF21+\u{1F30A}');
  });

  it('accept lone surrogates without throwing', () => {
    expect(conflictId('bilocation', ['\uDC00', '\uD800x'])).toBe('bilocation:\uD800x+\uDC00');
  });

  it('order agrees with the naive code point comparison on any strings', () => {
    const unit = fc.oneof(fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uFFFF', 'a', '\u{1F30A}', '\u{10FFFF}'), fc.string({ maxLength: 2, unit: 'binary' }));
    const text = fc.array(unit, { maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, text, (x, y) => {
      expect(Math.sign(compareCodePoints(x, y))).toBe(Math.sign(naive(x, y)));
    }), { numRuns: 2000 });
  });

  it('are the same for a conflict of thousands of events, sorted through the order of all the story\'s ids', () => {
    // Ids with and without surrogates (emoji, lone halves), and characters either side of them.
    const units = fc.oneof(fc.constant(['\uD800', '\uDC00', '\u{1F30A}', '\u{10FFFF}']), fc.constant([])).map((extra) => ['\uE000', '\uFFFF', 'a', 'B', '0', '+', ...extra]);
    const texts = units.map((unit) => fc.array(fc.constantFrom(...unit), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')));
    const stories = texts.chain((text) => fc.uniqueArray(text, { minLength: 2100, maxLength: 2400 }));
    fc.assert(
      fc.property(stories, fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), (ids, cuts) => {
        const events = ids.map((id) => ({ id }));
        // Two subsets of one story: the first sorts every id once, the second reuses that order.
        for (const skip of cuts) {
          const indices = events.map((_, i) => i).filter((i) => i % 7 !== skip % 7).reverse();
          const eventIds = indices.map((i) => ids[i]!);
          expect(conflictIdOf('causal-cycle', events, indices, eventIds)).toBe(conflictId('causal-cycle', eventIds));
        }
      }),
      { numRuns: 15 },
    );
  });
});

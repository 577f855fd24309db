import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-syntax-error';

describe('locating a JSON syntax error', () => {
  it('finds nothing wrong with valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, null, "x\\n\\u00e9"], "b": {}}')).toBeNull();
  });

  it.each([
    ['{"a": 1,}', 1, 9, "expected a property name in double quotes, found \"}\""],
    ['[1, 2', 1, 6, 'the text ends before the JSON is complete'],
    ['{"a": 1} x', 1, 10, 'unexpected "x" after the end of the JSON value'],
    ['{\n  "a": "line\nbreak"\n}', 2, 13, 'a line break or control character inside a string (write it as \\n, \\t, ...)'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes, found "\'"'],
    ['{"a" 1}', 1, 6, "expected ':' after a property name, found \"1\""],
    ['[1 2]', 1, 4, "expected ',' or ']', found \"2\""],
    ['{"a": tru}', 1, 7, 'expected a value, found "t"'],
    ['"\\x"', 1, 2, 'invalid escape \\x in a string'],
    ['"abc', 1, 1, 'a string that is never closed'],
  ])('%j: line %i, column %i', (text, line, column, problem) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toMatchObject({ line, column, problem });
  });

  it('copes with deep nesting without recursion', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(99_999)}`;
    expect(locateJsonError(deep)).toMatchObject({ line: 1, column: 200_000 });
  });
});

/**
 * Finds where a text stops being JSON, with line and column, because the engines'
 * JSON.parse messages differ and often give neither. Runs only after JSON.parse failed.
 * Iterative (a stack of open brackets), so deep nesting cannot overflow.
 */

export interface JsonSyntaxError {
  /** Offset of the offending character in the text. */
  readonly offset: number;
  /** 1-based line and column. */
  readonly line: number;
  readonly column: number;
  readonly problem: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function found(text: string, i: number): string {
  return i >= text.length ? 'the end of the text' : JSON.stringify(text[i]);
}

/** Returns the offset after the string starting at `start`, or an error [offset, problem]. */
function scanString(text: string, start: number): number | [number, string] {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return [i, 'a line break or control character inside a string (write it as \\n, \\t, ...)'];
    if (c === 0x5c) {
      const e = text[i + 1] ?? '';
      if (e === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6))) return [i, 'a \\u escape needs 4 hex digits'];
        i += 5;
      } else if (ESCAPES.has(e)) {
        i += 1;
      } else {
        return [i, `invalid escape \\${e} in a string`];
      }
    }
  }
  return [start, 'a string that is never closed'];
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function locate(text: string): [number, string] | null {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');
  while (true) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) return expect === 'end' ? null : [i, 'the text ends before the JSON is complete'];
    const ch = text[i]!;
    switch (expect) {
      case 'end':
        return [i, `unexpected ${found(text, i)} after the end of the JSON value`];
      case 'colon':
        if (ch !== ':') return [i, `expected ':' after a property name, found ${found(text, i)}`];
        i++;
        expect = 'value';
        continue;
      case 'comma-or-close': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (ch === ',') expect = close === '}' ? 'key' : 'value';
        else if (ch === close) {
          stack.pop();
          expect = afterValue();
        } else return [i, `expected ',' or '${close}', found ${found(text, i)}`];
        i++;
        continue;
      }
      case 'key':
      case 'key-or-close': {
        if (ch === '}' && expect === 'key-or-close') {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (ch !== '"') return [i, `expected a property name in double quotes, found ${found(text, i)}`];
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
        continue;
      }
      case 'value':
      case 'value-or-close': {
        if (ch === ']' && expect === 'value-or-close') {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (ch === '{' || ch === '[') {
          stack.push(ch);
          i++;
          expect = ch === '{' ? 'key-or-close' : 'value-or-close';
          continue;
        }
        if (ch === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = afterValue();
          continue;
        }
        const pattern = ch === '-' || (ch >= '0' && ch <= '9') ? NUMBER : LITERAL;
        pattern.lastIndex = i;
        if (!pattern.test(text)) return [i, `expected a value, found ${found(text, i)}`];
        i = pattern.lastIndex;
        expect = afterValue();
        continue;
      }
    }
  }
}

/** Locates the first JSON syntax error in `text`, or null when the text is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const hit = locate(text);
  if (hit === null) return null;
  const [offset, problem] = hit;
  return { offset, ...lineColumn(text, offset), problem };
}

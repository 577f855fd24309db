import type { z } from 'zod';
import { describeValue, type PathSegments } from './story-issue';
import { OPPOSITE_PAIR } from './story-schema';

/** An issue before its path is formatted, so that issues can be sorted into document order. */
export interface RawIssue {
  readonly path: PathSegments;
  readonly message: string;
}

const EXPECTED_TYPE: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a finite number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  record: 'an object',
  tuple: OPPOSITE_PAIR.slice('expected '.length),
};

/** zod reports NaN and infinities with `input: null` and the real value in `received`. */
function received(issue: z.core.$ZodIssue): string {
  const r = (issue as { readonly received?: unknown }).received;
  if (r === 'NaN' || r === 'Infinity' || r === '-Infinity') return r;
  return describeValue(issue.input);
}

function gotSize(input: unknown): string {
  return Array.isArray(input) ? String(input.length) : describeValue(input);
}

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_TYPE[issue.expected] ?? issue.expected;
      const got = received(issue);
      return got === 'nothing' ? `missing (expected ${expected})` : `expected ${expected}, got ${got}`;
    }
    case 'too_small':
    case 'too_big':
      // Every range in story-schema.ts carries its expectation as the message.
      return issue.message.startsWith('expected') ? `${issue.message}, got ${gotSize(issue.input)}` : issue.message;
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const expected = issue.values.length === 1 ? options : `one of ${options}`;
      return `expected ${expected}, got ${describeValue(issue.input)}`;
    }
    default:
      return issue.message;
  }
}

/** Turns zod's issues into path-and-expectation issues ("expected a finite number, got \"soon\""). */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): RawIssue[] {
  return issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: messageOf(issue),
  }));
}

import type { Story } from '../model/story';

/** One problem found in a story file; `path` is a JSON path like `events[12].time`, `` for the root. */
export interface StoryIssue {
  readonly path: string;
  readonly message: string;
}

/** What loading a story yields: the story with its warnings, or every error found. */
export type LoadResult =
  | { readonly ok: true; readonly story: Story; readonly warnings: readonly StoryIssue[] }
  | { readonly ok: false; readonly errors: readonly StoryIssue[] };

/** A JSON path as a list of keys and indices, kept unformatted until the issue is reported. */
export type PathSegments = readonly (string | number)[];

/** At most this many errors (or warnings) are listed; the rest are counted in a final "…and N more". */
export const MAX_LISTED_ISSUES = 50;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats path segments the way a reader writes them: `events[12].themes["dark night"]`. */
export function formatPath(path: PathSegments): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Describes a received value briefly for "got ..." in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? 'NaN' : String(value);
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
      return JSON.stringify(shown);
    }
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** Keeps the first MAX_LISTED_ISSUES issues and replaces the rest with one "…and N more" line. */
export function capIssues(issues: readonly StoryIssue[], noun = 'errors'): StoryIssue[] {
  if (issues.length <= MAX_LISTED_ISSUES) return [...issues];
  const rest = issues.length - MAX_LISTED_ISSUES;
  return [...issues.slice(0, MAX_LISTED_ISSUES), { path: '', message: `…and ${rest} more ${noun}` }];
}

/** One issue as a single line: `path: message`, or the bare message for the root. */
export function formatIssue(issue: StoryIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/** Formats errors or warnings as display lines for the command line and the import dialog. */
export function validationSummary(issues: readonly StoryIssue[]): string[] {
  return issues.map(formatIssue);
}

import type { Story } from '../model/story';
import { EditError } from './edit-error';
import { withEntry, type EditResult, type OpOf } from './edit-support';
import { checkString } from './edit-values';
import { extraDepthIssues, MAX_EXTRA_DEPTH } from '../story/extra-depth';

/** Edits of story-level data: the title and the app's `extra` section. */

/** Renames the story (the format requires a non-empty title). */
export function setStoryTitle(story: Story, op: OpOf<'set-story-title'>): EditResult {
  const title = checkString(op.title, 'story title');
  if (title === '') throw new EditError('story title must not be empty');
  return { story: title === story.title ? story : { ...story, title }, inverse: { kind: 'set-story-title', title: story.title } };
}

function isJsonCompatible(value: unknown): boolean {
  const t = typeof value;
  if (t === 'function' || t === 'symbol' || t === 'bigint') return false;
  return t !== 'number' || Number.isFinite(value);
}

/**
 * Sets (or, for `undefined`, removes) one key of `extra`. Removing an absent key does nothing;
 * removing the last key removes `extra` itself, since an empty `extra` is the same as none.
 */
export function setExtra(story: Story, op: OpOf<'set-extra'>): EditResult {
  const key = checkString(op.key, 'extra key');
  if (!isJsonCompatible(op.value)) throw new EditError(`extra ${JSON.stringify(key)} must be a JSON value`);
  const tooDeep = extraDepthIssues({ extra: { [key]: op.value } });
  if (tooDeep.length > 0) throw new EditError(`extra ${JSON.stringify(key)} nests deeper than ${MAX_EXTRA_DEPTH} levels`);
  const current = story.extra ?? {};
  const has = Object.hasOwn(current, key);
  const inverse: OpOf<'set-extra'> = { kind: 'set-extra', key, value: has ? current[key] : undefined };
  if (op.value === undefined && !has) return { story, inverse };
  const extra = withEntry(current, key, op.value);
  const next: { -readonly [K in keyof Story]: Story[K] } = { ...story, extra };
  if (Object.keys(extra).length === 0) delete next.extra;
  return { story: next, inverse };
}

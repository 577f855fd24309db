import type { EditOp } from './edit-op';
import type { Story } from '../model/story';

/** A story after an edit, and the operation that turns it back into the story before. */
export interface EditResult {
  readonly story: Story;
  readonly inverse: EditOp;
}

/** The operation of one kind. */
export type OpOf<K extends EditOp['kind']> = Extract<EditOp, { readonly kind: K }>;

/** A copy of `list` with item i replaced; the other items keep their identity. */
export function replaceAt<T>(list: readonly T[], i: number, item: T): T[] {
  const out = list.slice();
  out[i] = item;
  return out;
}

/** A copy of `list` with `item` inserted before position i. */
export function insertAt<T>(list: readonly T[], i: number, item: T): T[] {
  const out = list.slice(0, i);
  out.push(item);
  for (let k = i; k < list.length; k++) out.push(list[k]!);
  return out;
}

/** A copy of `list` without item i. */
export function removeAt<T>(list: readonly T[], i: number): T[] {
  const out = list.slice(0, i);
  for (let k = i + 1; k < list.length; k++) out.push(list[k]!);
  return out;
}

/** A copy of `record` with `key` set (in place if it exists, else last) or, for undefined, removed. */
export function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T | undefined): Record<string, T> {
  if (value === undefined) return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
  // A computed key defines an own property even for "__proto__".
  return { ...record, [key]: value };
}

/** Marks a switch as exhaustive: the compiler rejects a call with anything but `never`. */
export function unreachable(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}

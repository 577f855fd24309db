import { setOwn } from '../model/own-entries';

/**
 * The value checks of loadStory's fast path (fast-load.ts). Each returns the value when it
 * is valid beyond doubt and otherwise throws GIVE_UP, which fastLoad catches to hand the
 * input to the zod schema, the reference that writes the error messages.
 */

/** Thrown by the checks to abandon the fast path; fastLoad catches it, it never escapes. */
export const GIVE_UP = Symbol('give up');

export type Obj = Readonly<Record<string, unknown>>;

export function obj(v: unknown): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw GIVE_UP;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw GIVE_UP;
  return v as Obj;
}

export function arr(v: unknown): readonly unknown[] {
  if (!Array.isArray(v)) throw GIVE_UP;
  return v;
}

export function str(v: unknown): string {
  if (typeof v !== 'string') throw GIVE_UP;
  return v;
}

export function num(v: unknown, min: number, max: number, minExclusive = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (minExclusive && v === min)) throw GIVE_UP;
  return v;
}

export const unit = (v: unknown): number => num(v, 0, 1);
export const nonNegative = (v: unknown): number => num(v, 0, Infinity);

// Valid arrays and maps of the input are adopted rather than copied: on a 100k-event
// file the copies were a third of the peak memory. The story treats them as read-only,
// so the caller must not mutate the value it passed to loadStory afterwards.
export function strings(v: unknown): string[] {
  const list = arr(v);
  for (let i = 0; i < list.length; i++) str(list[i]);
  return list as string[];
}

// The next three are `unit`, `strings` and `record(v, unit)` without a call per value: the
// loader runs once per `nao check`, in V8's interpreter, where a call costs about as much as
// the check it makes, and events, links and themes come by the ten thousand.

/** Whether `v` is a number in [0, 1] (what `unit` accepts). */
export function isUnit(v: unknown): v is number {
  return typeof v === 'number' && v >= 0 && v <= 1;
}

/** `strings` with the check written out: an array of strings, adopted. */
export function stringList(v: unknown): string[] {
  if (!Array.isArray(v)) throw GIVE_UP;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') throw GIVE_UP;
  return v as string[];
}

/** `record(v, unit)` with the check written out: an object of numbers in [0, 1], adopted. */
export function unitRecord(v: unknown): Record<string, number> {
  const input = obj(v);
  for (const key in input) {
    const x = input[key];
    if (!(typeof x === 'number' && x >= 0 && x <= 1)) throw GIVE_UP;
  }
  return input as Record<string, number>;
}

/** Adopts a JSON object whose values all pass `check` (and are returned unchanged by it). */
export function record<T>(v: unknown, check: (x: unknown) => T): Record<string, T> {
  const input = obj(v);
  // An own "__proto__" key (JSON.parse makes one) is ordinary data here: it is adopted as it is.
  for (const key in input) check(input[key]);
  return input as Record<string, T>;
}

/** Copies a JSON object through `build`, for values the loader normalises (effects). */
export function recordOf<T>(v: unknown, build: (x: unknown) => T): Record<string, T> {
  const input = obj(v);
  const out: Record<string, T> = {};
  for (const key in input) {
    const value = build(input[key]);
    // Only "__proto__" needs defineProperty (assignment would set the prototype); it is slow on every key.
    if (key === '__proto__') setOwn(out, key, value);
    else out[key] = value;
  }
  return out;
}

export function oneOf<T extends string>(values: readonly T[]): (v: unknown) => T {
  return (v) => {
    if (!values.includes(v as T)) throw GIVE_UP;
    return v as T;
  };
}

/** Sets `out[key] = check(value)` unless value is undefined (absent stays absent). */
export function opt<T, K extends string>(out: Partial<Record<K, T>>, key: K, value: unknown, check: (x: unknown) => T): void {
  if (value !== undefined) out[key] = check(value);
}

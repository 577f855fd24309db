/**
 * Story maps (themes, effects, traits, relationships, extra) are keyed by user text, and
 * "__proto__" or "constructor" are valid keys. Plain assignment `obj["__proto__"] = v`
 * would set the prototype instead (data lost, and a door to prototype pollution), so maps
 * are written with these helpers, which always define an own data property.
 */

/** Defines `key` as an own, enumerable data property of `target`, whatever the key. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The own value of `key`, or undefined: never an inherited member such as `constructor`. */
export function getOwn<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

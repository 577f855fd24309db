/**
 * The first difference between two JSON-like values, or null when they are the same data:
 * same prototypes, same own keys, values equal by Object.is. Vitest's toStrictEqual also
 * compares `a.constructor === b.constructor`, which fails on two equal objects that both
 * hold an own "constructor" key with an object value (a character may be called that).
 */
export function dataDifference(a: unknown, b: unknown, path = ''): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b) ? null : `${path || '(root)'}: ${JSON.stringify(String(a).slice(0, 40))} differs from ${JSON.stringify(String(b).slice(0, 40))}`;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path || '(root)'}: different prototypes`;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.length !== keysB.length || keysA.some((k) => !Object.hasOwn(b, k))) return `${path || '(root)'}: different keys`;
  for (const key of keysA) {
    const found = dataDifference((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key], `${path}.${String(key).slice(0, 20)}`);
    if (found !== null) return found;
  }
  return null;
}

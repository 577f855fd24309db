import type { Identity } from './identity-store';

/** An identity whose conflict came (+1) or went (-1) in one update. */
export interface IdentityChange {
  readonly identity: Identity;
  readonly sign: 1 | -1;
}

/**
 * Adds to `out` the events whose score product may have changed with `changes`: those on which,
 * for some rule, the conflicts that came and went do not cancel out.
 *
 * A conflict takes its rule's type and severity (DetectedConflict), and rules have distinct
 * types, so an event's product, taken in conflict id order (that is, type by type, and within a
 * type over equal factors), depends only on how many conflicts of each rule name it. When none
 * of them is dismissed (the caller checks), a conflict that went and one that came from the same
 * rule cancel on the events they share: a causal loop of 83k events that lost or gained a few
 * members changes the product of those few, not of its 83k.
 */
export function addChangedEvents(changes: readonly IdentityChange[], ruleCount: number, out: Set<number>): void {
  if (changes.length === 1) {
    for (const i of changes[0]!.identity.events) out.add(i);
    return;
  }
  let total = 0;
  let top = -1;
  for (const { identity } of changes) {
    const events = identity.events;
    total += events.length;
    // Events of an identity are ascending: the last is its largest.
    if (events.length > 0) top = Math.max(top, events[events.length - 1]!);
  }
  if (total < COUNTED_FROM) {
    const net = new Map<number, number>();
    for (const { identity, sign } of changes) {
      for (const i of identity.events) {
        const key = i * ruleCount + identity.rule;
        net.set(key, (net.get(key) ?? 0) + sign);
      }
    }
    for (const [key, count] of net) if (count !== 0) out.add(Math.floor(key / ruleCount));
    return;
  }
  // Many events (a big loop replaced): a count per event, one rule at a time, left at zero after each.
  const count = new Int32Array(top + 1);
  for (let r = 0; r < ruleCount; r++) {
    let any = false;
    for (const { identity, sign } of changes) {
      if (identity.rule !== r) continue;
      any = true;
      for (const i of identity.events) count[i]! += sign;
    }
    if (!any) continue;
    for (const { identity } of changes) {
      if (identity.rule !== r) continue;
      for (const i of identity.events) {
        if (count[i] === 0) continue;
        out.add(i);
        count[i] = 0;
      }
    }
  }
}

/** From this many events named by the changes on, they are counted in a typed array rather than a map. */
const COUNTED_FROM = 4096;

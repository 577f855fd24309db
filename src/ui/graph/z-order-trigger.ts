import type { Core } from 'cytoscape';

type Trigger = (this: unknown, ele: unknown, name: string, from: unknown, to: unknown) => void;

interface OpacityHolder {
  readonly _private?: { readonly style?: { readonly opacity?: { readonly pfValue?: unknown; readonly value?: unknown } } };
}

/** The opacity in effect on an element, from its own style (unset means Cytoscape's default, 1). */
function opacityInEffect(ele: unknown): unknown {
  const p = (ele as OpacityHolder)._private?.style?.opacity;
  return p?.pfValue ?? p?.value ?? 1;
}

const unset = (v: unknown): boolean => v === null || v === undefined || v === '';

const patched = new WeakSet<object>();

/**
 * Cytoscape sorts every element by z-order again in its next frame when an element's opacity
 * changes to or from zero (an invisible element is left out of the order). It also does when
 * either side of the change is missing: an opacity no rule sets (Cytoscape stores none for a
 * value equal to its default), and every removed style bypass. The filters' dimming
 * (filter-dim-style.ts) sets and removes opacity bypasses on thousands of elements, so each
 * frame meanwhile sorted 80,000 elements at 20,000 events (180-240 ms). This compares the
 * opacities in effect instead, so only a real change to or from zero sorts. Done on the
 * prototype of Cytoscape's style object, which every instance and stylesheet shares; returns
 * whether Cytoscape had the method this relies on.
 */
export function sortOnlyForOpacityZero(cy: Core): boolean {
  const proto = Object.getPrototypeOf(cy.style()) as { checkZOrderTrigger?: Trigger } | null;
  if (!proto || typeof proto.checkZOrderTrigger !== 'function') return false;
  if (patched.has(proto)) return true;
  const original = proto.checkZOrderTrigger;
  proto.checkZOrderTrigger = function checkZOrderTrigger(this: unknown, ele, name, from, to) {
    if (name === 'opacity') {
      // A removed bypass arrives as '' (and '' == 0 in Cytoscape's comparison), an unset opacity as null.
      const before = unset(from) ? 1 : from;
      const after = unset(to) ? opacityInEffect(ele) : to;
      original.call(this, ele, name, before, after);
      return;
    }
    original.call(this, ele, name, from, to);
  };
  patched.add(proto);
  return true;
}

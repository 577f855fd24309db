import { describe, expect, it } from 'vitest';
import { ViewportCulling, type Box } from './viewport-culling';

/** An element on a line: x from..to, y 0..1; counts how often its box is asked for. */
class Ele {
  asked = 0;
  constructor(
    readonly name: string,
    public box: Box,
  ) {}
  boundingBox(): Box {
    this.asked++;
    return this.box;
  }
}

const at = (name: string, x: number, width = 1): Ele => new Ele(name, { x1: x, y1: 0, x2: x + width, y2: 1 });
const view = (x: number, width = 10): Box => ({ x1: x, y1: -5, x2: x + width, y2: 5 });
const names = (eles: ArrayLike<Ele>): string[] => Array.from(eles, (e) => e.name);
const asked = (list: readonly Ele[]): number => list.reduce((n, e) => n + e.asked, 0);

describe('viewport culling', () => {
  // 1,000 elements one unit apart; a view 10 wide reaches 10 more on each side.
  const make = (): Ele[] => Array.from({ length: 1000 }, (_, i) => at(`e${i}`, i));

  it('hands out, in list order, the elements on the view and just around it, and nothing far away', () => {
    const list = make();
    const near = names(new ViewportCulling<Ele>().near(list, view(500)));
    // The view runs from 500 to 510, widened by an eighth of its width on each side.
    expect(near[0]).toBe('e498');
    expect(near[near.length - 1]).toBe('e511');
    expect(near).toEqual([...near].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
  });

  it('follows the view within the region from the boxes it remembers, asking no element again', () => {
    const list = make();
    const culling = new ViewportCulling<Ele>();
    culling.near(list, view(500));
    const before = asked(list);
    const near = names(culling.near(list, view(508)));
    expect(near[0]).toBe('e506');
    expect(near[near.length - 1]).toBe('e519');
    expect(asked(list)).toBe(before);
  });

  it('hands out a long element crossing the view though its ends are far off', () => {
    const list = make();
    list[100]!.box = { x1: 100, y1: 0, x2: 900, y2: 1 };
    expect(names(new ViewportCulling<Ele>().near(list, view(500)))).toContain('e100');
  });

  it('looks again at the elements that follow a moved one', () => {
    const list = make();
    // e0 is a link whose box follows e1's position.
    const culling = new ViewportCulling<Ele>((e) => (e === list[1] ? [list[0]!] : []));
    culling.near(list, view(500));
    list[1]!.box = { x1: 505, y1: 0, x2: 506, y2: 1 };
    list[0]!.box = { x1: 0, y1: 0, x2: 506, y2: 1 };
    culling.moved(list[1]!);
    const near = names(culling.near(list, view(500)));
    expect(near.slice(0, 2)).toEqual(['e0', 'e1']);
  });

  it('looks only at changed elements on the next frames while the view stays near', () => {
    const list = make();
    const culling = new ViewportCulling<Ele>();
    culling.near(list, view(500));
    const before = asked(list);
    expect(names(culling.near(list, view(505)))).toContain('e505');
    expect(asked(list)).toBe(before);
    // One element moves into the view, one out of it.
    list[900]!.box = { x1: 503, y1: 0, x2: 504, y2: 1 };
    list[500]!.box = { x1: 5000, y1: 0, x2: 5001, y2: 1 };
    culling.boundsChanged(list[900]!);
    culling.boundsChanged(list[500]!);
    const near = names(culling.near(list, view(500)));
    expect(asked(list)).toBe(before + 2);
    expect(near).toContain('e900');
    expect(near).not.toContain('e500');
    // Still in list order: the moved element comes last.
    expect(near[near.length - 1]).toBe('e900');
  });

  it('looks at the whole list again when the view leaves the region or the list is another', () => {
    const list = make();
    const culling = new ViewportCulling<Ele>();
    culling.near(list, view(500));
    expect(names(culling.near(list, view(800)))).toContain('e805');
    const other = make();
    expect(names(culling.near(other, view(800)))).toContain('e805');
    expect(asked(other)).toBe(1000);
  });

  it('keeps an element whose box grew into the view', () => {
    const list = make();
    const culling = new ViewportCulling<Ele>();
    culling.near(list, view(500));
    // A link from far left to far right runs across the view.
    list[0]!.box = { x1: 0, y1: 0, x2: 999, y2: 1 };
    culling.boundsChanged(list[0]!);
    expect(names(culling.near(list, view(500)))[0]).toBe('e0');
  });

  it('lets the boxes of a whole list be made ready first, and takes the box changes that announces as no change', () => {
    const list = make();
    const prepared: number[] = [];
    const culling: ViewportCulling<Ele> = new ViewportCulling<Ele>(
      () => [],
      (eles) => {
        prepared.push(eles.length);
        // As Cytoscape does: each box made is announced as a change.
        for (let i = 0; i < eles.length; i++) culling.boundsChanged(eles[i]!);
      },
    );
    culling.near(list, view(500));
    expect(prepared).toEqual([1000]);
    const before = asked(list);
    // Nothing left to look at again: the next frame asks no box and does not prepare the list again.
    culling.near(list, view(502));
    expect(asked(list)).toBe(before);
    expect(prepared).toEqual([1000]);
    // A real change afterwards still counts.
    list[900]!.box = { x1: 503, y1: 0, x2: 504, y2: 1 };
    culling.boundsChanged(list[900]!);
    expect(names(culling.near(list, view(502)))).toContain('e900');
  });

  it('reads no box again for a new list of the same elements, nor when the view comes back, but for those that changed', () => {
    const list = make();
    const culling = new ViewportCulling<Ele>();
    culling.near(list, view(500));
    const before = asked(list);
    // Cytoscape sorted again (a link selected): the same elements in a new list.
    const again = [...list];
    expect(names(culling.near(again, view(500)))).toEqual(names(culling.near(list, view(500))));
    // Far off and back: the region is worked out again from the boxes read before.
    expect(names(culling.near(again, view(100)))).toContain('e105');
    list[300]!.box = { x1: 503, y1: 0, x2: 504, y2: 1 };
    culling.boundsChanged(list[300]!);
    expect(names(culling.near(again, view(500)))).toContain('e300');
    expect(asked(list)).toBe(before + 1);
  });

  it('reads again the boxes of what follows a moved element, even when the view leaves the region next', () => {
    const list = make();
    // e0 is a link whose box follows e999.
    const culling = new ViewportCulling<Ele>((ele) => (ele.name === 'e999' ? [list[0]!] : []));
    culling.near(list, view(500));
    list[999]!.box = { x1: 100, y1: 0, x2: 101, y2: 1 };
    list[0]!.box = { x1: 0, y1: 0, x2: 101, y2: 1 };
    culling.moved(list[999]!);
    const near = names(culling.near(list, view(95)));
    expect(near).toContain('e999');
    expect(near).toContain('e0');
  });
});

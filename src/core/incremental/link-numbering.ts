import { csr, type StoryIndex } from '../analysis/story-index';
import type { Match } from '../analysis/rule';
import type { Story, StoryLink } from '../model/story';

/**
 * Stable numbers ("slots") for a story's links, so that what the analysis keeps per link
 * survives links removed or inserted before others: a link keeps its slot while it lives,
 * new links take new slots, and only the two small tables between slots and positions are
 * redone when positions shift. Until positions first shift, a link's slot is its position
 * (`identity`), and nothing needs translating.
 */
export class LinkNumbering {
  /** Slot of the link at each position. */
  slotOf: Int32Array;
  /** Position of the link in each slot, -1 once removed. */
  posOf: Int32Array;
  private next: number;
  identity = true;
  private bySlotId: Map<string, number> | undefined;
  private indexed = 0;

  constructor(private links: readonly StoryLink[]) {
    const m = links.length;
    this.slotOf = identityArray(m);
    this.posOf = identityArray(m);
    this.next = m;
  }

  /** The position of the link with this id, in the current story. */
  position(id: string): number | undefined {
    const slot = this.slotById(id);
    if (slot === undefined) return undefined;
    const p = this.posOf[slot]!;
    return p < 0 ? undefined : p;
  }

  private slotById(id: string): number | undefined {
    let table = this.bySlotId;
    if (table === undefined) {
      table = new Map();
      this.bySlotId = table;
      this.indexed = 0;
    }
    this.catchUp(table);
    return table.get(id);
  }

  /** Appended links are added to the table on the next look-up (or renumbering); a table built late knows every link. */
  private catchUp(table: Map<string, number>): void {
    for (let p = this.indexed; p < this.links.length; p++) table.set(this.links[p]!.id, this.slotOf[p]!);
    this.indexed = this.links.length;
  }

  /** Links appended at the end (or none): new slots after the others'. */
  append(links: readonly StoryLink[]): void {
    const m = links.length;
    if (m > this.slotOf.length) {
      const slotOf = new Int32Array(m);
      slotOf.set(this.slotOf);
      const posOf = new Int32Array(this.next + m - this.slotOf.length);
      posOf.set(this.posOf);
      for (let p = this.slotOf.length; p < m; p++) {
        slotOf[p] = this.next;
        posOf[this.next++] = p;
      }
      this.slotOf = slotOf;
      this.posOf = posOf;
    }
    this.links = links;
  }

  /**
   * Follows the link list from the current one to `after`, where links may have been removed
   * or inserted anywhere (their order otherwise kept): returns, for each new position, the old
   * position (-1 for a new link) and the old positions of the removed links; undefined when the
   * lists are not related so (a link moved among the others).
   */
  renumber(after: readonly StoryLink[]): Renumbered | undefined {
    const before = this.links;
    const oldOf = new Int32Array(after.length);
    const removed: number[] = [];
    const inserted: Array<[string, number]> = [];
    const changed: number[] = [];
    let i = 0;
    for (let k = 0; k < after.length; k++) {
      const link = after[k]!;
      if (i < before.length && before[i] === link) {
        oldOf[k] = i++;
        continue;
      }
      changed.push(k);
      if (i < before.length && before[i]!.id === link.id) {
        oldOf[k] = i++;
        continue;
      }
      const slot = this.slotById(link.id);
      const p = slot === undefined ? -1 : this.posOf[slot]!;
      if (p < 0) {
        oldOf[k] = -1;
        inserted.push([link.id, k]);
        continue;
      }
      if (p < i) return undefined;
      for (; i < p; i++) removed.push(i);
      oldOf[k] = i++;
    }
    for (; i < before.length; i++) removed.push(i);
    // Slots: removed links lose theirs, new links take new ones, the others keep theirs.
    const table = this.bySlotId;
    // Links appended since the last look-up are in no table yet: they go in before the renumbering, which marks every link indexed.
    if (table !== undefined) this.catchUp(table);
    const posOf = new Int32Array(this.next + inserted.length);
    posOf.set(this.posOf);
    for (const p of removed) {
      posOf[this.slotOf[p]!] = -1;
      table?.delete(before[p]!.id);
    }
    const slotOf = new Int32Array(after.length);
    for (let k = 0; k < after.length; k++) {
      const o = oldOf[k]!;
      const slot = o >= 0 ? this.slotOf[o]! : this.next++;
      slotOf[k] = slot;
      posOf[slot] = k;
      if (o < 0) table?.set(after[k]!.id, slot);
    }
    this.slotOf = slotOf;
    this.posOf = posOf;
    this.links = after;
    if (table !== undefined) this.indexed = after.length;
    this.identity = false;
    return { oldOf, removed, changed };
  }

  /**
   * The links at `removed` (positions, ascending) are gone, the others kept in their order:
   * `after`. As renumber would, without walking the lists (the caller knows what went).
   */
  removeAt(removed: readonly number[], after: readonly StoryLink[]): void {
    const old = this.slotOf;
    const slotOf = new Int32Array(old.length - removed.length);
    const posOf = this.posOf.slice();
    const table = this.bySlotId;
    let from = 0;
    for (let s = 0; s <= removed.length; s++) {
      const upto = s < removed.length ? removed[s]! : old.length;
      slotOf.set(old.subarray(from, upto), from - s);
      if (s > 0) for (let p = from; p < upto; p++) posOf[old[p]!] = p - s;
      if (upto < old.length) {
        posOf[old[upto]!] = -1;
        table?.delete(this.links[upto]!.id);
      }
      from = upto + 1;
    }
    this.slotOf = slotOf;
    this.posOf = posOf;
    this.links = after;
    if (table !== undefined) this.indexed = after.length;
    this.identity = false;
  }

  /**
   * The link now at position `p` of `after` is new, the others kept in their order: as renumber
   * would have it, without walking the lists (the caller knows where it went).
   */
  insertAt(p: number, after: readonly StoryLink[]): void {
    const old = this.slotOf;
    const slot = this.next++;
    const slotOf = new Int32Array(old.length + 1);
    slotOf.set(old.subarray(0, p));
    slotOf[p] = slot;
    slotOf.set(old.subarray(p), p + 1);
    const posOf = new Int32Array(this.next);
    posOf.set(this.posOf);
    for (let k = p; k < slotOf.length; k++) posOf[slotOf[k]!] = k;
    const table = this.bySlotId;
    // Links appended since the last look-up go in first, as renumber does.
    if (table !== undefined) {
      this.catchUp(table);
      table.set(after[p]!.id, slot);
    }
    this.slotOf = slotOf;
    this.posOf = posOf;
    this.links = after;
    if (table !== undefined) this.indexed = after.length;
    this.identity = false;
  }

  /** A match with its link positions as slots. */
  toSlots(match: Match): Match {
    if (this.identity || match.links === undefined || match.links.length === 0) return match;
    return { ...match, links: match.links.map((p) => this.slotOf[p]!) };
  }

  /** A stored match with its slots as link positions. */
  toPositions(match: Match): Match {
    if (this.identity || match.links === undefined || match.links.length === 0) return match;
    return { ...match, links: match.links.map((s) => this.posOf[s]!) };
  }
}

/** How a link list maps onto the one before it. */
export interface Renumbered {
  /** For each new position, the old one (-1 for a new link). */
  readonly oldOf: Int32Array;
  /** Old positions of the links removed. */
  readonly removed: readonly number[];
  /** New positions whose link is not the object at its old position (new or edited links). */
  readonly changed: readonly number[];
}

function identityArray(m: number): Int32Array {
  const a = new Int32Array(m);
  for (let p = 0; p < m; p++) a[p] = p;
  return a;
}

/**
 * The index of `story`, whose links are those of `ix` renumbered as `r` says and whose events
 * are those of `ix`: unchanged links' ends are copied in runs, the others looked up.
 * Undefined when a link names an event the story does not have.
 */
export function patchLinkList(ix: StoryIndex, story: Story, r: Renumbered): StoryIndex | undefined {
  const links = story.links;
  const m = links.length;
  const { oldOf } = r;
  const linkFrom = new Int32Array(m);
  const linkTo = new Int32Array(m);
  // Runs of consecutive old positions are copied whole.
  let k = 0;
  while (k < m) {
    const o = oldOf[k]!;
    let end = k + 1;
    if (o >= 0) while (end < m && oldOf[end] === o + (end - k)) end++;
    if (o >= 0) {
      linkFrom.set(ix.linkFrom.subarray(o, o + (end - k)), k);
      linkTo.set(ix.linkTo.subarray(o, o + (end - k)), k);
    }
    k = end;
  }
  for (const c of r.changed) {
    const link = links[c]!;
    const a = ix.eventIndex.get(link.from);
    const b = ix.eventIndex.get(link.to);
    if (a === undefined || b === undefined) return undefined;
    linkFrom[c] = a;
    linkTo[c] = b;
  }
  const out = csr(ix.n, m, linkFrom);
  const inc = csr(ix.n, m, linkTo);
  return { ...ix, story, links, m, linkFrom, linkTo, outStart: out.start, outLinks: out.items, inStart: inc.start, inLinks: inc.items };
}


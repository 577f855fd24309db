/** Numbers strings densely (0, 1, 2, ...) in first-seen order, so per-name state can live in typed arrays. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  /** The number of `name`, assigning the next one on first sight. */
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** Number of each name seen so far. */
  get idOf(): ReadonlyMap<string, number> {
    return this.ids;
  }
}

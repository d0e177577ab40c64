/**
 * A bounded set of recent ids, oldest evicted first. The insights service keeps the queryIds it has seen
 * and the ones voted on here, so feedback works (and a second vote is refused) even while the store fails.
 */
export class RecentIds {
  readonly #ids = new Set<string>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`store: capacity must be a positive integer, got ${capacity}`);
  }

  /** Adds an id, evicting the oldest beyond capacity. */
  add(id: string): void {
    this.#ids.delete(id);
    this.#ids.add(id);
    if (this.#ids.size > this.capacity) {
      const oldest = this.#ids.values().next().value as string;
      this.#ids.delete(oldest);
    }
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  get size(): number {
    return this.#ids.size;
  }
}

/**
 * Postings of the search index, packed: for each token id, an ascending list of integers (article
 * positions, section or example numbers) in one Int32Array, with offsets into it. A query walks the lists
 * of its own tokens only, so the work of a query grows with what its words match, not with the corpus.
 */

/** Token id `t`'s list is `items[offsets[t]]` .. `items[offsets[t + 1] - 1]`. */
export interface Postings {
  offsets: Int32Array;
  items: Int32Array;
  /** A byte per item, when the lists carry one (which fields of an article hold the token). */
  flags?: Uint8Array;
}

/** Collects (token id, item) pairs in ascending item order per token, then packs them. */
export class PostingsBuilder {
  private readonly lists: { items: number[]; flags: number[] }[] = [];

  /** Adds `item` to token `id`'s list; items must be added in ascending order per token. */
  add(id: number, item: number, flags = 0): void {
    const list = (this.lists[id] ??= { items: [], flags: [] });
    list.items.push(item);
    list.flags.push(flags);
  }

  /** Packs the lists of token ids 0 .. `tokens` - 1 (a token without items has an empty list). */
  build(tokens: number, withFlags = false): Postings {
    const offsets = new Int32Array(tokens + 1);
    for (let t = 0; t < tokens; t++) offsets[t + 1] = offsets[t]! + (this.lists[t]?.items.length ?? 0);
    const items = new Int32Array(offsets[tokens]!);
    const flags = withFlags ? new Uint8Array(items.length) : undefined;
    for (let t = 0; t < tokens; t++) {
      const list = this.lists[t];
      if (!list) continue;
      items.set(list.items, offsets[t]!);
      flags?.set(list.flags, offsets[t]!);
    }
    return flags ? { offsets, items, flags } : { offsets, items };
  }
}

/**
 * The first few of many in a given order, without sorting them all: the search's first pass keeps its top
 * ten articles so, and every stored trace keeps each candidate's weightiest features so.
 */

/**
 * The first `k` of `items` in the order `before` says (as sorting them and taking `k`), kept sorted by
 * insertion as they come. `before(x, y)`: x comes first; it must be a strict total order for a stable result.
 */
export function firstOf(items: Iterable<number>, k: number, before: (x: number, y: number) => boolean): number[] {
  const out: number[] = [];
  for (const item of items) {
    if (out.length === k && !before(item, out[k - 1]!)) continue;
    let i = out.length === k ? k - 1 : out.length;
    while (i > 0 && before(item, out[i - 1]!)) {
      out[i] = out[i - 1]!;
      i -= 1;
    }
    out[i] = item;
  }
  return out;
}

/**
 * A stable sort in place for the few items an ask sorts (a dozen candidates, a few dozen vocabulary
 * matches): Array.prototype.sort first copies the array into a work array, an allocation per sort, and
 * an ask sorts half a dozen times. Both sorts are stable, so for a consistent comparator the order is the same.
 */

/** Sorts `items` in place by `compare` (stable: equal items keep their order), and returns it. */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i;
    while (j > 0 && compare(items[j - 1]!, item) > 0) {
      items[j] = items[j - 1]!;
      j -= 1;
    }
    items[j] = item;
  }
  return items;
}

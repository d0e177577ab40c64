import { describe, expect, it } from 'vitest';
import { buildGramTable, gramRow } from '../../server/text/gram-table.ts';

describe('gram table', () => {
  it('finds the row of every numeric key it was built from, and -1 for any other', () => {
    // Keys as the classifier makes them (up to 3 UTF-16 units: below 2^50), with colliding low bits.
    const keys = [2, 3 + 4 * 0x3042, 3 + 4 * (0x3042 + 65536 * 0x3044 + 4294967296 * 0x30fc), 2 ** 49 + 5, 2 ** 32, 2 ** 33, 4 * 2 ** 32 + 7];
    for (let i = 0; i < 500; i++) keys.push(2 + 4 * (i * 65536 + 0x4e00 + i) + 4 * 4294967296 * (i % 7));
    const index = new Map<number | string, number>(keys.map((k, row) => [k, row]));
    index.set('t:ぱすわーど', 9999);
    const table = buildGramTable(index);
    keys.forEach((k, row) => expect(gramRow(table, k)).toBe(row));
    for (const other of [0, 1, 6, 2 ** 32 + 1, 2 ** 49, 3 + 4 * 0x3043]) expect(gramRow(table, other)).toBe(-1);
  });

  it('answers -1 from a table built without numeric keys', () => {
    const table = buildGramTable(new Map([['c:証明書', 0]]));
    expect(gramRow(table, 2 + 4 * 0x3042)).toBe(-1);
  });
});

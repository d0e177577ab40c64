import { describe, expect, it } from 'vitest';
import { compileGapped, findGapped, gappedParts, isGapped, MAX_GAP } from '../../server/text/gapped-terms.ts';

const update = compileGapped('Windows Update…失敗', 'パソコン')!;

describe('gapped terms', () => {
  it('reads a word of two parts, normalised, and refuses one of three or an empty part', () => {
    expect(isGapped('保存…パスワード')).toBe(true);
    expect(isGapped('保存したパスワード')).toBe(false);
    expect(gappedParts('Windows Update…失敗')).toEqual(['windows update', '失敗']);
    expect(gappedParts('a…b…c')).toBeNull();
    expect(gappedParts('…失敗')).toBeNull();
  });

  it('finds the second part a few characters after the first, whatever is between', () => {
    expect(findGapped([update], 'windows updateが何回やっても失敗する')).toEqual([{ index: 0, length: 23, system: 'パソコン' }]);
    expect(findGapped([update], 'windows updateに失敗')).toHaveLength(1);
  });

  it('finds nothing across a space (a mark typed between clauses), further than MAX_GAP, or in the other order', () => {
    expect(findGapped([update], 'windows updateした方がいい 失敗する')).toEqual([]);
    expect(findGapped([update], `windows update${'あ'.repeat(MAX_GAP + 1)}失敗`)).toEqual([]);
    expect(findGapped([update], `windows update${'あ'.repeat(MAX_GAP)}失敗`)).toHaveLength(1);
    expect(findGapped([update], '失敗したのでwindows updateを')).toEqual([]);
  });
});

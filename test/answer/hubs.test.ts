import { describe, expect, it } from 'vitest';
import { buildHubs, distinguishing, titleHolders } from '../../server/answer/hubs.ts';
import type { Concept } from '../../server/answer/concepts.ts';
import type { Article } from '../../server/content/types.ts';
import { normalize } from '../../server/text/normalize.ts';
import { uniqueTokens } from '../../server/text/tokenize.ts';

const art = (id: string, title: string) => ({ id, title }) as Article;
const articles = [
  art('dl', 'クライアントアプリのダウンロード'),
  art('login', 'クライアントアプリへのログイン'),
  art('pw-a', '事業所ユーザIDのパスワードを忘れました'),
  art('pw-b', '個人ユーザIDのパスワードはどこで確認できますか'),
  art('renew', 'ライセンスの更新'),
];
const hubs = buildHubs(articles);
/** A concept said one way (or several), as readQuestion builds it. */
const concept = (...ways: string[]): Concept => {
  const tokens = ways.map((w) => uniqueTokens(normalize(w)));
  return { text: ways[0]!, ways: tokens, words: tokens };
};

describe('titleHolders', () => {
  it('finds the one title naming a concept', () => {
    expect(titleHolders(hubs, concept('ダウンロード'))).toEqual(['dl']);
  });

  it('finds every title naming a hub concept', () => {
    expect(titleHolders(hubs, concept('パスワード')).sort()).toEqual(['pw-a', 'pw-b']);
    expect(titleHolders(hubs, concept('クライアントアプリ')).sort()).toEqual(['dl', 'login']);
  });

  it('takes the most specific way of saying a concept (the lexicon term beside the typed word)', () => {
    // 「KJのID」 typed, 事業所ユーザID its official term: one title names the term.
    expect(titleHolders(hubs, concept('KJのID', '事業所ユーザID'))).toEqual(['pw-a']);
  });

  it('ignores short ways: a bare two-kanji verbal noun attaches to many objects', () => {
    expect(titleHolders(hubs, concept('更新'))).toEqual([]);
    expect(titleHolders(hubs, concept('更新'), { share: 1, minTokens: 1 })).toEqual(['renew']);
  });

  it('needs every token of a way by default, so a shared tail (ユーザID) does not count', () => {
    expect(titleHolders(hubs, concept('個人ユーザID'))).toEqual(['pw-b']);
  });

  it('skips hiragana runs with their particles (no words)', () => {
    const c: Concept = { text: 'らいせんすの', ways: [uniqueTokens('らいせんすの')], words: [] };
    expect(titleHolders(hubs, c)).toEqual([]);
  });
});

describe('distinguishing', () => {
  it('lists the articles the question\'s distinguishing concepts point to', () => {
    expect(distinguishing(hubs, [concept('クライアントアプリ'), concept('ダウンロード')])).toEqual(['dl']);
  });

  it('is empty when the question names only hubs', () => {
    expect(distinguishing(hubs, [concept('パスワード'), concept('クライアントアプリ')])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../server/search/search-index.ts';
import { sampleKnowledgeBase } from './sample-kb.ts';

const index = createSearchIndex(sampleKnowledgeBase());
const top = (q: string) => index.search(q).results[0];

describe('createSearchIndex: ranking', () => {
  it('finds the right article for natural, unspaced questions', () => {
    expect(top('KJのパスワードを忘れてしまいました')?.id).toBe('kj-password-lost');
    expect(top('証明書発行用のパスワードがわからない')?.id).toBe('certificate-password');
    expect(top('ヘルプデスクは何時から？')?.id).toBe('contact');
  });

  it('reads hiragana-only, half-width and full-width questions like the katakana ones', () => {
    expect(top('けいじぇいの ぱすわーど わすれた')?.id).toBe('kj-password-lost');
    expect(top('ﾍﾙﾌﾟﾃﾞｽｸ ﾃﾞﾝﾜ')?.id).toBe('contact');
    expect(top('ＫＪ　パスワード')?.id).toBe('kj-password-lost');
  });

  it('uses the lexicon: a colloquial word finds the article written with the official term', () => {
    const noExamples = createSearchIndex(sampleKnowledgeBase({ examples: false }));
    expect(noExamples.search('コールセンターの電話番号').results[0]?.id).toBe('contact');
  });

  it('returns at most one hit per article, linked to its best section', () => {
    const { results } = index.search('仮パスワードの書類が郵送で届く');
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    expect(results[0]).toMatchObject({ id: 'kj-password-lost', anchor: 'by-mail', url: '/kb/kj-password-lost#by-mail', sectionTitle: '郵送の場合' });
  });

  it('ranks in descending score with coverage between 0 and 1', () => {
    const { results } = index.search('証明書 パスワード');
    expect(results.length).toBeGreaterThan(1);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
    for (const r of results) expect(r.coverage).toBeGreaterThanOrEqual(0), expect(r.coverage).toBeLessThanOrEqual(1);
  });

  it('gives a well-covered question a higher coverage than a half off-topic one', () => {
    const good = top('証明書発行用パスワードを再発行したい')!;
    const half = index.search('証明書発行用パスワードと今日の天気と株価の見通し').results[0]!;
    expect(good.coverage).toBeGreaterThan(half.coverage);
  });

  it('finds nothing for words that appear nowhere', () => {
    expect(index.search('天気予報')).toEqual({ total: 0, results: [] });
    expect(index.search('　！？')).toEqual({ total: 0, results: [] });
  });

  it('honours limit and category', () => {
    expect(index.search('パスワード', { limit: 1 }).results).toHaveLength(1);
    const cert = index.search('パスワード', { category: 'certificate' });
    expect(cert.results.length).toBeGreaterThan(0);
    expect(cert.results.every((r) => r.category === 'certificate')).toBe(true);
  });

  it('marks matched words in the snippet, HTML-escaped', () => {
    const hit = top('ﾊﾟｽﾜｰﾄﾞ 再発行')!;
    expect(hit.snippet).toContain('<mark>パスワード</mark>');
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('rejects bad options with a search: prefix', () => {
    expect(() => createSearchIndex(sampleKnowledgeBase(), { candidates: 0 })).toThrow(/^search: /);
  });
});

describe('suggest', () => {
  it('offers titles containing what was typed first, up to 8', () => {
    const s = index.suggest('電子証明書');
    expect(s[0]).toEqual({ id: 'certificate', title: '電子証明書の確認とインストール', url: '/kb/certificate' });
    expect(s.length).toBeLessThanOrEqual(8);
  });

  it('works on a partial word typed in hiragana', () => {
    expect(index.suggest('へるぷ').map((s) => s.id)).toContain('contact');
  });

  it('returns nothing for an empty query', () => {
    expect(index.suggest('  ')).toEqual([]);
  });
});

describe('createSearchIndex: query terms', () => {
  it('scores a lexicon variant as its official term, not as both spellings', () => {
    const terms = index.terms('しょうめいしょがない').map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['電子', '子証', '証明', '明書']));
    // The hiragana spelling's own pairs are replaced, so the one word is not counted twice.
    expect(terms).not.toContain('しょ');
    expect(terms).not.toContain('めい');
  });

  it('weighs an official term typed in hiragana as a content word, not as particles', () => {
    const typed = (q: string) => index.terms(q).filter((t) => ['へる', 'るぷ', 'ぷで', 'すく'].includes(t.term));
    const hiragana = typed('へるぷですくの電話番号');
    expect(hiragana).toHaveLength(4);
    expect(hiragana.every((t) => !t.weak)).toBe(true);
    expect(hiragana.map((t) => t.weight)).toEqual(typed('ヘルプデスクの電話番号').map((t) => t.weight));
  });

  it('still marks the spelling the user typed in snippets', () => {
    const hit = index.search('ヘルプデスク へるぷですく').results[0];
    expect(hit?.snippet).toContain('<mark>');
  });
});

describe('createSearchIndex: rank', () => {
  const tokens = (...terms: string[]) => terms.map((term) => ({ term, weak: false }));

  it('numbers tokens as the corpus does (-1 for a token no article holds)', () => {
    const ids = index.numbers(tokens('ぱす', 'zzzz'));
    expect(ids[0]).toBe(index.tokenIds.get('ぱす'));
    expect(ids[1]).toBe(-1);
  });

  it('ranks the same with the numbers given, and the same however often it is asked (its buffers are cleared)', () => {
    const q = tokens('kj', 'ぱす', 'すわ', 'わー', '忘れ');
    const first = index.rank(q);
    index.rank(tokens('証明', '明書', 'ぱす'));
    expect(index.rank(q, [], index.numbers(q))).toEqual(first);
    expect(index.rank(q)).toEqual(first);
  });
});

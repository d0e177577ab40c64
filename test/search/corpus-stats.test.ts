import { describe, expect, it } from 'vitest';
import { buildCorpusStats, holdsAt, idf, idfOfCount, tokenFacts } from '../../server/search/corpus-stats.ts';
import { sampleKnowledgeBase } from './sample-kb.ts';
import { makeArticle } from '../helpers/make-kb.ts';

describe('buildCorpusStats: holders', () => {
  it('says for every token and article what the per-article sets say', () => {
    const kb = sampleKnowledgeBase();
    const stats = buildCorpusStats(kb.articles, 'bigram');
    const sets = { tokens: stats.tokens, topics: stats.topics, titles: stats.titles } as const;
    for (const token of stats.df.keys()) {
      const row = stats.holders.get(token);
      expect(row, token).toBeDefined();
      stats.ids.forEach((id, p) => {
        expect(stats.position.get(id)).toBe(p);
        for (const field of ['tokens', 'topics', 'titles'] as const) expect(holdsAt(stats, row, field, p), `${token} ${id} ${field}`).toBe(sets[field].get(id)!.has(token));
      });
    }
    expect(holdsAt(stats, stats.holders.get('存在しない語'), 'tokens', 0)).toBe(false);
  });
});

describe('buildCorpusStats: holders beyond 32 articles', () => {
  it('keeps one bit per article across words', () => {
    const names = ['申請', '証明', '電話', '設定'];
    const articles = Array.from({ length: 70 }, (_, i) =>
      makeArticle({ id: `a${i}`, title: `${names[i % 4]}の記事`, summary: i % 3 === 0 ? '共通の説明' : '個別', examples: [], sections: [] }));
    const stats = buildCorpusStats(articles, 'bigram');
    for (const [i, name] of names.entries()) {
      const row = stats.holders.get(name);
      for (let p = 0; p < 70; p++) expect(holdsAt(stats, row, 'titles', p), `${name} ${p}`).toBe(p % 4 === i);
    }
    for (let p = 0; p < 70; p++) expect(holdsAt(stats, stats.holders.get('共通'), 'topics', p)).toBe(p % 3 === 0);
  });
});

describe('buildCorpusStats: every text at once', () => {
  it('holds a word without a line break exactly when one article text does', () => {
    const kb = sampleKnowledgeBase();
    const stats = buildCorpusStats(kb.articles, 'bigram');
    const texts = [...stats.texts.values()];
    expect(stats.allTexts).toBe(texts.map((t) => `${t}\n`).join(''));
    // Words at the texts' edges, where one text meets the next in the joined string.
    const words = texts.flatMap((t) => [t.slice(0, 4), t.slice(-3)]);
    for (const w of words.filter((x) => !x.includes('\n'))) expect(stats.allTexts.includes(w), w).toBe(texts.some((t) => t.includes(w)));
    expect(stats.allTexts.includes('らーめんや')).toBe(false);
  });
});

describe('tokenFacts', () => {
  it('gives each numbered token its df, topic df and holders’ row, 0 and -1 for a token no article holds', () => {
    const stats = buildCorpusStats(sampleKnowledgeBase().articles, 'bigram');
    const numbering = new Map([...stats.df.keys()].map((t, n) => [t, n]));
    numbering.set('zzzz', numbering.size);
    const facts = tokenFacts(stats, numbering);
    for (const [token, n] of numbering) {
      expect(facts.df[n], token).toBe(stats.df.get(token) ?? 0);
      expect(facts.rows[n], token).toBe(stats.holders.get(token) ?? -1);
      expect(facts.topicDf[n], token).toBe(stats.topicDf.get(token) ?? 0);
      expect(idfOfCount(stats, facts.df[n]!)).toBe(idf(stats, token));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

describe('question analysis on the real content', async () => {
  const engine = engineFor(await realKnowledgeBase());
  const analyse = (question: string) => engine.score(question).analysis;

  it('searches a dialect ending in the standard form the articles hold, katakana as typed', () => {
    const a = analyse('それ毎年更新せなあかんの？');
    expect(a.spoken).toBe('それ毎年更新しないとねの');
    expect(a.substituted).toContain('更新しないと');
    expect(a.tokens.map((t) => t.term)).not.toContain('新せ');
    // Searched so, it is answered as the standard 「毎年更新しないといけないの？」 is (it fell back at 0.21).
    expect(engine.ask({ question: 'それ毎年更新せなあかんの？', previous: 'license' }).result.answer?.id).toBe('license-renewal');
    expect(analyse('ダウンロードできへん').spoken).toBe('ダウンロードできない');
    // Nothing to even: the text as typed.
    expect(analyse('ダウンロードの方法').spoken).toBe(analyse('ダウンロードの方法').written);
  });
});

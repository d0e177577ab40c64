import { describe, expect, it } from 'vitest';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

// The decisions title-decisions.ts makes from what the articles' titles name and quote, through the engine on the real content.
describe('decisions on the articles’ titles (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());

  it('answers the article whose title holds the words a message quotes as shown, over a question back or the model’s guess', () => {
    for (const question of ['クライアントアプリにログインしようとしたところ「電子証明書のエラー」と出ました', 'アプリでログインしようとしたら「電子証明書のエラー」って出ました。どうしたらいいですか']) {
      const r = engine.ask({ question }).result;
      expect(r.kind, question).toBe('answer');
      expect(r.answer?.id, question).toBe('certificate-error');
    }
  });
});

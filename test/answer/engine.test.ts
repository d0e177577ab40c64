import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../server/answer/engine.ts';
import { createSearchIndex } from '../../server/search/search-index.ts';
import type { KnowledgeBase } from '../../server/content/types.ts';
import { handMadeKnowledgeBase } from './kb.ts';

function engineFor(kb: KnowledgeBase) {
  return createAnswerEngine(kb, createSearchIndex(kb));
}

describe('answer engine', () => {
  it('gives every result a fresh query id and a trace that holds no secret', () => {
    const engine = engineFor(handMadeKnowledgeBase());
    const a = engine.ask({ question: 'KJ080899999999のパスワードはAbc12345です。忘れました' });
    const b = engine.ask({ question: 'KJ080899999999のパスワードはAbc12345です。忘れました' });
    expect(a.result.queryId).not.toBe(b.result.queryId);
    const trace = JSON.stringify(a.trace);
    expect(trace).not.toContain('080899999999');
    expect(trace).not.toMatch(/abc12345/i);
    expect(a.trace.decidedBy).toContain('kj-password-lost');
  });

  it('takes intents from the content: the same rule under another id fires under that id', () => {
    const kb = handMadeKnowledgeBase();
    const article = kb.byId.get('kj-password-lost')!;
    const renamed = { ...article, id: 'office-password', url: '/kb/office-password' };
    const articles = kb.articles.map((a) => (a === article ? renamed : a));
    const engine = engineFor({ ...kb, articles, byId: new Map(articles.map((a) => [a.id, a])) });
    const { result } = engine.ask({ question: 'KJのパスワードを忘れました' });
    expect(result.intent).toBe('office-password');
  });

  it('answers nothing from a rule that content no longer has', () => {
    const kb = handMadeKnowledgeBase();
    const articles = kb.articles.map((a) => ({ ...a, intent: undefined }));
    const engine = engineFor({ ...kb, articles, byId: new Map(articles.map((a) => [a.id, a])) });
    expect(engine.ask({ question: 'KJのパスワードを忘れました' }).result.intent).toBeNull();
  });

  it('keeps confidence within 0..1 and options within 2..4 for many kinds of input', () => {
    const engine = engineFor(handMadeKnowledgeBase());
    for (const question of ['パスワード', 'ﾊﾟｽﾜｰﾄﾞ', '？？？', 'a', '\u0000', 'x'.repeat(500), '\ud800', 'こんにちは', 'ログインできません']) {
      const { result } = engine.ask({ question });
      expect(result.confidence, question).toBeGreaterThanOrEqual(0);
      expect(result.confidence, question).toBeLessThanOrEqual(1);
      if (result.kind === 'clarify') {
        expect(result.options.length).toBeGreaterThanOrEqual(2);
        expect(result.options.length).toBeLessThanOrEqual(4);
      }
      if (result.kind === 'fallback') expect(result.contact).not.toBeNull();
    }
  });
});

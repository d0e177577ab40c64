import { describe, expect, it } from 'vitest';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

// The decision for a message read on its own (fresh-decision.ts), through the engine on the real content.
describe('fresh decisions (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());

  it('hands over a web address asked of an article that gives none, even one an intent rule found', () => {
    const r = engine.ask({ question: '介護ソフトの対応状況が載っているページのURLを教えてください' }).result;
    expect(r.kind).toBe('fallback');
    expect(r.answer).toBeNull();
  });

  it('answers the whole flow for the steps until the system can be used (「使えるようになるまでの手順」)', () => {
    expect(engine.ask({ question: 'これから始める事業所です。使えるようになるまでの手順を一通り教えて' }).result.answer?.id).toBe('overview');
  });
});

import { describe, expect, it } from 'vitest';
import { withoutFormatRequest } from '../../server/answer/format-request.ts';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

describe('withoutFormatRequest', () => {
  it('cuts how the clerk wants the answer told, with the particle before it', () => {
    expect(withoutFormatRequest('始めるまでにやることを要点だけ箇条書きでお願いします')).toBe('始めるまでにやること');
    expect(withoutFormatRequest('利用申請のやり方、簡単に教えてください。')).toBe('利用申請のやり方');
    expect(withoutFormatRequest('証明書の入れ方を手短に')).toBe('証明書の入れ方');
    expect(withoutFormatRequest('パソコンの準備をざっくりでいいので教えて')).toBe('パソコンの準備');
  });

  it('leaves a message without such a request, and one that is nothing else', () => {
    expect(withoutFormatRequest('利用開始の手順を教えてください')).toBeNull();
    expect(withoutFormatRequest('手順の一覧をください')).toBeNull();
    expect(withoutFormatRequest('簡単に教えて')).toBeNull();
    expect(withoutFormatRequest('それを要点だけ')).toBeNull();
  });
});

describe('a message that says how it wants the answer told (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());

  it('is answered as it is without that request', () => {
    expect(engine.ask({ question: '来年度から使う予定です。使い始めるまでにやることを要点だけ箇条書きでお願いします' }).result.answer?.id).toBe('overview');
    expect(engine.ask({ question: 'パソコンの準備で必要なことを要点だけ箇条書きでお願いします' }).result.answer?.id).toBe('pc-environment');
  });

  it('after an answer and nothing else, gets that answer again', () => {
    for (const [question, previous] of [['要点だけまとめてもらえますか', 'license'], ['箇条書きにしてくれる？', 'kj-id'], ['ざっくりでいいので教えて', 'certificate']] as const) {
      const { result, trace } = engine.ask({ question, previous });
      expect(result.answer?.id, question).toBe(previous);
      expect(trace.conversation.why, question).toBe('repeated');
    }
  });
});

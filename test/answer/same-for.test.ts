import { describe, expect, it } from 'vitest';
import { asksEachToo, sameQuestionFor } from '../../server/answer/same-for.ts';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

describe('sameQuestionFor', () => {
  const perOffice = ['事業所ごと'];

  it('puts the subject the message names to what the last title asks of its own', () => {
    expect(sameQuestionFor('ライセンスも同じ？', perOffice)).toBe('ライセンス 事業所ごと');
    expect(sameQuestionFor('じゃあ、ライセンスも同じく？', perOffice)).toBe('ライセンス 事業所ごと');
    expect(sameQuestionFor('ライセンスも同じ扱いですか', perOffice)).toBe('ライセンス 事業所ごと');
    expect(sameQuestionFor('ライセンスも同じルールでしょうか？', perOffice)).toBe('ライセンス 事業所ごと');
    expect(sameQuestionFor('ライセンスのほうはどう？', perOffice)).toBe('ライセンス 事業所ごと');
    expect(sameQuestionFor('ライセンスっておなじなん？', perOffice)).toBe('ライセンス 事業所ごと');
    // Whether it too is needed apart (別々に, それぞれ): the requirement the last title asks of its subject.
    expect(sameQuestionFor('ライセンスのほうも別々に要るんですか', perOffice)).toBe('ライセンス 事業所ごと');
    expect(sameQuestionFor('ライセンスもそれぞれ必要？', perOffice)).toBe('ライセンス 事業所ごと');
    // Or as many of it as there are offices (「2つ分」「事業所分」).
    expect(sameQuestionFor('証明書のほうも2つ分いる？', perOffice)).toBe('証明書 事業所ごと');
    expect(sameQuestionFor('証明書も事業所分いるの？', perOffice)).toBe('証明書 事業所ごと');
    // Asked whether the same view is right (「…でいいですか」「…でよろしいでしょうか」).
    expect(sameQuestionFor('ライセンスも同じ考え方でいいですか', perOffice)).toBe('ライセンス 事業所ごと');
    expect(sameQuestionFor('ライセンスも同じ扱いでよろしいでしょうか', perOffice)).toBe('ライセンス 事業所ごと');
  });

  it('is null for a message that asks something else, or a title that asks nothing of its subject in words', () => {
    expect(sameQuestionFor('ライセンスはいくら？', perOffice)).toBeNull();
    expect(sameQuestionFor('ライセンスは別々に払うの？', perOffice)).toBeNull();
    expect(sameQuestionFor('それってKJのパスワードと同じ？', perOffice)).toBeNull();
    expect(sameQuestionFor('ライセンスも同じ？', [])).toBeNull();
    expect(sameQuestionFor('ライセンスも同じ？', null)).toBeNull();
  });
});

describe('the last question put about another subject (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());

  it('answers 「ライセンスも同じ？」 after the certificate per office with the licence per office', () => {
    for (const question of ['ライセンスも同じ？', 'ライセンスも同じく？']) {
      const { result, trace } = engine.ask({ question, previous: 'certificate-per-office' });
      expect(result.answer?.id, question).toBe('license');
      expect(trace.conversation, question).toMatchObject({ continued: true, why: 'follows' });
    }
    // Whether the certificate too is needed apart, after the licence per office: the certificate per office.
    expect(engine.ask({ question: '証明書もべつべつに要りますか', previous: 'license' }).result.answer?.id).toBe('certificate-per-office');
    // Alone it names only the licence: asked back between the licence and its renewal.
    expect(engine.ask({ question: 'ライセンスも同じ？' }).result.kind).toBe('clarify');
    // Asked whether the certificate too is needed as many times, which alone reads as the certificate guide.
    expect(engine.ask({ question: '証明書のほうも2つ分いる？', previous: 'license' }).result.answer?.id).toBe('certificate-per-office');
    // 「同じ？」 read alone as another article keeps that reading (the KJ ID guide's question put to the licence is no question).
    expect(engine.ask({ question: 'ライセンスも同じ扱いですか', previous: 'kj-id' }).result.answer?.id).toBe('license');
  });

  it('puts the last question again when the message alone is answered, but unsure (「ライセンスも同じ考え方でしょうか」)', () => {
    for (const question of ['ライセンスも同じ考え方でしょうか', 'ライセンスのほうも同じ考え方でいいですか']) {
      expect(engine.ask({ question, previous: 'certificate-per-office' }).result.answer?.id, question).toBe('license');
    }
  });

  it('answers whether one of another thing does too, after the licence per office, with the certificate per office', () => {
    for (const question of ['証明書も１個でいいんですね？', '電子証明書もひとつで足りるんやな？', '証明書も1枚でええんか']) {
      expect(engine.ask({ question, previous: 'license' }).result.answer?.id, question).toBe('certificate-per-office');
    }
  });
});

describe('asksEachToo', () => {
  it('tells a message that asks whether another thing too is needed apart or as many times from one that asks the same', () => {
    for (const q of ['証明書のほうも2つ分いる？', '証明書もそれぞれ必要？', 'ライセンスのほうも別々に要るんですか', '証明書も１個でいいんですね？', 'ライセンスもひとつで大丈夫？']) expect(asksEachToo(q), q).toBe(true);
    for (const q of ['ライセンスも同じ？', 'ライセンスのほうはどう？', '証明書は2つある', '証明書も2つでいい？']) expect(asksEachToo(q), q).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { sameQuestionFor } from '../../server/answer/same-for.ts';
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
  });
});

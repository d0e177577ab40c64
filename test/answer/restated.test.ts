import { describe, expect, it } from 'vitest';
import { restatedQuestion } from '../../server/answer/restated.ts';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

describe('restatedQuestion', () => {
  const again = (sentence: string) => ({ asksAgain: /もう一度|どういう意味/.test(sentence), namesNothing: !/申請|証明書/.test(sentence) });

  it('takes what follows an opening sentence that asks to be told again, and what 「…って聞いてるの」 wraps', () => {
    expect(restatedQuestion('もう一度お願いします。どこのタブでしたっけ', again)).toBe('どこのタブでしたっけ');
    expect(restatedQuestion('いや、だから何か手続きしなきゃいけないのかって聞いてるんです', again)).toBe('何か手続きしなきゃいけない？');
    expect(restatedQuestion('ですから、毎年払うのかどうかを聞いています。', again)).toBe('毎年払う？');
  });

  it('takes a question put to the last answer without the guesses offered after it, unless it names a word of ours', () => {
    expect(restatedQuestion('それってどこがやるんですか？事業所？それとも国保連？', again)).toBe('それってどこがやるんですか？');
    expect(restatedQuestion('それって申請のこと？それとも証明書？', again)).toBeNull();
  });

  it('wraps nothing in a plain question, a request alone, or a first sentence that asks something else', () => {
    for (const text of ['もう一度お願いします', '証明書はどこで取りますか。PDFはありますか', 'どの証明書を聞いているの', 'って聞いてるの']) {
      expect(restatedQuestion(text, again), text).toBeNull();
    }
  });
});

describe('restated follow-ups (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());
  const ask = (question: string, previous?: string) => engine.ask({ question, previous });

  it('asks of the last answer what follows a request to say it again or what it means', () => {
    expect(ask('もう一度お願いします。どこのタブでしたっけ', 'certificate').result.answer?.id).toBe('certificate');
    expect(ask('それってどういう意味ですか？期限が切れたってことですか', 'password-expired').result.answer?.id).toBe('password-expired');
  });

  it('keeps a question put to the last answer that offers its own guesses after it', () => {
    expect(ask('それっていつやるの？今すぐ？それとも国保連から書類が来てから？', 'application').result.answer?.id).toBe('application');
  });

  it('reads an insisting 「いや、だから…って聞いてるの」 as the question it wraps, not as a denial of the last answer', () => {
    const r = ask('いや、だから何か手続きしなきゃいけないのかって聞いてるんです', 'license-renewal');
    expect(r.result.kind).toBe('answer');
    expect(r.result.answer?.id).toBe('license-renewal');
  });
});

import { describe, expect, it } from 'vitest';
import { shieldQuotes, unshieldQuotes } from '../../server/answer/quotes.ts';
import { lastSentence } from '../../server/answer/question-part.ts';

describe('shieldQuotes', () => {
  it('hides the sentence marks inside quotations from the cuts, and unshieldQuotes puts them back', () => {
    const message = '利用申請/更新の画面に「利用申請が正常に完了しております。」って出てるんですがこれでOK？';
    const shielded = shieldQuotes(message);
    expect(shielded).not.toContain('。');
    expect(lastSentence(shielded)).toBeNull();
    expect(unshieldQuotes(shielded)).toBe(message);
    // Outside a quotation a mark still ends a sentence.
    expect(lastSentence(shieldQuotes('「エラー！」と出ました。どうすればいいですか？'))).toBe('どうすればいいですか？');
  });

  it('leaves a message without quotations as it is', () => {
    expect(shieldQuotes('証明書を入れました。次は？')).toBe('証明書を入れました。次は？');
  });
});

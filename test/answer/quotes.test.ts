import { describe, expect, it } from 'vitest';
import { copiesShownMessage, copiesWithGaps, quotationsOf, shieldQuotes, shownQuotationsOf, unshieldQuotes } from '../../server/answer/quotes.ts';
import { engineFor, realKnowledgeBase } from './fixtures.ts';
import { normalize } from '../../server/text/normalize.ts';
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

describe('copiesShownMessage', () => {
  const quotes = quotationsOf('KJから始まるIDでログインしようとすると「パスワードの有効期限が切れています」と表示されます').map((q) => normalize(q));

  it('reads the quotations of a title', () => {
    expect(quotes).toEqual([normalize('パスワードの有効期限が切れています')]);
  });

  it('finds a screen message copied in part and said to be shown', () => {
    for (const text of ['有効期限が切れていますって出る', '有効期限が切れていますと表示されました', '「有効期限が切れています」というメッセージ', 'ログインしたら有効期限が切れていますって言われた']) {
      expect(copiesShownMessage(normalize(text), quotes), text).toBe(true);
    }
  });

  it('finds a screen message retold casually: its が left out, its state said another way', () => {
    for (const text of ['有効期限切れてるって出るんだけど', '有効期限切れてますと表示される', '有効期限が切れてるってでてきた']) {
      expect(copiesShownMessage(normalize(text), quotes), text).toBe(true);
    }
    for (const text of ['有効期限切れって出る', '期限切れてるって出る', '有効期限切れてる？']) expect(copiesShownMessage(normalize(text), quotes), text).toBe(false);
  });

  it('finds no copy in a message that only says something expired, or copies too little, or says no screen showed it', () => {
    for (const text of ['有効期限が切れました', '切れていますって出る', '有効期限が切れています', '有効期限が切れていますか']) {
      expect(copiesShownMessage(normalize(text), quotes), text).toBe(false);
    }
  });
});

describe('copiesWithGaps', () => {
  const quotes = [normalize('パスワードの有効期限が切れています')];

  it('finds the pieces a clerk caught of a screen message, in order, around the gaps', () => {
    expect(copiesWithGaps('パスワード…期限…切れ', quotes, normalize)).toBe(true);
    expect(copiesWithGaps('パスワードの・・・が切れています', quotes, normalize)).toBe(true);
    expect(copiesWithGaps('ﾊﾟｽﾜｰﾄﾞの...期限が', quotes, normalize)).toBe(true);
  });

  it('finds none without a gap, out of order, or with too little caught', () => {
    expect(copiesWithGaps('パスワードの有効期限', quotes, normalize)).toBe(false);
    expect(copiesWithGaps('期限…パスワード', quotes, normalize)).toBe(false);
    expect(copiesWithGaps('パ…期', quotes, normalize)).toBe(false);
    expect(copiesWithGaps('パスワード…違います', quotes, normalize)).toBe(false);
  });
});

describe('a screen message quoted with gaps (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());

  it('is answered with the article whose title quotes it, over an intent rule the rest fired', () => {
    expect(engine.ask({ question: 'KJでログインしたら「パスワード…期限…切れ」とか出て入れない。パスワード忘れたのかな' }).result.answer?.id).toBe('password-expired');
    expect(engine.ask({ question: '「パスワードの・・・が切れています」って出てKJに入れません' }).result.answer?.id).toBe('password-expired');
  });
});

describe('shownQuotationsOf', () => {
  it('gives the quotations a message says were shown, and not one it only names', () => {
    expect(shownQuotationsOf('開いたら「電子証明書のエラー」って出ました')).toEqual(['電子証明書のエラー']);
    expect(shownQuotationsOf('「利用申請/更新」の画面で「完了」と表示されています')).toEqual(['完了']);
    expect(shownQuotationsOf('「利用申請/更新」の画面はどこですか')).toEqual([]);
  });
});

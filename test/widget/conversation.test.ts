import { describe, expect, it } from 'vitest';
import { answerEventDetail, answersArticle, articleAsAnswer, latestContact, offeredOptionIds, previousAnswerId, withFeedback, withoutMessage } from '../../widget/src/conversation.ts';
import type { AskResult, Message } from '../../widget/src/types.ts';

const result = (over: Partial<AskResult> = {}): AskResult => ({
  queryId: 'q', kind: 'answer', intent: null, confidence: 1, message: 'm', answer: null, options: [], related: [], contact: null, notices: [], reference: null, ...over,
});
const answer = (id: string) => ({ id, title: id, summary: 's', html: '<p>x</p>', section: null, url: `/kb/${id}` });
const bot = (id: string, over: Partial<AskResult> = {}): Message => ({ role: 'bot', id, result: result(over), feedback: 'none' });
const contactA = { phone: '0120-111-111', hours: 'h', formUrl: 'f' };
const contactB = { phone: '0120-222-222', hours: 'h', formUrl: 'f' };

describe('conversation', () => {
  it('previousAnswerId is the last answer shown, skipping clarify and fallback', () => {
    const messages = [bot('1', { answer: answer('kj-id') }), bot('2', { kind: 'clarify' }), bot('3', { kind: 'fallback' })];
    expect(previousAnswerId(messages)).toBe('kj-id');
    expect(previousAnswerId([bot('1', { kind: 'fallback' })])).toBeUndefined();
  });

  it('offeredOptionIds are the options of the last bot message when it asked back, else none', () => {
    const options = [{ id: 'certificate-password', title: 'a' }, { id: 'kj-password-lost', title: 'b' }];
    const user: Message = { role: 'user', id: 'u', text: 'KJのほう' };
    expect(offeredOptionIds([bot('1', { answer: answer('kj-id') }), bot('2', { kind: 'clarify', options }), user])).toEqual(['certificate-password', 'kj-password-lost']);
    // Only the last bot message counts: a question back further up was answered already.
    expect(offeredOptionIds([bot('1', { kind: 'clarify', options }), bot('2', { answer: answer('kj-id') })])).toBeUndefined();
    expect(offeredOptionIds([bot('1', { kind: 'clarify' })])).toBeUndefined();
    expect(offeredOptionIds([])).toBeUndefined();
  });

  it('latestContact prefers the newest contact the server sent', () => {
    expect(latestContact([bot('1', { contact: contactA }), bot('2', { contact: contactB })], null)).toEqual(contactB);
    expect(latestContact([bot('1')], contactA)).toEqual(contactA);
    expect(latestContact([], null)).toBeNull();
  });

  it('withFeedback changes only the addressed bot message', () => {
    const messages: Message[] = [bot('1'), bot('2'), { role: 'user', id: '3', text: 'q' }];
    const next = withFeedback(messages, '2', 'yes');
    expect(next[1]).toMatchObject({ feedback: 'yes' });
    expect(next[0]).toBe(messages[0]);
    expect(withFeedback(messages, '3', 'yes')[2]).toBe(messages[2]);
  });

  it('withFeedback keeps the reason of an いいえ through the next states', () => {
    const sending = withFeedback([bot('1')], '1', 'sending', 'irrelevant');
    expect(sending[0]).toMatchObject({ feedback: 'sending', reason: 'irrelevant' });
    expect(withFeedback(sending, '1', 'no')[0]).toMatchObject({ feedback: 'no', reason: 'irrelevant' });
    expect(withFeedback([bot('1')], '1', 'yes')[0]).not.toHaveProperty('reason');
  });

  it('withoutMessage drops one message', () => {
    expect(withoutMessage([bot('1'), bot('2')], '1').map((m) => m.id)).toEqual(['2']);
  });

  it('answerEventDetail carries queryId, kind and the article id', () => {
    expect(answerEventDetail(result({ queryId: 'q9', answer: answer('kj-id') }))).toEqual({ queryId: 'q9', kind: 'answer', id: 'kj-id' });
    expect(answerEventDetail(result({ queryId: 'q9', kind: 'fallback' }))).toEqual({ queryId: 'q9', kind: 'fallback', id: null });
  });
});

describe('clarify options', () => {
  // The article API also sends the whole article's html: the widget never shows it in the chat.
  const article = { id: 'certificate', title: '電子証明書の確認', summary: '証明書は<事業所>ごと', html: '<p>the whole article</p>', url: '/kb/certificate', related: [{ id: 'x', title: 'X', url: '/kb/x' }] };

  it('answersArticle is true only for an answer of that article', () => {
    expect(answersArticle(result({ answer: answer('certificate') }), 'certificate')).toBe(true);
    expect(answersArticle(result({ answer: answer('other') }), 'certificate')).toBe(false);
    expect(answersArticle(result({ kind: 'clarify' }), 'certificate')).toBe(false);
  });

  it("articleAsAnswer shows the chosen article's summary as its card, under the ask's queryId, notices and reference", () => {
    const asked = result({ queryId: 'q7', kind: 'clarify', options: [{ id: 'a', title: 'A' }], notices: [{ code: 'n', message: 'm' }], reference: 'K7QD-2M9X' });
    const r = articleAsAnswer(article, asked);
    expect(r).toMatchObject({ queryId: 'q7', kind: 'answer', options: [], notices: [{ code: 'n', message: 'm' }], reference: 'K7QD-2M9X' });
    expect(r.answer).toEqual({ id: 'certificate', title: '電子証明書の確認', summary: article.summary, html: '<p>証明書は&#60;事業所&#62;ごと</p>', section: null, url: '/kb/certificate' });
    expect(r.related).toEqual(article.related);
  });
});

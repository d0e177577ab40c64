import { describe, expect, it } from 'vitest';
import { absoluteUrl, conversationReference, transcriptText } from '../../widget/src/transcript.ts';
import { REDACTED_TEXT } from '../../widget/src/storage.ts';
import type { AskResult, Message } from '../../widget/src/types.ts';

const result = (over: Partial<AskResult> = {}): AskResult => ({
  queryId: 'q', kind: 'answer', intent: null, confidence: 1, message: 'm', answer: null, options: [], related: [], contact: null, notices: [], reference: 'K7QD-2M9X', ...over,
});
const answer = (id: string, title: string, url = `/kb/${id}`) => ({ id, title, summary: 's', html: '<p>x</p>', section: null, url });
const user = (id: string, text: string): Message => ({ role: 'user', id, text });
const options = { base: '', origin: 'https://help.example.jp', heading: 'ヘルプデスク チャット' };

describe('conversationReference', () => {
  it('takes the newest reply that has a code, and copes with replies stored before codes existed', () => {
    const old = { role: 'bot', id: 'b0', result: { ...result(), reference: undefined }, feedback: 'none' } as unknown as Message;
    expect(conversationReference([old])).toBeNull();
    expect(conversationReference([{ role: 'bot', id: 'b1', result: result({ reference: 'AAAA-BBBB' }), feedback: 'none' }, old])).toBe('AAAA-BBBB');
    expect(conversationReference([])).toBeNull();
  });
});

describe('absoluteUrl', () => {
  it('joins server paths to the API base, or to the page origin when the base is empty', () => {
    expect(absoluteUrl('/kb/a#b', '', 'https://x.jp')).toBe('https://x.jp/kb/a#b');
    expect(absoluteUrl('/kb/a', 'https://api.jp/help/', 'https://x.jp')).toBe('https://api.jp/help/kb/a');
    expect(absoluteUrl('/kb/a', '/help', 'https://x.jp')).toBe('https://x.jp/help/kb/a');
    expect(absoluteUrl('https://other.jp/p', '', 'https://x.jp')).toBe('https://other.jp/p');
    expect(absoluteUrl('javascript:alert(1)', '', 'https://x.jp')).toBe('');
  });
});

describe('transcriptText', () => {
  it('lists the reference code, each question as stored, the answers with titles and absolute URLs, and the votes', () => {
    const messages: Message[] = [
      user('u1', 'KJのパスワードを忘れました'),
      { role: 'bot', id: 'b1', result: result({ answer: answer('kj-password-lost', 'KJのパスワード'), reference: 'K7QD-2M9X' }), feedback: 'no', reason: 'not-solved' },
      user('u2', 'パスワードは abc123 です'),
      { role: 'bot', id: 'b2', result: result({ kind: 'fallback', notices: [{ code: 'secret-detected', message: '…' }] }), feedback: 'none' },
      user('u3', 'どこで変えるの'),
      { role: 'error', id: 'e1', text: '通信できませんでした。', retryQuestion: 'どこで変えるの' },
      user('u4', '証明書'),
      { role: 'bot', id: 'b3', result: result({ kind: 'clarify', options: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] }), feedback: 'none' },
    ];
    expect(transcriptText(messages, options)).toBe(
      [
        '【ヘルプデスク チャット】会話の記録',
        '受付番号: K7QD-2M9X',
        '',
        '質問: KJのパスワードを忘れました',
        '回答: KJのパスワード',
        'https://help.example.jp/kb/kj-password-lost',
        '解決しましたか: いいえ（関係はあるが解決しなかった）',
        '',
        `質問: ${REDACTED_TEXT}`,
        '回答: お答えできませんでした（ヘルプデスクのご案内）',
        '',
        '質問: どこで変えるの',
        '回答: （送信できませんでした）',
        '',
        '質問: 証明書',
        '回答: 聞き返し（A／B）',
        '',
      ].join('\n'),
    );
  });

  it("names the card's section and keeps its anchor in the URL", () => {
    const section = { anchor: 'without-mail', title: 'メールアドレスが未登録の場合' };
    const messages: Message[] = [
      user('u1', 'メールアドレスを登録していない'),
      { role: 'bot', id: 'b1', result: result({ answer: { ...answer('kj', 'KJ', '/kb/kj#without-mail'), section } }), feedback: 'yes' },
    ];
    const text = transcriptText(messages, options);
    expect(text).toContain('回答: KJ（メールアドレスが未登録の場合）\nhttps://help.example.jp/kb/kj#without-mail\n解決しましたか: はい');
  });
});

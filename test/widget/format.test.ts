import { describe, expect, it } from 'vitest';
import { absolutizeLinks, announcement, cleanQuestion, escapeHtml, shownMessage, formatDate, lengthProblem, randomId, resolveUrl, telHref } from '../../widget/src/format.ts';
import type { AskResult } from '../../widget/src/types.ts';

const result = (over: Partial<AskResult>): AskResult => ({
  queryId: 'q1',
  kind: 'answer',
  intent: null,
  confidence: 0.9,
  message: 'こちらをご覧ください。',
  answer: null,
  options: [],
  related: [],
  contact: null,
  notices: [],
  reference: null,
  ...over,
});

describe('telHref', () => {
  it('keeps only digits and +', () => {
    expect(telHref('0120-584-708')).toBe('tel:0120584708');
    expect(telHref('+81 (3) 1234-5678')).toBe('tel:+81312345678');
  });
});

describe('resolveUrl', () => {
  it('joins root-relative paths to the API base', () => {
    expect(resolveUrl('https://help.example.jp/', '/kb/kj-id')).toBe('https://help.example.jp/kb/kj-id');
    expect(resolveUrl('', '/kb/kj-id')).toBe('/kb/kj-id');
  });

  it('keeps absolute http(s) URLs and fragments', () => {
    expect(resolveUrl('https://a.example', 'https://www.careplan-renkei-support.jp/')).toBe('https://www.careplan-renkei-support.jp/');
    expect(resolveUrl('https://a.example', '#steps')).toBe('#steps');
  });

  it('neutralises other schemes and protocol-relative URLs', () => {
    expect(resolveUrl('', 'javascript:alert(1)')).toBe('#');
    expect(resolveUrl('', ' JavaScript:alert(1)')).toBe('#');
    expect(resolveUrl('', '//evil.example/x')).toBe('#');
    expect(resolveUrl('', 'data:text/html,x')).toBe('#');
  });
});

describe('absolutizeLinks', () => {
  it('rewrites root-relative href and src when the API is elsewhere', () => {
    const html = '<p><a href="/kb/kj-id#reissue">KJ</a> <a href="https://x.example/">x</a> <a href="//cdn.example/a">c</a></p>';
    expect(absolutizeLinks(html, 'https://help.example.jp/')).toBe(
      '<p><a href="https://help.example.jp/kb/kj-id#reissue">KJ</a> <a href="https://x.example/">x</a> <a href="//cdn.example/a">c</a></p>',
    );
  });

  it('leaves the HTML as is for a same-origin API', () => {
    const html = '<a href="/kb/a">a</a>';
    expect(absolutizeLinks(html, '')).toBe(html);
  });
});

describe('escapeHtml', () => {
  it('escapes the characters HTML gives a meaning, and nothing else', () => {
    expect(escapeHtml(`<b a="1">'x' & 「y」</b>`)).toBe('&#60;b a=&#34;1&#34;&#62;&#39;x&#39; &#38; 「y」&#60;/b&#62;');
  });
});

describe('formatDate', () => {
  it('formats ISO dates in Japanese', () => {
    expect(formatDate('2024-01-10')).toBe('2024年1月10日');
  });
  it('returns other strings unchanged', () => {
    expect(formatDate('2024/01/10')).toBe('2024/01/10');
  });
});

describe('cleanQuestion and lengthProblem', () => {
  it('trims and rejects blank questions, including full-width spaces', () => {
    expect(cleanQuestion('  KJ パス\n')).toBe('KJ パス');
    expect(cleanQuestion(' \u3000\n')).toBeNull();
  });

  it('reports questions over 500 characters with the count', () => {
    expect(lengthProblem('あ'.repeat(500))).toBeNull();
    expect(lengthProblem('あ'.repeat(501))).toBe('質問は500文字以内で入力してください（いま501文字）。');
  });
});

describe('announcement', () => {
  it('reads the message, title and summary of an answer', () => {
    const r = result({ answer: { id: 'a', title: 'タイトル', summary: '要約です。', html: '<p>x</p>', section: null, url: '/kb/a' } });
    expect(announcement(r)).toBe('こちらをご覧ください。 タイトル。要約です。');
  });

  it('says the title once: a message that only names it is left out, as on screen', () => {
    const answer = { id: 'a', title: 'タイトル', summary: '要約です。', html: '<p>x</p>', section: null, url: '/kb/a' };
    const r = result({ message: '「タイトル」についてご案内します。', answer });
    expect(shownMessage(r)).toBe('');
    expect(announcement(r)).toBe('タイトル。要約です。');
    expect(shownMessage(result({ message: '前の回答の続きです。', answer }))).toBe('前の回答の続きです。');
    expect(shownMessage(result({ kind: 'fallback', message: '「タイトル」は見つかりません。' }))).toBe('「タイトル」は見つかりません。');
  });

  it('lists clarify options and the helpdesk phone', () => {
    const r = result({
      kind: 'clarify',
      message: 'どちらですか？',
      options: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
    });
    expect(announcement(r)).toBe('どちらですか？ 候補: A、B');
    const f = result({ kind: 'fallback', message: 'わかりません。', contact: { phone: '0120-000-000', hours: 'h', formUrl: '/f' } });
    expect(announcement(f)).toBe('わかりません。 ヘルプデスク 0120-000-000');
  });
});

describe('randomId', () => {
  it('gives 32 hex characters that fit the sessionId rule', () => {
    const id = randomId();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(randomId()).not.toBe(id);
  });

  it('uses the given random source', () => {
    expect(randomId((a) => a.fill(255))).toBe('f'.repeat(32));
  });
});

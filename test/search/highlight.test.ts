import { describe, expect, it } from 'vitest';
import { escapeHtml, findRanges, highlight, snippet } from '../../server/search/highlight.ts';
import { uniqueTokens } from '../../server/text/tokenize.ts';

const marks = (q: string) => uniqueTokens(q, 'bigram');

describe('highlight', () => {
  it('marks the whole Japanese word in the original text', () => {
    expect(highlight('パスワードを再発行します', marks('ぱすわーど'))).toBe('<mark>パスワード</mark>を再発行します');
  });

  it('marks half-width and full-width originals from a normalised query', () => {
    expect(highlight('ﾊﾟｽﾜｰﾄﾞを入力', marks('パスワード'))).toBe('<mark>ﾊﾟｽﾜｰﾄﾞ</mark>を入力');
    expect(highlight('ＫＪから始まるID', marks('kj'))).toBe('<mark>ＫＪ</mark>から始まるID');
  });

  it('extends a mark over a word-final ー that normalisation dropped', () => {
    expect(highlight('ユーザー名を確認', marks('ユーザ'))).toBe('<mark>ユーザー</mark>名を確認');
  });

  it('escapes HTML in the text, inside and outside marks', () => {
    expect(highlight('<b>KJ</b> & "KJ"', marks('kj'))).toBe('&lt;b&gt;<mark>KJ</mark>&lt;/b&gt; &amp; &quot;<mark>KJ</mark>&quot;');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('returns the escaped text unchanged when nothing matches', () => {
    expect(highlight('今日は<晴れ>', marks('パスワード'))).toBe('今日は&lt;晴れ&gt;');
    expect(findRanges('今日は晴れ', [])).toEqual([]);
  });

  it('merges overlapping pair matches into one range', () => {
    expect(findRanges('電子証明書', marks('電子証明書'))).toEqual([[0, 5]]);
  });
});

describe('snippet', () => {
  const long = `${'あ'.repeat(200)}。電子証明書をインストールします。${'い'.repeat(200)}`;

  it('shows the matched part of a long text with ellipses where it was cut', () => {
    const s = snippet(long, marks('証明書'), 60);
    expect(s).toContain('<mark>証明書</mark>');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(snippet('短い文です。', marks('パスワード'))).toBe('短い文です。');
  });

  it('collapses line breaks into spaces', () => {
    expect(snippet('1. 手順\n2. KJ', marks('kj'))).toBe('1. 手順 2. <mark>KJ</mark>');
  });
});

describe('highlight boundaries', () => {
  it('does not swallow a hyphen after digits', () => {
    expect(highlight('0120-584-708', marks('0120'))).toBe('<mark>0120</mark>-584-708');
  });

  it('extends over a half-width word-final ｰ after half-width kana', () => {
    expect(highlight('ﾕｰｻﾞｰ名', marks('ユーザ'))).toBe('<mark>ﾕｰｻﾞｰ</mark>名');
  });
});

import { describe, expect, it } from 'vitest';
import { withoutEmoticons } from '../../server/text/emoticons.ts';

describe('withoutEmoticons', () => {
  it('takes out faces in brackets, one left open at the end, bracketed feelings and typed laughter', () => {
    expect(withoutEmoticons('ログインできません(>_<)').trim()).toBe('ログインできません');
    expect(withoutEmoticons('証明書どこですか？(^^;').trim()).toBe('証明書どこですか？');
    expect(withoutEmoticons('アプリ入らない（´；ω；｀）').trim()).toBe('アプリ入らない');
    expect(withoutEmoticons('またエラー(泣)').trim()).toBe('またエラー');
    expect(withoutEmoticons('パスワード忘れたｗｗ　どうしよ').replace(/\s+/g, ' ')).toBe('パスワード忘れた どうしよ');
    expect(withoutEmoticons('次なにやるの笑').trim()).toBe('次なにやるの');
    expect(withoutEmoticons('またエラーだよ爆笑 どうしよ').replace(/\s+/g, ' ')).toBe('またエラーだよ どうしよ');
  });

  it('takes out a message of laughter alone', () => {
    for (const text of ['w', 'ｗｗｗ', 'WW', '笑', '草', '爆笑！']) expect(withoutEmoticons(text).trim(), text).toBe('');
    // A Latin word is no laughter.
    expect(withoutEmoticons('Web')).toBe('Web');
  });

  it('keeps 笑 inside a word or after a kanji', () => {
    for (const text of ['お笑いの番組', '微笑', '苦笑いしかない']) expect(withoutEmoticons(text), text).toBe(text);
  });

  it('keeps words in brackets and Latin words, which say what is asked', () => {
    for (const text of ['証明書（PDF）はどこ', 'Windows(64bit)で使える？', '利用申請(利用状況WEBサイト)', 'KJ(事業所ID)', '(1)と(2)の違い', 'Windowsのwebブラウザ', 'Edge(Chromium)']) {
      expect(withoutEmoticons(text), text).toBe(text);
    }
  });
});

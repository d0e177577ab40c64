import { describe, expect, it } from 'vitest';
import { applyEndings, evenEndings } from '../../server/text/endings.ts';
import { normalize, normalizeUnfolded } from '../../server/text/normalize.ts';

describe('dialect endings', () => {
  it('evens 中国・九州’s how, どげ and どがん, to どう, its length kept', () => {
    expect(evenEndings(normalize('あとはどげしたらええだ')).text).toBe(normalize('あとはどうしたらええだ'));
    expect(evenEndings(normalize('これからどがんしたらよかと')).text).toBe(normalize('これからどうやったらよかと'));
    expect(evenEndings(normalize('どげすればいいの')).text).toBe(normalize('どうすればいいの'));
  });

  it('evens out 北陸’s question 〜がけ at a sentence’s end, and its must 〜んなん, one character for one', () => {
    for (const [q, want] of [['おんなじもん使うがけ？', 'おんなじもん使うのか？'], ['年いくらながけ', '年いくらなのか'], ['証明書入れんなんがけ', '証明書入れないとのか'], ['毎年更新せんなん', '毎年更新しないと']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
    }
    // Not inside a word: 「がけ崩れ」.
    expect(evenEndings(normalize('がけ崩れで事務所が')).text).toBe(normalize('がけ崩れで事務所が'));
  });

  it('evens out Kansai negatives, one character for one', () => {
    for (const [q, want] of [['使えへん', '使えない'], ['わからへん', 'わからない'], ['でけへん', 'できない'], ['できへん', 'できない'], ['ログインできひん', 'ろぐいんできない'], ['パスワードわかんなくて', 'パスワードわからなくて'], ['IDが分かんない', 'IDが分からない']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(text.length).toBe(normalize(q).length);
    }
  });

  it('evens out the eastern wish 〜てぇ after a verb stem and 東北 だども, one character for one', () => {
    for (const [q, want] of [['証明書のことで聞きてぇんだども', '証明書のことで聞きたいんだけど'], ['手順を知りてぇ', '手順を知りたい'], ['申請やりてぇ', '申請やりたい']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(text.length).toBe(normalize(q).length);
    }
    // Not after a stem that is no verb's い段 (「でてぇ」 is left as typed).
    expect(evenEndings(normalize('ででてぇ')).text).toBe(normalize('ででてぇ'));
  });

  it('evens out the past of the Kansai 〜てへん, っちゅう and どっから, one character for one', () => {
    for (const [q, want] of [['対応してへんかったら', '対応していなかったら'], ['入れてへんかった', '入れていなかった'], ['利用申請っちゅうのは', '利用申請っていうのは'], ['どっからやるの', 'どこからやるの'], ['どっがらおとすの', 'どこからおとすの']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(text.length).toBe(normalize(q).length);
    }
  });

  it('evens out 中国・九州 〜ちょる and 〜ちょらん, one character for one', () => {
    for (const [q, want] of [['うちが使っちょるソフト', 'うちが使っているソフト'], ['まだ申請しちょらん', 'まだ申請していない'], ['証明書は入れちょる', '証明書は入れている']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(text.length).toBe(normalize(q).length);
    }
  });

  it('keeps a katakana word of a message with hiragana as it is, and evens a message typed in katakana only', () => {
    // ウィンドウ folds to うぃんどう, whose んどう is no 〜とう (「ウィンドウに」 was 「うぃんでるに」).
    const window = normalize('小さいウィンドウに文が出て');
    expect(evenEndings(window, normalizeUnfolded('小さいウィンドウに文が出て')).text).toBe(window);
    expect(evenEndings(normalize('ﾜｶﾗﾍﾝ'), normalizeUnfolded('ﾜｶﾗﾍﾝ')).text).toBe(normalize('わからない'));
    expect(evenEndings(normalize('使えへん'), normalizeUnfolded('使えへん')).text).toBe(normalize('使えない'));
  });

  it('evens out the western 〜とる for 〜ている, one character for one', () => {
    for (const [q, want] of [['申請終わっとる', '申請終わってる'], ['証明書は入っとらん', '証明書は入ってない'], ['もう済んどる', 'もう済んでる'], ['期限の切れとる', '期限の切れてる'], ['証明書入れとらん', '証明書入れてない'], ['エラー出とる', 'エラー出てる'], ['申請できとる', '申請できてる'], ['申請できとらん', '申請できてない'], ['証明書でけとる', '証明書できてる'], ['申請でけとらん', '申請できてない'], ['やっとでけた', 'やっとできた']]) {
      const { text, changes } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(text.length).toBe(normalize(q).length);
      expect(changes.length).toBe(1);
    }
    // 「とる」 alone is 取る: 「証明書をとる」 keeps it.
    expect(evenEndings(normalize('証明書をとる')).text).toBe(normalize('証明書をとる'));
    // Its past, 〜とった for 〜ていた; 取った after を is no ending.
    for (const [q, want] of [['申請しとったかどうか', '申請していたかどうか'], ['もう終わっとった', 'もう終わっていた'], ['済んどった', '済んでいた']]) {
      expect(evenEndings(normalize(q)).text, q).toBe(normalize(want));
    }
    expect(evenEndings(normalize('証明書をとった')).text).toBe(normalize('証明書をとった'));
    // Nor after け: 「受けとる」 is 受け取る.
    expect(evenEndings(normalize('書類を受けとる')).text).toBe(normalize('書類を受けとる'));
  });

  it('evens out 博多・神戸\'s 〜とう for 〜ている where a sentence ends or a particle follows, and not inside words', () => {
    for (const [q, want] of [['申請終わっとうか', '申請終わってるか'], ['証明書は入っとうと？', '証明書は入ってると？'], ['もう済んどうけど', 'もう済んでるけど'], ['エラーが出て止まっとう', 'エラーが出て止まってる']]) {
      const { text, changes } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(changes.length).toBe(1);
    }
    for (const q of ['ずっとうまくいかない', 'ちょっとうちの事業所', 'めんどうくさい']) expect(evenEndings(normalize(q)).text, q).toBe(normalize(q));
  });

  it('evens out the western musts 「せなあかん」「なあかん」「せないかん」, one character for one', () => {
    for (const [q, want] of [['毎年更新せなあかんの', '毎年更新しないとねの'], ['取り直さなあかん？', '取り直さないとね？'], ['申請せないかんと？', '申請しないとねと？']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(text.length).toBe(normalize(q).length);
    }
    // あかん alone is not a must.
    expect(evenEndings(normalize('ログインしてもあかん')).text).toBe(normalize('ログインしてもあかん'));
  });

  it('reads the polite どちらで before what is done there as どこで, its length kept; not either or which one', () => {
    for (const [q, want] of [['IDはどちらで確認できますか', 'idはどこで 確認できますか'], ['申請はどちらでできますか', '申請はどこで できますか'], ['どちらでご確認いただけますか', 'どこで ご確認いただけますか']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(want);
      expect(text.length).toBe(normalize(q).length);
    }
    for (const q of ['どちらでもいいですか', 'KJとcのどちらですか', 'どちらでしょうか']) expect(evenEndings(normalize(q)).text, q).toBe(normalize(q));
  });

  it('evens out 東北\'s voiced から, こと and どこ (「なにがら」「入れるごど」「どごさ」), one character for one', () => {
    for (const [q, want] of [['何がら始めればいいべ', '何から始めればいいべ'], ['証明書入れるごどになった', '証明書入れることになった'], ['どごさ聞けばいいの', 'どこに聞けばいいの'], ['これがら申請すっけど', 'これから申請すっけど']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(text.length).toBe(normalize(q).length);
    }
    // がら of a word (ガラス, 柄) stays.
    expect(evenEndings(normalize('画面がらがら')).text).toBe(normalize('画面がらがら'));
  });

  it('evens out 東北\'s voiced かどうか, わからない and できない (「済んでるがどうが」「わがんね」「でぎねぁ」), one character for one', () => {
    for (const [q, want] of [['済んでるがどうが見たい', '済んでるかどうか見たい'], ['パスワードわがんねくて', 'パスワードわからなくて'], ['IDわかんねえ', 'IDわからなえ'], ['ログインでぎねぁ', 'ログインできない'], ['ログインでぎない', 'ログインできない']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(text.length).toBe(normalize(q).length);
    }
  });

  it('makes the same changes again to the text with katakana as typed', () => {
    const written = normalizeUnfolded('パスワードわからへん');
    const { changes } = evenEndings(normalize('パスワードわからへん'));
    expect(applyEndings(written, changes)).toBe('パスワードわからない');
    expect(applyEndings(written, [])).toBe(written);
  });

  it('evens out 九州’s の said ん after a noun and wish 〜たか before と, and the western 「わからんく」, one character for one', () => {
    for (const [q, want] of [['証明書んことで聞きたかとですけど', '証明書のことで聞きたいのですけど'], ['更新んことば知りたかとけど', '更新のことば知りたいけれど'], ['IDがわからんくなった', 'IDがわからなくなった'], ['パスワード分からんくて', 'パスワード分からなくて']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(text.length).toBe(normalize(q).length);
    }
    // A katakana word as typed comes before the ん too (folded, it is hiragana).
    expect(evenEndings(normalize('ライセンスんこと'), normalizeUnfolded('ライセンスんこと')).text).toBe(normalize('ライセンスのこと'));
  });

  it('leaves ん and たか that are no 九州 の or wish (「そんこと」 after hiragana, 「申請したかと思う」)', () => {
    for (const q of ['そんことないよ', '申請したかと思うんですが', '済ませたか確認したい']) expect(evenEndings(normalize(q)).text, q).toBe(normalize(q));
  });

  it('evens out the casual 「っすか」 and voiced marks left out of the commonest endings, one character for one', () => {
    for (const [q, want] of [['どこで見ればいいっすか', 'どこで見ればいいですか'], ['いんすとーるてきない', 'いんすとーるできない'], ['申請てきませんでした', '申請できませんでした'], ['ログインでぎだ', 'ログインできた'], ['必要なんてすか', '必要なんですか'], ['教えてくたさい', '教えてください']]) {
      const { text } = evenEndings(normalize(q));
      expect(text, q).toBe(normalize(want));
      expect(text.length).toBe(normalize(q).length);
    }
  });

  it('leaves words that only look like it', () => {
    for (const q of ['たいへん', 'このへん', 'ひんと']) expect(evenEndings(normalize(q)).text, q).toBe(normalize(q));
  });
});

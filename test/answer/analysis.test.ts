import { describe, expect, it } from 'vitest';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

describe('question analysis on the real content', async () => {
  const engine = engineFor(await realKnowledgeBase());
  const analyse = (question: string) => engine.score(question).analysis;

  it('reads 「cのやつ」 as the personal user ID and the English 「forget」 as 忘れた', () => {
    for (const q of ['ログインのときのcのやつがわからん', 'Cのやつってどこに書いてある？', 'シーのやつのパスワード']) expect(analyse(q).terms, q).toContain('個人ゆーざid');
    for (const q of ['パスワードをforgetしました', 'IDをforgot']) expect(analyse(q).terms, q).toContain('忘れた');
  });

  it('reads an application form said 「申し込み用紙」 as the application’s word', () => {
    expect(engine.score('無料のキャンペーンって申し込み用紙いるの？').measures.unknownWords).toBe(0);
  });

  it('counts the names of care services as background, not as words no article holds', () => {
    for (const q of ['短期入所生活介護の事業所です。フリーパスの申込は要りますか', '訪問リハビリテーションの事業所ですがライセンスは必要ですか', '認知症対応型の通所です。利用申請はどこで？']) {
      expect(engine.score(q).measures.unknownWords, q).toBe(0);
    }
  });

  it('counts a care service a lexicon word split in two (定期巡回: 定期 has a reading) and a place before an office as background', () => {
    for (const q of ['定期巡回の事業所です。アプリは何台まで入れられますか', '天草にある事業所のぶんもライセンスが要りますか', '八代の事業所と球磨の事業所、証明書は別々ですか']) {
      expect(engine.score(q).measures.unknownWords, q).toBe(0);
    }
    // Not a word before an office that names no place (証明書 is our own word).
    expect(analyse('証明書の事業所ごとの扱い').concepts.find((c) => c.text === '証明書')?.neutral).not.toBe(true);
  });

  it('finds no other system in a hiragana sentence that holds its katakana word, and our own words typed in hiragana', () => {
    for (const q of ['そうやったんですね、ほんまにありがとな', 'なにとなにを用意したらいい？']) expect(analyse(q).others, q).toEqual([]);
    for (const q of ['KJのぱすを忘れた', 'けいじぇいのぱすがわからん']) expect(analyse(q).terms, q).toContain('ぱすわーど');
  });

  it('reads a question with a face typed beside it as the question alone', () => {
    for (const [face, plain] of [['ログインできない(T_T)', 'ログインできない'], ['証明書どこ？(>_<)', '証明書どこ？'], ['パスワード忘れたｗ', 'パスワード忘れた']]) {
      expect(analyse(face).tokens.map((t) => t.term), face).toEqual(analyse(plain).tokens.map((t) => t.term));
      expect(engine.ask({ question: face }).result.kind, face).toBe(engine.ask({ question: plain }).result.kind);
    }
  });

  it('reads a turn to another topic the message opens on as grammar, not as words of its subject', () => {
    const concepts = analyse('話変わるけど、事務所のパソコンはMacだけなんです').concepts.map((c) => c.text);
    expect(concepts.some((c) => c.includes('話'))).toBe(false);
    expect(concepts).toContain('mac');
    // Elsewhere than at the opening it stays a word.
    expect(analyse('パソコンの話変わるけど').concepts.some((c) => c.text.includes('話'))).toBe(true);
  });

  it('searches a dialect ending in the standard form the articles hold, katakana as typed', () => {
    const a = analyse('それ毎年更新せなあかんの？');
    expect(a.spoken).toBe('それ毎年更新しないとねの');
    expect(a.substituted).toContain('更新しないと');
    expect(a.tokens.map((t) => t.term)).not.toContain('新せ');
    // Searched so, it is answered as the standard 「毎年更新しないといけないの？」 is (it fell back at 0.21).
    expect(engine.ask({ question: 'それ毎年更新せなあかんの？', previous: 'license' }).result.answer?.id).toBe('license-renewal');
    expect(analyse('ダウンロードできへん').spoken).toBe('ダウンロードできない');
    // Nothing to even: the text as typed.
    expect(analyse('ダウンロードの方法').spoken).toBe(analyse('ダウンロードの方法').written);
  });

  it('keeps apart the words a typed mark separates, while a typed space between hiragana words is stepped over', () => {
    // 「には、なんぼ」 is no price (「はなんぼ」): the clerk asks how many steps.
    expect(analyse('システムに入るには、なんぼ手順あるの').terms).not.toContain('料金');
    expect(analyse('らいせんすは　なんぼ').terms).toContain('料金');
  });

  it('finds kana words typed with their long vowels written ー, and the lexicon’s new names', () => {
    expect(analyse('うちのばあちゃんの かいごほけんしょー どこで もらえるの').others.map((o) => o.system)).not.toEqual([]);
    expect(analyse('しょーめいしょを いれたい').terms).toContain('電子証明書');
    expect(analyse('ケアマネのソフトが対応してるか調べたい').terms).toContain('介護そふと');
    expect(analyse('系Jのパスワードを忘れた').terms).toContain('kj');
  });

  it('reads a device’s own text size as another system’s setting', () => {
    expect(analyse('iPadの字を大きくしたい').others).not.toEqual([]);
  });
});

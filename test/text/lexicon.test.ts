import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../../server/content/types.ts';
import { expandWithLexicon, matchLexicon, rewriteWithLexicon, substituteLexicon } from '../../server/text/lexicon.ts';
import { normalize } from '../../server/text/normalize.ts';

const lexicon: LexiconEntry[] = [
  { term: 'パスワード', variants: ['パス', 'PW', 'pass', 'パスワ-ド'] },
  { term: '電子証明書', variants: ['証明書', 'しょうめいしょ'] },
  { term: '代理請求', variants: ['請求代行'] },
];
const expand = (q: string) => expandWithLexicon(normalize(q), lexicon);

describe('expandWithLexicon', () => {
  it('adds the official term of a variant found in the text', () => {
    expect(expand('KJのパス忘れた')).toBe(`${normalize('KJのパス忘れた')} ${normalize('パスワード')}`);
    expect(expand('請求代行しています')).toContain(normalize('代理請求'));
  });

  it('matches variants on normalised forms (half-width, full-width, hiragana)', () => {
    expect(expand('ＰＷ忘れた')).toContain('ぱすわーど');
    expect(expand('ﾊﾟｽ 忘れた')).toContain('ぱすわーど');
    expect(expand('しょうめいしょ')).toContain(normalize('電子証明書'));
  });

  it('does not match a short variant inside a longer word', () => {
    expect(expand('パスポートを更新')).toBe(normalize('パスポートを更新'));
    expect(expand('passport')).toBe('passport');
    expect(expand('compass')).toBe('compass');
  });

  it('does not add a term the text already holds, nor treat the term as its own variant', () => {
    expect(expand('パスワードを忘れた')).toBe(normalize('パスワードを忘れた'));
    expect(expand('電子証明書の確認')).toBe(normalize('電子証明書の確認'));
  });

  it('leaves text without variants unchanged', () => {
    expect(expand('今日の天気')).toBe(normalize('今日の天気'));
    expect(expandWithLexicon('', lexicon)).toBe('');
  });
});

describe('matchLexicon and substituteLexicon', () => {
  it('reports where each variant was found, longest first at one place', () => {
    const m = matchLexicon(normalize('パスとpw'), lexicon);
    expect(m).toEqual([
      { term: 'ぱすわーど', variant: 'ぱす', index: 0, written: 'パスワード' },
      { term: 'ぱすわーど', variant: 'pw', index: 3, written: 'パスワード' },
    ]);
    // 「パスワ-ド」 normalises to the term itself: no variant match, nothing to add.
    expect(matchLexicon(normalize('パスワ-ド'), lexicon)).toEqual([]);
  });

  it('replaces variants by their terms', () => {
    expect(substituteLexicon(normalize('KJのパス忘れた'), lexicon)).toBe(`kjの ${normalize('パスワード')} 忘れた`);
  });

  it('rewrites raw text with the terms as written, katakana kept, and folds to substituteLexicon', () => {
    expect(rewriteWithLexicon('ＫＪのぱす忘れた', [...lexicon, { term: 'パスワード', variants: ['ぱす'] }])).toBe('KJの パスワード 忘れた'.toLowerCase());
    expect(rewriteWithLexicon('しょうめいしょ　が　ない', lexicon)).toBe('電子証明書 が ない');
    for (const q of ['KJのパス忘れた', 'ｼｮｳﾒｲｼｮのパスワ-ド', 'ライセンス　請求代行']) {
      expect(normalize(rewriteWithLexicon(q, lexicon))).toBe(substituteLexicon(normalize(q), lexicon));
    }
  });

  it('lets a longer official term hold its place against a shorter variant inside it', () => {
    const lex: LexiconEntry[] = [
      { term: 'クライアントアプリ', variants: ['ソフト'] },
      { term: '介護ソフト', variants: ['請求ソフト'] },
    ];
    // 「介護ソフト」 is a term itself: its 「ソフト」 is not the client app.
    expect(matchLexicon(normalize('介護ソフトの対応'), lex)).toEqual([]);
    expect(expandWithLexicon(normalize('介護ソフトの対応'), lex)).toBe(normalize('介護ソフトの対応'));
    // A bare 「ソフト」 still is, and a variant of the longer term still expands.
    expect(matchLexicon(normalize('ソフトを入れたい'), lex).map((m) => m.term)).toEqual([normalize('クライアントアプリ')]);
    expect(substituteLexicon(normalize('請求ソフト'), lex)).toBe(normalize('介護ソフト'));
  });
});

describe('short variants next to a longer word', () => {
  it('match when the text right after them is another lexicon word (「ぱすわすれた」)', () => {
    const lexicon: LexiconEntry[] = [
      { term: 'パスワード', variants: ['パス'] },
      { term: '忘れ', variants: ['わすれ'] },
    ];
    const terms = (text: string) => matchLexicon(text, lexicon).map((m) => m.term);
    expect(terms('kjのぱすわすれた')).toEqual(['ぱすわーど', '忘れ']);
    // Still not inside an unknown longer kana word.
    expect(terms('ぱすぽーとをなくした')).toEqual([]);
  });
});

describe('content/lexicon.yaml (the editors\' entries)', async () => {
  const { loadKnowledgeBase } = await import('../../server/content/pipeline.ts');
  const { kb } = await loadKnowledgeBase('content');
  const real = kb!.lexicon;
  const terms = (q: string) => matchLexicon(normalize(q), real).map((m) => m.term);
  const n = (...words: string[]) => words.map((w) => normalize(w));

  it('maps everyday words to the articles\' terms', () => {
    expect(terms('土曜日は電話つながる？')).toContain(normalize('受付時間'));
    expect(terms('ｳｨﾝﾄﾞｳｽﾞ11じゃないとだめ')).toEqual(n('Windows11'));
    expect(terms('介護ソフトのメーカーに聞く')).toEqual(n('介護ソフトのベンダー'));
    expect(terms('メーカーに聞く')).toEqual(n('ベンダー'));
    expect(terms('年間の利用料金')).toEqual(n('ライセンス料'));
    expect(terms('けいじぇいのあいでぃー')).toEqual(n('事業所ユーザID'));
    // An office's people as clerks name them, and a PC of one's own: the multiple-PCs article's 職員 and 複数端末.
    expect(terms('ケアマネがそれぞれ自分のパソコンで使いたい')).toEqual(n('職員', '複数端末'));
    // The care-manager exam is another system's (other-systems.yaml), not an office's people.
    expect(terms('介護支援専門員試験')).toEqual([]);
  });

  it('lets a longer name hold its place against a shorter variant inside it', () => {
    // The download form's 「申し込み」 is not the licence application (利用申請).
    expect(terms('製品ダウンロード申し込みの画面')).toEqual([]);
    expect(terms('ダウンロードの申し込み画面')).toEqual(n('製品ダウンロード申し込み'));
    // A certificate's 「有効期間」 is not the password's 有効期限.
    expect(terms('電子証明書が有効期間内か')).toEqual([]);
    expect(terms('パスワードの期限切れ')).toEqual(n('有効期限'));
    expect(terms('キャンペーン期間内に申請')).not.toContain(normalize('有効期限'));
    // 「PDFを見るソフト」 is the PDF viewer, not the client app.
    expect(terms('PDFを見るソフト')).toEqual(n('PDFビューワー'));
  });

  it('has no variant so short that it fires inside unrelated words', () => {
    expect(terms('今日はいい天気ですね')).toEqual([]);
    // 「更新」 is a term standing for itself; 「パス」 does not fire inside 「パスポート」.
    expect(terms('パスポートを更新したい')).toEqual([]);
    for (const entry of real) {
      for (const v of entry.variants) {
        const normalized = normalize(v);
        expect(Array.from(normalized).length, `「${v}」 of ${entry.term}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

/**
 * Follow-ups typed on a half-width kana keyboard (「ｿﾚﾊ ﾄﾞﾉｶﾞﾒﾝﾃﾞｽｶ」): grammar and words alike in katakana, which the analysis
 * keeps as typed (a katakana word is no grammar: 「ダウンロードの」 holds どの). After an answer such a message is asked again as it
 * would be written, its grammar in hiragana (engine.ts). Pure.
 */
import type { QueryAnalysis } from './analysis.ts';
import { hasHiragana } from '../text/normalize.ts';

/** Half-width katakana and its voicing marks, as a half-width kana keyboard types them (「ｴﾗｰ ﾃﾞﾏｽ」). */
export const HALF_WIDTH_KANA = /[\uff66-\uff9f]/;

/**
 * Whether a question was typed on a half-width kana keyboard, grammar and all (「ｿﾚﾊ ﾄﾞﾉｶﾞﾒﾝﾃﾞｽｶ」): half-width katakana and no
 * hiragana. Not katakana typed full-width: 「ラーメン」 alone is a word, not grammar.
 */
export function isKatakanaTyped(question: string): boolean {
  return !hasHiragana(question) && HALF_WIDTH_KANA.test(question);
}

/**
 * A question typed in katakana alone as it would be written: its grammar in hiragana, the words the vocabulary finds in it
 * as typed, so that 「ｿﾚﾊ ﾄﾞﾉｶﾞﾒﾝﾃﾞｽｶ」 reads 「それは どのがめんですか」 and 「ﾀﾞｳﾝﾛｰﾄﾞﾉ」 still holds no どの. Null when its
 * endings were evened to another length (the typed words' places are lost) or it reads the same.
 */
export function withGrammarInHiragana(a: Pick<QueryAnalysis, 'spoken' | 'evened' | 'words'>): string | null {
  const { spoken, evened, words } = a;
  if (spoken.length !== evened.length) return null;
  let out = '';
  let at = 0;
  for (const w of words) {
    if (w.index < at) continue;
    out += evened.slice(at, w.index) + spoken.slice(w.index, w.index + w.length);
    at = w.index + w.length;
  }
  out += evened.slice(at);
  return out === spoken ? null : out;
}

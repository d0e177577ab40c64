/**
 * Casual and dialect endings evened out to the standard form, one character for one so that offsets stay
 * those of the normalised text: 関西の否定 「使えへん」「わからへん」「できひん」「でけへん」 → 「…ない」, and the
 * western 〜とる for 〜ている 「終わっとる」「済んどる」「入っとらん」 → 「終わってる」「済んでる」「入ってない」 and its past 〜とった
 * 「申請しとった」「終わっとった」 → 「申請していた」「終わっていた」, 中国・九州's 〜ちょる 「使っちょる」「しちょらん」 → 「使っている」「していない」, 博多・神戸's
 * 〜とう 「終わっとうか」「済んどうと」 → 「終わってるか」「済んでると」, and the western でける for できる 「でけとる」「でけた」 → 「できてる」「できた」, and the spoken 「わかんない」 → 「わからない」,
 * and the western musts 「せなあかん」「せないかん」 → 「しないとね」, and 東北's voiced
 * から, こと, どこ, かどうか, わからない and できない 「なにがら」「入れるごど」「どごさ」「済んでるがどうが」「わがんね」「でぎねぁ」
 * → 「なにから」「入れること」「どこに」「済んでるかどうか」「わからな」「できない」, and 北陸's question 〜がけ and must 〜んなん
 * 「使うがけ？」「入れんなん」 → 「使うのか？」「入れないと」, and 中国・九州's how 「どげして」「どがんしたら」 → 「どうして」「どうやったら」,
 * and 九州's の said ん after a noun 「証明書んことで」 → 「証明書のことで」 and wish 〜たか 「聞きたかとです」 → 「聞きたいのです」.
 * Endings that only add tone (〜やん、〜ねん、〜っけ、〜だべ) need nothing: they are grammar, which the
 * engine weighs little. Other dialect words are lexicon variants, not endings.
 */
import { hasHiragana, isHiraganaCode, isKatakanaCode } from './normalize.ts';

/** Kana a negative 「へん」 follows (え・あ段: 使え|へん, わから|へん, 入れ|へん). */
const BEFORE_HEN = new Set(Array.from('えけせてねへめれげぜでべぺあかさたなはまやらわがざだばぱ'));
/** The い段 kana that end a verb's stem: what a negative 「ひん」 follows (でき|ひん; 見|ひん is kanji), and a wish 「てぇ」 (聞き|てぇ). */
const I_ROW_STEM_END = new Set(Array.from('きしちにみりぎじびい'));
const KANJI = /[\u3005\u4e00-\u9fff]/;

/** Whole forms whose standard form has the same length. */
const FORMS: [string, string][] = [
  ['でけへん', 'できない'], ['できへん', 'できない'], ['っとらん', 'ってない'], ['んどらん', 'んでない'], ['っとる', 'ってる'], ['んどる', 'んでる'], ['できとらん', 'できてない'], ['できとる', 'できてる'],
  // The past of 関西's negative 〜てへん: 「対応してへんかったら」 (〜ていなかったら).
  ['てへんかっ', 'ていなかっ'],
  // 中国・九州's 〜ちょる for 〜ている (「使っちょるソフト」「申請しちょらん」).
  ['ちょらん', 'ていない'], ['ちょる', 'ている'],
  // Western and central 「っちゅう」 for 「っていう」 (「利用申請っちゅうのは」).
  ['っちゅう', 'っていう'],
  // …and its past 〜とった for 〜ていた: 「申請しとったかどうか」「終わっとった」「済んどった」.
  ['しとった', 'していた'], ['っとった', 'っていた'], ['んどった', 'んでいた'],
  // The western 「でける」 of できる: 「申請でけとる？」「でけた」.
  ['でけとらん', 'できてない'], ['でけとる', 'できてる'], ['でけた', 'できた'], ['でける', 'できる'],
  // The spoken 「わかんない」「分かんなくて」 of 「わからない」, and the western 「わからんくなった」 (わからなくなった).
  ['わかんな', 'わからな'], ['分かんな', '分からな'], ['わからんく', 'わからなく'], ['分からんく', '分からなく'],
  // 九州's wish 〜たか before と (「聞きたかとですけど」「知りたかとけど」): not 「したか」 alone, the plain past asked.
  ['たかとです', 'たいのです'], ['たかとけど', 'たいけれど'],
  // Must: 関西 「更新せなあかん」「行かなあかん」, 九州・中部 「せないかん」 → 「…しないとね」 (the ね only keeps the length).
  ['せなあかん', 'しないとね'], ['なあかん', 'ないとね'], ['せないかん', 'しないとね'],
  // 東北 voices the k of から, こと and どこ: 「これがら」「なにがらやれば」「入れるごど」「どごさ聞けば」.
  ['これがら', 'これから'], ['なにがら', 'なにから'], ['何がら', '何から'], ['どっがら', 'どっから'], ['るごど', 'ること'], ['たごど', 'たこと'], ['どごで', 'どこで'], ['どごに', 'どこに'], ['どごさ', 'どこに'],
  // …and of か and き: 「済んでるがどうが」, 「わがんね」 (わからない; the spoken 「わかんねえ」 too), 「ログインでぎねぁ」.
  ['がどうが', 'かどうか'], ['かどうが', 'かどうか'], ['わがんね', 'わからな'], ['わかんね', 'わからな'], ['でぎねぁ', 'できない'], ['でぎねえ', 'できない'], ['でぎな', 'できな'], ['でぎだ', 'できた'],
  // The spoken 「どっから」 for 「どこから」, after 東北's 「どっがら」 is evened to it.
  ['どっから', 'どこから'],
  // 東北's 「だども」 for 「だけど」 (「証明書のことで聞きてぇんだども」).
  ['だども', 'だけど'],
  // The casual 「っすか」 of 「ですか」 (「どうすればいいっすか」).
  ['っすか', 'ですか'],
  // Voiced marks a flick keyboard left out of the commonest endings (「ろぐいんてきない」「いるんてすか」「教えてくたさい」).
  ['てきない', 'できない'], ['てきません', 'できません'], ['んてす', 'んです'], ['くたさい', 'ください'],
  // 北陸's must 〜んなん (「入れんなん」「せんなん」: 入れないと, しないと).
  ['せんなん', 'しないと'], ['れんなん', 'れないと'],
  // 中国・九州's how, どげ and どがん (「どげして使い始めたら」「どげすーだ」「どがんしたら」) → どう and どうやっ: what asks how to do.
  ['どげんし', 'どうやっ'], ['どがんし', 'どうやっ'], ['どげし', 'どうし'], ['どげす', 'どうす'], ['どがし', 'どうし'], ['どがす', 'どうす'],
];
/**
 * What a western 〜とる for 〜ている follows besides っ and ん: the え段 kana that end a verb's stem (「切れとる」「入れとらん」)
 * and the one-kanji stems 出 and 見 (「エラー出とる」). Not け: 「受けとる」 is 受け取る.
 */
const TORU_STEMS = 'れせてねめえげべ出見';
const BEFORE_TORU = new Set(Array.from(TORU_STEMS));
/** 博多・神戸's 〜とう (っとう, んどう) where a sentence ends or a particle follows (か, と, よ, ね, けど …). */
const TOU = /(?:っとう|んどう)(?=[かとよねけにもやわ]|[\s、。，．？?！!…]|$)/g;
/** 北陸's question 〜がけ for 〜のか (「使うがけ？」「いくらながけ」), at a sentence's end only (「がけ崩れ」 is a word). */
const GAKE = /(?<=[うくすつぬふむゆるぐぶいたなと])がけ(?=[\s。．？?！!…]|$)/g;
/**
 * The polite 「どちらで」 for 「どこで」, before what is done there (「どちらで確認できますか」「どちらでご確認」「どちらでできますか」),
 * as 「どこで」 and a space, its length kept; not 「どちらでも」 (either) nor 「どちらですか」「どちらでしょう」 (which one).
 */
const WHERE_POLITE = /どちらで(?=[\u4e00-\u9fff]|でき|出来|お|ご|み)/g;
/** Whether a text may hold an ending to even out (most do not: the text is returned at once). */
const MAY_CHANGE = new RegExp(`んこと|たかと|らんく|どげ|どが|どちらで|っちゅう|がけ|んなん|どっから|[しっん][とど]った|っとう|んどう|がら|ごど|どご|どうが|わがんね|わかんね|でぎ|なあかん|せないかん|へん|ひん|てぇ|だども|っすか|てきな|てきま|んてす|くたさい|[っん][とど]ら?[るん]|できと|でけ|[${TORU_STEMS}]とら?[るん]|かんな|ちょら?[るん]`);

/**
 * The changes `evenEndings` made, made again to another text of the same length (the normalised text before
 * folding: katakana stay as typed).
 */
export function applyEndings(text: string, changes: readonly { from: string; to: string; index: number }[]): string {
  let out = text;
  for (const { from, to, index } of changes) out = out.slice(0, index) + to + out.slice(index + from.length);
  return out;
}

/**
 * Evens out the endings of a normalised (folded) text. Returns the text and what changed where. `written`, the same text
 * before folding (same offsets), keeps katakana words as they are in a message that has hiragana: 「ウィンドウに」 folds to
 * うぃんどうに, whose んどう is no 〜とう. A message typed in katakana only (「ﾜｶﾗﾍﾝ」) writes its endings in katakana too.
 */
export function evenEndings(text: string, written?: string): { text: string; changes: { from: string; to: string; index: number }[] } {
  if (!MAY_CHANGE.test(text)) return { text, changes: [] };
  const changes: { from: string; to: string; index: number }[] = [];
  let out = text;
  const inWord = written !== undefined && written.length === text.length && hasHiragana(written) ? (at: number) => isKatakanaCode(written.charCodeAt(at)) : () => false;
  for (const [from, to] of FORMS) {
    for (let at = out.indexOf(from); at >= 0; at = out.indexOf(from, at + 1)) {
      if (inWord(at)) continue;
      out = out.slice(0, at) + to + out.slice(at + from.length);
      changes.push({ from, to, index: at });
    }
  }
  for (let i = 1; i + 1 < out.length; i++) {
    if (out[i] !== 'と' || !BEFORE_TORU.has(out[i - 1]!) || inWord(i)) continue;
    const [from, to] = out.startsWith('とらん', i) ? ['とらん', 'てない'] : out.startsWith('とる', i) ? ['とる', 'てる'] : [null, null];
    if (from === null) continue;
    out = out.slice(0, i) + to + out.slice(i + from.length);
    changes.push({ from, to, index: i });
  }
  // 博多・神戸's 〜とう for 〜ている (「終わっとうか」「済んどうと？」), only at a sentence's end or before a particle: 「ずっとうまく」.
  // Each form keeps its length, so every offset the replacing reports is the text's.
  out = out.replace(TOU, (from: string, index: number) => {
    if (inWord(index)) return from;
    const to = from === 'っとう' ? 'ってる' : 'んでる';
    changes.push({ from, to, index });
    return to;
  });
  out = out.replace(GAKE, (from: string, index: number) => {
    if (inWord(index)) return from;
    changes.push({ from, to: 'のか', index });
    return 'のか';
  });
  // 九州's の said ん after a noun (「証明書んことで」「ライセンスんこと」): after a kanji, or a katakana word as typed.
  for (let at = out.indexOf('んこと'); at >= 0; at = out.indexOf('んこと', at + 1)) {
    if (at === 0) continue;
    const before = written !== undefined && written.length === out.length ? written[at - 1]! : out[at - 1]!;
    if (!KANJI.test(before) && !isKatakanaCode(before.charCodeAt(0))) continue;
    out = out.slice(0, at) + 'の' + out.slice(at + 1);
    changes.push({ from: 'ん', to: 'の', index: at });
  }
  out = out.replace(WHERE_POLITE, (from: string, index: number) => {
    changes.push({ from, to: 'どこで ', index });
    return 'どこで ';
  });
  for (let i = 1; i + 1 < out.length; i++) {
    const pair = out.slice(i, i + 2);
    const before = out[i - 1]!;
    const hen = pair === 'へん' && (BEFORE_HEN.has(before) || KANJI.test(before));
    const hin = pair === 'ひん' && I_ROW_STEM_END.has(before);
    // 東日本's wish 〜てぇ for 〜たい after a verb's い段 stem (「聞きてぇ」「知りてぇ」「やりてぇ」).
    const wish = pair === 'てぇ' && I_ROW_STEM_END.has(before);
    if ((!hen && !hin && !wish) || inWord(i)) continue;
    const to = wish ? 'たい' : 'ない';
    out = out.slice(0, i) + to + out.slice(i + 2);
    changes.push({ from: pair, to, index: i });
  }
  return { text: out, changes };
}

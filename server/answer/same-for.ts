/**
 * 「ライセンスも同じ？」 after 「電子証明書は事業所ごとに取得しなければいけませんか」: the clerk puts the last answer's
 * question again, about another subject. Read alone the message names only that subject, and the subject's articles
 * are asked back between (the licence, its renewal); read with what the last question asks of its subject (事業所ごと),
 * it is the licence per office. This module finds the subject such a message puts, and writes the question it stands for.
 */
import type { QueryAnalysis } from './analysis.ts';
import { afterTopicTurn } from './question-part.ts';

/**
 * That one too needed apart, or as many of it (「Xのほうも別々に要るんですか」「Xもそれぞれ必要？」「Xのほうも2つ分いる？」), or
 * that one of it does too (「Xも１個でええんやな？」「Xもひとつで大丈夫？」).
 */
const PER_UNIT_SOURCE =
  '(?:の方も|のほうも|も)(?:(?:別々に|べつべつに|それぞれ|同じように|おなじように|(?:[0-9０-９一二三四五六七八九十]+(?:つ|個)|ふたつ|みっつ|よっつ|事業所|拠点|店舗)分)(?:要る|いる|必要|要り|いり|取ら|とら|取得)' +
  '|(?:[1１一](?:つ|個|枚)|ひとつ)で(?:いい|ええ|よい|良い|大丈夫|だいじょうぶ|足りる|たりる|足り|たり))';
const PER_UNIT = new RegExp(PER_UNIT_SOURCE);

/**
 * A short message that asks whether the same holds for what it names (「Xも同じ？」「Xもおなじなん？」「Xは同じですか」「Xも同じ
 * 考え方でいいですか」), how it is for that other one of a pair (「Xのほうはどう？」), or whether that one too is needed apart
 * (PER_UNIT_SOURCE).
 */
const SAME_FOR = new RegExp(
  `^(?:じゃあ|じゃ|では|なら|ほな|で)?[、,\\s]*([^、,。？?\\s]{1,16}?)(?:(?:も|は|って)(?:同じ|おなじ|一緒|いっしょ)(?:考え方|かんがえかた|考え|扱い|あつかい|ルール|理屈|こと|感じ|かんじ)?|(?:の方|のほう)(?:は|って)(?:どう|どない)|${PER_UNIT_SOURCE})` +
    '(?:く|で|なの|なん|ですか|です|でしょうか|でしょう|しょうか|やろか|やろ|かな|か|ね|よね|なんですか|んですか|んか|ます|ない|なきゃ|なきゃだめ|なあかん|の|いい|よい|良い|よろしい|ん|や|な|よ)*[？?！!。\\s]*$',
);

/**
 * What a title asks of its subject: the vocabulary words it names after its first lexicon term, as written
 * (「電子証明書は事業所ごとに…」 → [事業所ごと]); null for a title with no lexicon term to stand in for.
 */
export type TitleAsks = string[] | null;

/** What a title asks of its subject (see TitleAsks), from its analysis. */
export function titleAsks(title: Pick<QueryAnalysis, 'words'>): TitleAsks {
  const first = title.words.findIndex((w) => w.meanings.some((m) => m.kind === 'term'));
  return first < 0 ? null : title.words.filter((_, i) => i !== first).map((w) => w.typed);
}

/**
 * The last answer's question about the subject the message puts, in the vocabulary's words (「ライセンスも同じ？」 after
 * the certificate per office → 「ライセンス 事業所ごと」), or null when the message puts none or the title asks nothing of
 * its subject in the vocabulary's words. Not its prose: 「…取得しなければいけませんか」 is the certificate's verb.
 */
export function sameQuestionFor(message: string, asks: TitleAsks): string | null {
  // Thanks and a turn to another topic first (「ありがとう、ところでライセンスも同じ感じ？」) still put the same question.
  const m = SAME_FOR.exec((afterTopicTurn(message) ?? message).trim());
  if (m === null || asks === null || asks.length === 0) return null;
  return `${m[1]} ${asks.join(' ')}`;
}

/**
 * Whether a message asks whether another thing too is needed apart, or as many of it (PER_UNIT_SOURCE): a message
 * that the words alone answer (「証明書のほうも2つ分いる？」 read alone is the certificate guide) still puts the last
 * answer's question, as 「Xも同じ？」 does not (「ライセンスも同じ扱いですか」 after the KJ ID guide is the licence's).
 */
export function asksEachToo(message: string): boolean {
  return PER_UNIT.test(message);
}

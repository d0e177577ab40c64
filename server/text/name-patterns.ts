/**
 * People's names typed into a question, as clerks introduce themselves or name a colleague: 「山田と申します」
 * 「担当の佐藤です」「名前は鈴木花子です」「前任の田中さんが退職して」. A name is personal data: it never reaches
 * a log or the store as typed. Found on the width-folded working text of secret-patterns.ts, like every
 * recogniser there.
 *
 * Only where the sentence says a name is there — before 「と申します」「といいます」, or after 「担当の」「名前は」
 * 「前任の」… and before 「です」「さん」「様」 — never any word before 「さん」 alone: 「ケアマネさん」「国保連さん」
 * name no one. Nothing is said to the user about it: introducing oneself is good manners, not a slip.
 */
import type { SecretSpan } from './redact.ts';

/** A family name, perhaps with a given name after a space: kanji, katakana (ヤマダ), 々 and ヶ. */
const NAME = String.raw`[\u4e00-\u9fff々〆ヶァ-ヺー]{1,6}(?:[ \u3000]?[\u4e00-\u9fff々〆ヶァ-ヺー]{1,6})?`;
/** What follows a name a clerk gives for themselves. */
const INTRODUCES = String.raw`(?:と申します|と申しま|ともうします|といいます|と言います|でございます)`;
/** Words after which the next word is a person's name, when 「です」「さん」「様」 follows it. */
const CUES = String.raw`(?:担当の|担当者の|担当は|担当者は|名前は|氏名は|名前:|氏名:|前任の|前任者の|後任の|後任者の|管理者の|管理者は)`;
/** Every sentence SAYS_NAME finds a name in holds one of its cues: a cheap test before the full pattern. */
export const MAY_GIVE_NAME = new RegExp(`${INTRODUCES}|${CUES}`);
const SAYS_NAME = new RegExp(String.raw`(${NAME})(?=\s?${INTRODUCES})|(?<=${CUES}\s?)(${NAME})(?=\s?(?:です|さん|様|さま|と申|といい|と言い|でございます))`, 'g');

/** Words that stand where a name would and are none: 「担当者の変更です」「担当者は誰ですか」「担当の方です」. */
const NOT_NAMES = new Set(['誰', '何', '方', '者', '人', '私', '自分', '本人', '変更', '交代', '退職', '異動', '不在', '不明', '未定', '募集中', '事務', '管理者', '担当者']);

/**
 * A department or an office, introduced as a clerk introduces themselves (「総務課でございます」「ケアプランセンターです」): no
 * person. Only endings no family name has; not 部 (阿部, 服部) nor 所 (田所).
 */
export const ORGANISATION_WORDS = '課|係|本部|事業所|センター|ステーション|施設|法人|事務局|事務室';
const ORGANISATION = new RegExp(`(?:${ORGANISATION_WORDS})$`);

/** Spans of names in `work` (the width-folded question). */
export function findNames(work: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  for (const m of work.matchAll(SAYS_NAME)) {
    const text = m[1] ?? m[2]!;
    if (!NOT_NAMES.has(text) && !ORGANISATION.test(text)) out.push({ kind: 'name', start: m.index, end: m.index + text.length, text });
  }
  return out;
}

/**
 * Japanese labels for the answer engine's structured trace (server/answer/trace.ts), shown in the ask
 * preview: what each decision, conversation reason and feature means, in the editors' words. Pure data
 * and helpers, so unit tests need no DOM.
 */
import type { AskTrace } from '../../server/answer/types.ts';

/** Shown for a code this table does not know yet (a newer engine): never the raw code. */
export const UNKNOWN_LABEL = 'その他（説明なし）';

/** Why the engine decided. */
export const DECISION_LABELS: Record<string, string> = {
  'secret-only': 'IDやパスワードだけの入力なので、記事では答えない',
  'other-system': 'ほかのシステムの話で、このシステムの語がない',
  unstated: '資料にない事柄（運営元・評判など）を尋ねているため、記事では答えずヘルプデスクを案内した',
  rule: '記事の判定ルールが成立',
  'rules-close': '複数の記事のルールが成立し、差が小さい',
  class: '機種やソフトの種類など、条件を書いた記事がある語の仲間',
  likely: '確率が基準以上で、次点との差も十分',
  'several-likely': 'どれか一つとは言えないが、候補を合わせると確からしい',
  vague: '質問の語が複数の記事に共通で、どれの話か分からない',
  'rule-incomplete': '最も確からしい記事の判定ルールに必要な語が足りないため、候補として聞き返す',
  unlikely: 'どの候補も確率が低い',
  'system-only': 'システムの名前のほかに記事を選ぶ手がかりがない（システム全体についての質問）',
  'follow-up': '前の回答の続きとして読んだ',
  'contact-first': 'ヘルプデスクの連絡先が最も有力なため、聞き返さずに案内した',
  'step-after': '質問が終えた手順の「次」を尋ねているため、その次の手順を案内した',
  'step-before': '質問が手順の「前」にすることを尋ねているため、その前の手順を案内した',
  'step-order': '質問が複数の手順のどれが先かを尋ねているため、全体の流れを案内した',
  smalltalk: 'あいさつ・お礼などの雑談',
};

/** Why a message was or was not read as a continuation of the previous answer. */
export const CONVERSATION_LABELS: Record<string, string> = {
  'no-previous': '前の回答なし',
  secret: 'IDやパスワードを含むため、続きとしては読まない',
  'marks-only': '記号だけ（「？」など）のため、前の回答がわからなかったと読んだ',
  'other-system': 'ほかのシステムの話のため、続きとしては読まない',
  rule: '記事のルールが成立したため、新しい質問として読んだ',
  'next-step': '前の回答の次の手順を尋ねているため、記事が次のステップとして案内する記事で答えた',
  'step-before': '前の回答の前の手順を尋ねているため、その前の手順の記事で答えた',
  'first-step': '流れの記事のあとで最初の手順を尋ねているため、最初の手順の記事で答えた',
  'numbered-step': '流れの記事のあとで手順を番号で尋ねているため、その番号の手順の記事で答えた',
  'unknown-words': '記事にない語を含むため、続きとしては読まない',
  'not-stated': '前の回答にない数字（日数・金額・日付）を尋ねているため、続きとしては読まない',
  'not-stated-of-last': '前の回答にない数字（日数・金額・日付）を前の回答について尋ねているため、資料にないと伝えた',
  'pointed-not-stated': '「それ」などで前の回答を指して、前の回答にない日数・日付を尋ねているため、資料にないと伝えた',
  'own-topic': '自分の話題を名指ししているため、新しい質問として読んだ',
  'answered-elsewhere': '別の記事で確実に答えられるため、新しい質問として読んだ',
  'not-covered': '前の回答が扱っていない語があるため、新しい質問として読んだ',
  corrected: '前の回答を打ち消す言い直しのため、前の回答ではなく関連する記事か、新しい質問として読んだ',
  follows: '前の回答の続きとして読んだ',
  repeated: '前の回答をもう一度（わかりやすく）と頼んでいるため、前の回答をもう一度示した',
  'more-detail': '前の回答をもっと詳しくと頼んでいるため、前の回答を記事全体への案内とともに示した',
  'chosen-option': '直前の聞き返しへの返事として、示した選択肢の中から選んだ',
};

/** The features of a candidate. */
export const FEATURE_LABELS: Record<string, string> = {
  ruleFires: 'ルール成立',
  ruleIncomplete: 'ルール不成立',
  ruleVetoed: 'ルールの除外語',
  searchRelative: '検索スコア（1位との比）',
  searchLead: '検索スコアの次点との差',
  searchTop: '検索1位',
  textRelative: '本文との一致',
  examplesRelative: '例文との近さ',
  keyPenalty: '欠けている主要語',
  agree: '検索と例文の1位が一致',
  coverage: '質問の語を本文が含む割合',
  topicCoverage: '質問の語を題・要約・例文が含む割合',
  titleConcepts: '題に出る語の割合',
  holdsAll: '話題が質問の語をすべて含む',
  distinct: '次点と区別できる語',
  voteShare: '近い例文の票',
  voteNearest: 'いちばん近い例文との近さ',
  voteLead: '票の次点との差',
  voteTop: '票が1位',
  voteStrength: '票の強さ',
  searchStrength: '検索の強さ',
  coverageLead: '網羅率の次点との差',
  classHit: '語の仲間（機種・ソフトの種類など）',
  textClassLog: '文字の並びによる分類の確からしさ',
  textClassLead: '文字の並びによる分類の次点との差',
  textClassTop: '文字の並びによる分類で1位',
  agreeAll: '検索・例文・分類の1位が一致',
  priceMissing: '料金を尋ねているが記事に金額がない',
  caseHit: '記事のケースの語',
  durationMissing: '期間の長さを尋ねているが記事に期間がない',
  unknownShare: '記事にない語の割合',
  unknownWords: '記事にない語の数',
  information: '質問の情報量',
  holders: '当てはまる記事の多さ',
  otherSystem: 'ほかのシステムの名前',
  ownWord: 'このシステムだけの語',
};

/** How a word was recognised. */
export const VIA_LABELS: Record<AskTrace['rewrites'][number]['via'], string> = { exact: '表記どおり', typo: '打ち間違いとして', reading: '読みから' };

/**
 * The features that weighed most for a candidate, as 「label（+1.2）」, strongest first. A feature whose value
 * is 0 weighs by its absence, and says so (「ほかのシステムの名前：なし（+2.2）」): without it, an editor read
 * that another system's name had raised the article.
 */
export function strongestReasons(candidate: AskTrace['candidates'][number], count = 3): string[] {
  return Object.entries(candidate.contributions)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, count)
    .map(([name, v]) => `${FEATURE_LABELS[name] ?? UNKNOWN_LABEL}${candidate.features[name] === 0 ? '：なし' : ''}（${v >= 0 ? '+' : ''}${v.toFixed(1)}）`);
}

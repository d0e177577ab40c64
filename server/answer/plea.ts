/**
 * A message that ends on a plea (「…助けてください」「…先に進めない。どうしたらいいの」) says how
 * stuck the clerk is, not what is wrong. Its words count as content all the same — 助 and 進 are kanji of the
 * corpus — and make a vague message read as a specific one: 「ログインできません」 is asked back, while
 * 「ログイン出来ないんですけど助けてください」 was the login guide at p 0.76. The message is read again without the
 * plea, and when that reading is vague, the question back is the reply.
 */
import type { Decision } from './decide.ts';
import type { Scoring } from './engine.ts';
import { howAnswerFailed } from './answer-failed.ts';

/** Spaces and punctuation (between and after the plea's parts). */
const PUNCTUATION = '\\s\u3000、。，．,.！？!?…';
const GAP = `[${PUNCTUATION}]*`;
const ENDING = '(?:ですか|でしょうか|の|ん|か)?';
/** What a message may end on besides: a feeling in brackets (「（泣）」「(汗)」), an emoji, a laugh (「ｗ」 is w). */
const FEELING = '[（(][^）)]{1,4}[）)]|\\p{Extended_Pictographic}|w';
/** Asks what to do (「どうすれば」): the pleas that are questions of their own. */
const HOW_TO_DO = '(?:どうしたら|どうすれば|どないしたら)';
const WHAT_TO_DO = `(?:${HOW_TO_DO}(?:いい|良い|よい|ええ)?${ENDING}|どうしよう|どうしよ|どないしよ)`;

/**
 * A plea at the end of a message, as typed: asking for help, asking what to do, saying one cannot go on or is at a loss
 * (「困っております」), and what to do after it. Not a request to be told (「利用開始の手順を教えてください」 asks for that guide, and 「〜を教えて」
 * read without it is the same request); with what joins it to the rest (「んですけど」; a 「て」 stays with the rest) and its endings.
 */
const PLEA = new RegExp(
  `(?:(?:ん|の)?(?:ですけど|ですが|だけど|やけど|けど|けれど|が))?${GAP}` +
    `(?:(?:誰か|だれか)?(?:助けて|たすけて)(?:ください|下さい|ほしい|欲しい|もらえますか|いただけますか|くれ|な)?` +
    `|(?:先に|さきに)?(?:進めない|進めません|すすめない|進めへん|進まない|進みません)|(?:困って|こまって)(?:おります|います|ます|いる|る)?|${WHAT_TO_DO})` +
    `(?:${GAP}${WHAT_TO_DO})?(?:[${PUNCTUATION}よねわ]|${FEELING})*$`,
  'u',
);

const SPACES_AND_PUNCTUATION = new RegExp(`[${PUNCTUATION}]+`, 'g');

/** The least that must be left of a message without its plea for it to be read alone. */
const LEAST_LEFT = 3;

/** The plea a message (as typed) ends on and what it says before it, or null when it ends on none (or too little would be left). */
function splitPlea(text: string): { rest: string; plea: string } | null {
  const m = PLEA.exec(text);
  if (m === null) return null;
  const rest = text.slice(0, m.index).trim();
  return Array.from(rest.replace(SPACES_AND_PUNCTUATION, '')).length >= LEAST_LEFT ? { rest, plea: m[0] } : null;
}

/** The message (as typed) without the plea it ends on, or null when it ends on none (or too little would be left). */
export function withoutPlea(text: string): string | null {
  return splitPlea(text)?.rest ?? null;
}

/** A plea that asks what to do (「どうすればいいですか」): a question of its own, which may ask what follows steps said done. */
const ASKS_WHAT_TO_DO = new RegExp(HOW_TO_DO);

/**
 * The reading of a message without its plea, when the plea's words decided it: a message answered by the model alone
 * (not an intent rule or a class) whose reading asks back with the answer among its options (the plea's words made
 * the answer), or a message asked back whose reading answers with one of the options (they blurred it:
 * 「しょうめいしょ えらー でた どうしよ」). Null otherwise.
 */
export function readWithoutPlea<R extends { s: Scoring; fresh: Decision }>(read: (text: string) => R, whole: Scoring, decision: Decision): R | null {
  const answered = decision.kind === 'answer' && decision.reason === 'likely';
  if (!(answered || decision.kind === 'clarify') || whole.analysis.others.length > 0) return null;
  // Every answered ask comes here: the one pattern first, the rest only for a message that ends on a plea.
  const split = splitPlea(whole.analysis.question);
  if (split === null) return null;
  // A plea that is smalltalk, or says a try failed (「再発行やってみたけど進めない」), is read whole: after an answer it
  // hands the clerk to the helpdesk.
  if (whole.smalltalk !== null || howAnswerFailed(whole.analysis.normalized.text) !== null) return null;
  // A question back stands against a plea that asks what to do: it is the question (「…全部終わりました。いよいよ使い
  // 始めるにはどうすればいいですか」 asks what follows; without it, the download said done was answered).
  if (decision.kind === 'clarify' && ASKS_WHAT_TO_DO.test(split.plea)) return null;
  const reading = read(split.rest);
  const { fresh } = reading;
  if (decision.kind === 'answer') return fresh.kind === 'clarify' && fresh.options.includes(decision.id) ? reading : null;
  return decision.kind === 'clarify' && fresh.kind === 'answer' && decision.options.includes(fresh.id) ? reading : null;
}

/**
 * A message that ends on how it wants the answer told (「…要点だけ箇条書きでお願いします」「…簡単に教えて」) asks for the
 * same thing as without it: the form is the widget's (an answer card is already short). Those words count as content
 * all the same and blur a clear question: 「使い始めるまでにやることを要点だけ箇条書きでお願いします」 fell back, while
 * 「使い始めるまでにやること」 is the overview at p 0.93. The message is read again without them.
 */
import type { Decision } from './decide.ts';
import type { Scoring } from './engine.ts';

/**
 * How the clerk wants it told: simply, in short, as points or a list (「簡単に」「要点だけ」「箇条書きで」「手短に」「かいつまんで」「結論だけ」),
 * or in more detail (「もう少し詳しく」「具体的に」).
 * Not 「一覧」: 「手順の一覧」 asks for the flow.
 */
export const HOW_TOLD =
  '(?:(?:もっと|もう少し|もうすこし|もうちょっと|もうちょい)?(?:詳しく|くわしく|詳細に|具体的に|ぐたいてきに)|簡単に|かんたんに|わかりやすく|分かりやすく|やさしく|易しく|噛み砕いて|かみくだいて|要点だけ|要点のみ|要点を|ようてんだけ|ポイントだけ|ぽいんとだけ|箇条書きで|箇条書きに|かじょうがきで|かじょう書きで|手短に|てみじかに|短く|みじかく|ざっくり|かいつまんで|結論だけ|結論のみ|結論から|けつろんだけ|一言で|ひとことで|端的に)';
/** Asks to be told (「言って」「教えて」「お願い」「まとめて」「説明して」「にして」), perhaps after 「でいいので」 (「ざっくりでいいので教えて」). */
export const SAY = '(?:(?:で|でも)?(?:いいので|いいから|ええから|ええので|よいので|いいけん))?(?:言って|いって|言うて|いうて|ゆうて|お願い|おねがい|教えて|おしえて|説明して|まとめて|見せて|表示して|して)';
/** What ends such a request (「ください」「もらえますか」「くれへん」「ちょうだい」「します」). */
export const SAY_ENDING = '(?:ください|下さい|くださいます|くださいますか|もらえますか|もらえません(?:か)?|もらえる|もらえん|くれる|くれん|くれへん|くれない|くれ|ちょうだい|ほしい|欲しい|します|しますか)?(?:か|ね|な|の|よ)*';

/** The request at the end of a message (as typed), with the particle or comma before it and the marks after it. */
const FORMAT_REQUEST = new RegExp(`(?:を|は|で|、|,|\\s)*(?:${HOW_TOLD}[、\\s]*)+(?:${SAY}${SAY_ENDING})?[。．！？!?\\s]*$`);

/** The least that must be left of a message without its request for it to be read alone. */
const LEAST_LEFT = 4;

/** The message (as typed) without how it wants the answer told at its end, or null when it ends on no such request (or too little is left). */
export function withoutFormatRequest(text: string): string | null {
  const m = FORMAT_REQUEST.exec(text);
  if (m === null || m[0].trim().length === 0) return null;
  const rest = text.slice(0, m.index).trim();
  return Array.from(rest.replace(/[\s、。！？!?]/g, '')).length >= LEAST_LEFT ? rest : null;
}

/**
 * The reading of a message without how it wants the answer told, when the whole is not answered by an intent rule or a
 * class and the reading answers (with another article than the whole, or the same more surely). Null otherwise.
 */
export function readWithoutFormatRequest<R extends { s: Scoring; fresh: Decision }>(read: (text: string) => R, whole: Scoring, decision: Decision): R | null {
  if (decision.kind === 'answer' && decision.reason !== 'likely') return null;
  const rest = withoutFormatRequest(whole.analysis.question);
  if (rest === null) return null;
  const reading = read(rest);
  const { fresh } = reading;
  if (fresh.kind !== 'answer') return null;
  return decision.kind !== 'answer' || fresh.id !== decision.id || fresh.confidence > decision.confidence ? reading : null;
}

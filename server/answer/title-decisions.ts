/**
 * Decisions read from what the articles' titles name and quote (engine.ts reads each title once, as a question:
 * `readTitle`): a screen message the title quotes, copied whole or with gaps, names its article; a where-question goes to
 * the article whose title asks where what it names is found, and a question where to do a thing to the one titled after
 * doing it; and of two articles titled after things of one kind (the office user ID, the personal user ID), the message's
 * own word chooses. fresh-decision.ts applies them in turn.
 */
import type { Scoring } from './engine.ts';
import { leadOf, type Decision, type Scored, type Thresholds } from './decide.ts';
import type { QueryAnalysis } from './analysis.ts';
import { copiesShownMessage, copiesWithGaps, quotationsOf, shownQuotationsOf } from './quotes.ts';
import { ASKS_WHERE } from './conversation-cues.ts';
import { FINDS } from './conversation-holds.ts';
import { normalize } from '../text/normalize.ts';

/** The least shared end of two terms for things of one kind (`sameKind`): ゆーざid is 6, a kana ending alone is less. */
const SAME_KIND_END = 3;

/** The lexicon terms of article `id`'s title (none for an unknown id). */
function titleTermsOf(s: Scoring, id: string): readonly string[] {
  return s.titles.get(id)?.terms ?? [];
}

/**
 * The answer with candidate `c`, chosen among itself and `alternatives` by what the message says of their titles:
 * the confidence is the probability that the answer is one of them (their probabilities in `scored`, summed, at most 1),
 * not `c`'s own, which the model spread over articles it could not tell apart (「利用申請ってどこでやるんでしたっけ？」 was the
 * application guide at its own 0.13, its neighbour the application status holding the rest).
 */
export function answerWith(c: Scored, alternatives: string[], scored: readonly Scored[]): Decision {
  let confidence = c.p;
  for (const id of alternatives) confidence += scored.find((o) => o.id === id)?.p ?? 0;
  return { kind: 'answer', id: c.id, anchor: c.anchor, confidence: Math.min(1, confidence), reason: 'likely', alternatives };
}

/**
 * A message that asks where a thing is found, or how to find it, or says the clerk never got it or does not know it
 * (「どこかに載ってますか」「確認方法をご教示ください」「もらった記憶がありません」「そんなのもらってないです」「そんなもん知らんがや」).
 */
const ASKS_WHERE_FOUND = new RegExp(
  `${ASKS_WHERE.source}|確認方法|確認の方法|確認の仕方|確認のしかた|どうやって確認|調べ方|記憶が(?:ない|ありません)|覚えが(?:ない|ありません)|(?:もらって|貰って|もろて|受け取って|届いて)(?:い)?(?:ない|ません|へん|ひん)|(?:そんな|そんなもん|そんなの|そんなもの)(?:は|って)?(?:知らん|知らない|知りません|しらん|しらない)`,
);

/**
 * Asks where a thing is done (「利用申請はどこでしますか」「どこからやればいい」「どこのサイトからどうやって出すの」), not where it
 * is found: a title that asks where a thing is found or confirmed (「利用申請が完了しているかどうか、どこで確認できますか」) does
 * not answer it.
 */
const ASKS_WHERE_DONE = /(?:どこ|何処)(?:の(?:サイト|さいと|ページ|ぺーじ|画面|ホームページ|メニュー|タブ))?(?:で|から)(?:は|って)?\s*(?:どうやって|どうやり|どのように|どう)?(?:します|する|しよう|すれば|したら|やります|やる|やれば|やったら|行い|行う|おこな|申請|申し込|申込|手続|出す|出せ|出し|だす|だせ|提出)/;

/** Whether a message (its grammar text) asks where a thing one does is done (「申請はどこからやるの」: ASKS_WHERE_DONE and DONE_WHERE). */
export function asksWhereDone(text: string): boolean {
  return ASKS_WHERE_DONE.test(text) && DONE_WHERE.test(text);
}

/**
 * What an article's title names and asks: its text and lexicon terms, whether it asks where something is found, whether it
 * tells where a thing is found or checked (FINDS: 「…はどこで確認できますか」「…IDの確認と…」), and the screen messages it
 * quotes (normalised).
 */
export interface TitleReading {
  text: string;
  terms: readonly string[];
  asksWhere: boolean;
  tellsWhereFound: boolean;
  quotes: readonly string[];
}

/** Reads an article's title (`written`), analysed as a question (engine.ts does it once per article). */
export function readTitle(title: Pick<QueryAnalysis, 'terms' | 'normalized'>, written: string): TitleReading {
  const text = title.normalized.text;
  return { text, terms: title.terms, asksWhere: ASKS_WHERE.test(text), tellsWhereFound: FINDS.some((w) => text.includes(w)), quotes: quotationsOf(written).map((q) => normalize(q)) };
}

/**
 * A question back because the likely article's rule lacks a concept, when the message copies the screen message that
 * article's title quotes, shortened, and says it was shown (「有効期限が切れていますって出る」 of 「パスワードの有効期限が切れて
 * います」): that message names the article, and it is answered. Not a message that only says something expired.
 */
export function answeredOnShownMessage(decision: Decision, s: Scoring): Decision {
  if (decision.kind !== 'clarify' || decision.reason !== 'rule-incomplete') return decision;
  const lead = s.scored[0];
  if (lead === undefined || lead.id !== decision.options[0] || !copiesShownMessage(s.analysis.normalized.text, s.titles.get(lead.id)?.quotes ?? [])) return decision;
  return answerWith(lead, decision.options.slice(1), s.scored);
}

/** Fewest characters of a quotation for a title holding it to be named by it (「電子証明書のエラー」, not 「エラー」). */
const LEAST_QUOTED_OF_TITLE = 5;
/** Most of the other likely articles kept as the alternatives of one answered on a quoted title. */
const MAX_QUOTED_ALTERNATIVES = 2;

/**
 * A question back between likely articles, or a likely answer, when the message quotes words it says were shown and one
 * article likely enough to offer alone has a title that holds them (「アプリにloginしようとしたら「電子証明書のエラー」って出ました」
 * was asked back between the login guide and 「電子証明書のエラーが表示されます」, and with 「どうしたらいいですか」 after it, the
 * login guide at 0.72): that article is answered, the others offered its alternatives.
 */
export function answeredOnQuotedTitle(decision: Decision, s: Scoring, thresholds: Thresholds): Decision {
  const byModel = (decision.kind === 'answer' && decision.reason === 'likely') || (decision.kind === 'clarify' && decision.reason === 'several-likely');
  if (!byModel) return decision;
  const quoted = shownQuotationsOf(s.analysis.question).map((q) => normalize(q)).filter((q) => q.length >= LEAST_QUOTED_OF_TITLE);
  if (quoted.length === 0) return decision;
  const likely = s.scored.filter((c) => c.p >= thresholds.option);
  const holding = likely.filter((c) => quoted.some((q) => s.titles.get(c.id)?.text.includes(q)));
  const chosen = holding.length === 1 ? holding[0]! : undefined;
  if (chosen === undefined || (decision.kind === 'answer' && decision.id === chosen.id)) return decision;
  return answerWith(chosen, likely.filter((c) => c.id !== chosen.id).slice(0, MAX_QUOTED_ALTERNATIVES).map((c) => c.id), s.scored);
}

/**
 * A likely answer to a message that asks where (or how to find: ASKS_WHERE_FOUND), when it names a word the answer's
 * title does not and one other article likely enough to offer has a title that names that word and asks where it is
 * found: that article answers it
 * (「アプリのログイン画面で個人ユーザIDを求められるんですが、そんなのもらった覚えがありません。どこかに載ってますか？」 was the
 * login guide at p 0.89; the personal ID's title asks where that ID is found). The login guide stays its alternative.
 */
export function answeredWhereTitleAsks(decision: Decision, s: Scoring, text: string, thresholds: Thresholds): Decision {
  const likely = decision.kind === 'answer' && decision.reason === 'likely';
  // A question back led by such an article too (「…個人ユーザIDとパスワードの確認方法につきましてご教示ください」 asked back
  // between the login guide and the personal ID).
  const lead = likely ? decision.id : decision.kind === 'clarify' ? decision.options[0] : undefined;
  if (lead === undefined || !ASKS_WHERE_FOUND.test(text) || ASKS_WHERE_DONE.test(text)) return decision;
  const answeredTerms = titleTermsOf(s, lead);
  const named = s.analysis.terms.filter((t) => !answeredTerms.includes(t));
  if (named.length === 0) return decision.kind === 'clarify' && decision.reason === 'several-likely' ? answeredOnlyTitleNaming(decision, s) : decision;
  // Likely enough to offer, or the runner-up: 「アプリのログインに要るcのIDはどこですか」 drew the login guide at 0.99, the personal
  // ID's guide, whose title asks where that ID is found, at 0.01. The word is a thing only ours (個人ユーザID), not one any
  // title may hold (確認, パスワード: 「…利用規約はどこで確認できますか」 is not where the personal ID is found).
  const { own } = s.analysis;
  const where = s.scored.filter((c, i) => {
    const title = s.titles.get(c.id);
    return c.id !== lead && (c.p >= thresholds.option || i === 1) && !!title?.asksWhere && named.some((t) => own.includes(t) && title.terms.includes(t));
  });
  if (where.length !== 1) return decision;
  const [asked] = where;
  return answerWith(asked!, [lead], s.scored);
}

/**
 * A thing one does, named as what is asked where to do (「申請はどこで」「手続きってどこから」), as written in the titles it is
 * looked for in: kanji, or a katakana word in either kana (titles are read folded, katakana as hiragana).
 */
const DONE_WHERE = /(申請|申し込み|申込|手続き|手続|登録|更新|インストール|いんすとーる|ダウンロード|だうんろーど|再発行)(?:は|って|を|の)?\s*(?:どこ|何処)/;

/**
 * A question back between articles whose titles ask where a thing is found or confirmed and others, for a message that asks where
 * a thing it names is done (DONE_WHERE, ASKS_WHERE_DONE: 「申請はどこでするの」, asked back between the application's status, titled
 * 「…どこで確認できますか」, and the application guide): the one option whose title asks no where and names that thing answers it,
 * the others are its alternatives. So too when the question back is a likely answer held back by a rule half fired (「ほな申請って
 * どこからやるんでしたっけ」 fired the status article's rule on 申請 alone). Not a thing one only has or finds (「IDはどこでするの」
 * stays asked back).
 */
export function answeredWhereDone(decision: Decision, s: Scoring, text: string): Decision {
  if (decision.kind !== 'clarify' || (decision.reason !== 'several-likely' && decision.reason !== 'vague' && decision.reason !== 'rule-incomplete') || !ASKS_WHERE_DONE.test(text)) return decision;
  const named = DONE_WHERE.exec(text)?.[1];
  if (named === undefined) return decision;
  // Folded as the titles are: a katakana word typed (インストール) is found in a title's いんすとーる.
  const thing = normalize(named);
  const doing = decision.options.filter((id) => !s.titles.get(id)?.asksWhere && s.titles.get(id)?.text.includes(thing));
  const chosen = doing.length === 1 ? s.scored.find((c) => c.id === doing[0]) : undefined;
  return chosen === undefined ? decision : answerWith(chosen, decision.options.filter((id) => id !== chosen.id), s.scored);
}

/**
 * A question back between articles, for a message that asks where a thing is found and names, in words only ours, what one
 * option's title names while each other option's title names a thing of the same kind instead (「KJのIDはどこで確認できますか」:
 * the KJ ID guide's title names the office user ID, the personal ID's the personal user ID): that option answers it.
 */
function answeredOnlyTitleNaming(decision: Extract<Decision, { kind: 'clarify' }>, s: Scoring): Decision {
  const named = s.analysis.terms.filter((t) => s.analysis.own.includes(t));
  if (named.length === 0) return decision;
  const titleTerms = (id: string) => titleTermsOf(s, id);
  const naming = decision.options.filter((id) => named.every((t) => titleTerms(id).includes(t)));
  if (naming.length !== 1) return decision;
  const others = decision.options.filter((id) => id !== naming[0]);
  if (!others.every((id) => named.every((t) => !titleTerms(id).includes(t) && titleTerms(id).some((u) => sameKind(t, u))))) return decision;
  const chosen = s.scored.find((c) => c.id === naming[0]);
  if (chosen === undefined) return decision;
  return answerWith(chosen, others, s.scored);
}

/**
 * A message that quotes a screen's message with gaps where the clerk did not catch it (「「パスワードの…期限が…」みたいな
 * 赤い文字が出て」), when the pieces caught are, in order, of the screen message one article's title quotes and of no other:
 * that article answers it, whatever the rest drew (the KJ password's rule fired on KJ, パスワード and はじかれ).
 */
export function answeredOnQuoteWithGaps(decision: Decision, s: Scoring): Decision {
  const quotations = quotationsOf(s.analysis.question);
  if (quotations.length === 0) return decision;
  const quoting = [...s.titles].filter(([, t]) => t.quotes.length > 0 && quotations.some((q) => copiesWithGaps(q, t.quotes, normalize)));
  if (quoting.length !== 1) return decision;
  const [id] = quoting[0]!;
  if (decision.kind === 'answer' && decision.id === id) return decision;
  const candidate = s.scored.find((c) => c.id === id);
  const lead = leadOf(decision);
  const alternatives = lead !== undefined && lead !== id ? [lead] : [];
  if (candidate !== undefined) return answerWith(candidate, alternatives, s.scored);
  return { kind: 'answer', id, anchor: null, confidence: 0, reason: 'likely', alternatives };
}

/**
 * A likely answer whose title names one thing of a kind while another candidate's title names another of that kind, when
 * the message names none of the answer's things of that kind and names a word that the other's title names and the
 * answer's does not (「KJから始まるIDはどこで確認できるの」 drew the personal ID's guide, titled after the personal user ID:
 * KJ is the KJ ID guide's, titled after the office user ID), that other thing itself included (「KJのIDを見たことがありません。
 * どこで確認できますか？」 names the office user ID): the other candidate answers it.
 */
export function answeredOnContrast(decision: Decision, s: Scoring): Decision {
  if (decision.kind !== 'answer' || decision.reason !== 'likely') return decision;
  const titleTerms = (id: string) => titleTermsOf(s, id);
  const answered = titleTerms(decision.id);
  const { terms } = s.analysis;
  // Checked first, as they are cheap and most messages fail them: a word the answer's title lacks, a thing of it unnamed.
  const beyond = terms.filter((t) => !answered.includes(t));
  const unnamed = answered.filter((t) => !terms.includes(t));
  if (beyond.length === 0 || unnamed.length === 0) return decision;
  const contrasting = s.scored.filter((c) => {
    if (c.id === decision.id) return false;
    const other = titleTerms(c.id);
    return beyond.some((t) => other.includes(t)) && unnamed.some((t) => other.some((u) => sameKind(t, u)));
  });
  if (contrasting.length !== 1) return decision;
  const [chosen] = contrasting;
  return answerWith(chosen!, [decision.id], s.scored);
}

/**
 * Two lexicon terms for things of one kind: different words that end alike, each with a word of its own before the
 * shared end (事業所ゆーざid, 個人ゆーざid). Not a word and a longer one ending on it (事業所, 総合事業さーびす事業所).
 */
function sameKind(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k >= SAME_KIND_END && a.length > k && b.length > k;
}

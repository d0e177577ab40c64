/**
 * What articles hold of what a message names, for the continuation test (conversation.ts): a concept held by a title, a
 * topic or a text, the names an answer quotes, the title alone that names a concept.
 */
import type { Article } from '../content/types.ts';
import type { CorpusStats } from '../search/corpus-stats.ts';
import type { QueryAnalysis } from './analysis.ts';
import { rowsOf, topicHolderCount } from './holders.ts';
import { topicalConcepts } from './message-concepts.ts';
import { normalize } from '../text/normalize.ts';
import { quotationsOf } from './quotes.ts';
import { uniqueTokens } from '../text/tokenize.ts';
import { CONVERSATION } from './conversation-options.ts';
import { QUOTED, shortText, WOULD_DO } from './conversation-cues.ts';

export function holds(set: ReadonlySet<string> | undefined, tokens: readonly string[]): boolean {
  return !!set && tokens.filter((t) => set.has(t)).length >= CONVERSATION.holds * tokens.length;
}

/** The words of a title that tells where a thing is found or checked (「…はどこで確認できますか」). */
export const FINDS = ['どこ', '確認'];
/** Whether article `id`'s title tells where a thing is found or checked (FINDS, among its tokens). */
export const findsIn = (stats: CorpusStats, id: string) => FINDS.some((t) => stats.titles.get(id)?.has(t) === true);

/** Whom an answer's summary sends the clerk to ask (「…介護ソフトのベンダーにお問い合わせください」): the party before に or へ. */
const ASK_THEM = /([^\s、。「」]+?)(?:に|へ)(?:お)?(?:問い合わせ|問合せ|相談|確認)(?:ください|下さい)/;
/** The helpdesk, said as a party to ask: the hand-over articles', not another party's. */
const HELPDESK = /ヘルプデスク|へるぷですく|サポートサイト|問い合わせフォーム|コールセンター/;

/**
 * Whether article `article`'s summary sends the clerk to ask a party other than the helpdesk (the care software's vendor)
 * and the message (as typed) does not name the helpdesk: asked whom to ask after such an answer (「それ、どこに聞いたら
 * ええの」), the clerk asks of it, not for the helpdesk (「ヘルプデスクってどこに電話すれば？」 still does).
 */
export function sendsToOtherParty(article: Pick<Article, 'summary'>, question: string): boolean {
  const party = ASK_THEM.exec(article.summary)?.[1];
  return party !== undefined && !HELPDESK.test(party) && !HELPDESK.test(question);
}

/** Whether most topics hold a concept (CONVERSATION.genericShare): a word that tells no topic from another. */
export const isGeneric = (stats: CorpusStats, c: readonly string[]) => topicHolderCount(stats, rowsOf(stats, c)) >= CONVERSATION.genericShare * stats.ids.length;

/** Whether article `id`'s title, and no other title, names one of the concepts (「cから始まる」: the personal ID's). */
export function titleAloneNames(stats: CorpusStats, id: string, concepts: readonly (readonly string[])[]): boolean {
  return concepts.some((c) => holds(stats.titles.get(id), c) && stats.ids.filter((other) => holds(stats.titles.get(other), c)).length === 1);
}

/**
 * Of several articles, the one whose title shares the most words with the last answer's title, when one does: the other
 * one of a pair is asked the same thing (「ちゃうちゃう、KJのほう」 after 「cから始まる個人ユーザIDとパスワードはどこで確認できますか」
 * is the KJ ID guide's 確認, not the KJ password's ログインできません). Undefined on a tie.
 */
export function mostParallel(stats: CorpusStats, previousId: string, ids: readonly string[]): string | undefined {
  const asked = stats.titles.get(previousId);
  if (!asked || ids.length === 0) return undefined;
  const shared = ids.map((id) => [...(stats.titles.get(id) ?? [])].filter((t) => asked.has(t)).length);
  const top = Math.max(...shared);
  const best = ids.filter((_, i) => shared[i] === top);
  return best.length === 1 ? best[0] : undefined;
}

/** Each article's quoted names, as tokens, made once. */
const quotedNamesOf = new WeakMap<Article, ReadonlySet<string>>();

/**
 * The tokens of what an article's text quotes (「インターネットオプション」「コンテンツ」: the screens, tabs and buttons its
 * steps go through, written as the system shows them), not of the words it only uses (再発行, 手順).
 */
export function quotedNames(article: Article): ReadonlySet<string> {
  let names = quotedNamesOf.get(article);
  if (names === undefined) {
    const quoted = [...article.text.matchAll(QUOTED)].map((m) => normalize(m[1]!));
    quotedNamesOf.set(article, (names = new Set(quoted.flatMap((q) => uniqueTokens(q)))));
  }
  return names;
}

/** Each article's quotations (「…」), normalised, made once. */
const quotationsIn = new WeakMap<Article, readonly string[]>();

/** The last answer's quotations, normalised (made once per article). */
function quotationsOfLast(previous: Article): readonly string[] {
  let lastQuotes = quotationsIn.get(previous);
  if (lastQuotes === undefined) quotationsIn.set(previous, (lastQuotes = quotationsOf(previous.text).map((q) => normalize(q))));
  return lastQuotes;
}

/**
 * Whether the message quotes (「…」) a name of three characters or more that the last answer's text quotes as well, and no
 * other article's title names: the overview quotes its steps (「PC環境の確認」), each another article's subject.
 */
export function quotesWhatLastQuotes(analysis: QueryAnalysis, previous: Article, stats: CorpusStats): boolean {
  const quoted = quotationsOf(analysis.question).map((q) => normalize(q)).filter((q) => q.length >= 3);
  if (quoted.length === 0) return false;
  const lastQuotes = quotationsOfLast(previous);
  return quoted.some((q) => lastQuotes.includes(q) && !namedByOtherTitle(q, previous, stats));
}

/** Whether an article's title other than the last answer's holds every token of a name. */
function namedByOtherTitle(name: string, previous: Article, stats: CorpusStats): boolean {
  const tokens = uniqueTokens(name);
  return [...stats.titles].some(([id, title]) => id !== previous.id && holds(title, tokens));
}

/** Shortest quotation of the last answer found typed without its brackets: shorter names (利用申請) are everyday words. */
const LEAST_UNBRACKETED_QUOTE = 6;

/**
 * Whether the message names, brackets or not, a long name the last answer quotes that is that answer's own (a button:
 * 「介護保険の請求はこちら」, typed as 「介護保険の請求はこちらってボタンがない」): no other article's title names it, as the
 * personal ID's names the 「個人ユーザID」 the login guide quotes.
 */
export function namesQuoteOfLast(analysis: QueryAnalysis, previous: Article, stats: CorpusStats): boolean {
  const text = analysis.normalized.text.replace(/\s+/g, '');
  return quotationsOfLast(previous).some((q) => q.length >= LEAST_UNBRACKETED_QUOTE && text.includes(q.replace(/\s+/g, '')) && !namedByOtherTitle(q, previous, stats));
}

/** Fewest characters of words quoted back from the last answer's text (「エラーになる」); shorter ones are everyday words. */
const LEAST_WORDS_QUOTED = 4;

/**
 * Whether words a message quotes (`meaningAsked`) are written, as they are, in the last answer's text, and no other
 * article's title names them (「利用状況WEBサイトってどういう意味？」 is the application's, whatever answer told of the site).
 */
export function writtenInLast(words: string, previous: Article, stats: CorpusStats): boolean {
  const quoted = words.replace(/\s+/g, '');
  return quoted.length >= LEAST_WORDS_QUOTED && (stats.texts.get(previous.id) ?? '').replace(/\s+/g, '').includes(quoted) && !namedByOtherTitle(quoted, previous, stats);
}

/**
 * Whether a short message offers another system's thing in place of one the last answer's title names (「マイナンバー
 * カードの証明書じゃだめ？」 after the proxy certificate, titled after 電子証明書 and 代理人証明書).
 */
export function offersInstead(analysis: QueryAnalysis, previous: Article, stats: CorpusStats): boolean {
  const t = shortText(analysis);
  return t !== null && WOULD_DO.test(t) && topicalConcepts(analysis, stats).some((c) => holds(stats.titles.get(previous.id), c));
}

/**
 * A figure of two digits or more with a counter an answer gives it with (「14桁」「21,000円」), as the normalised text writes
 * it. Not a count (「2つ」「1台」): most answers have one, and a message that counts its offices puts its own case.
 */
const FIGURE = /\d[\d,]*\d(?:桁|円|文字)/g;

/** A count asked by its counter first (「桁数は14」「文字数って10」): the figure is the number with the counter after it. */
const COUNTED_FIRST = /(桁|文字)数(?:は|が|って|も)?(\d[\d,]*\d)/g;

/** Whether the message names figures (FIGURE, COUNTED_FIRST), each of which the last answer's text gives. */
export function namesFigureOfLast(analysis: QueryAnalysis, previous: Article, stats: CorpusStats): boolean {
  const { text: said } = analysis.normalized;
  const figures = [...(said.match(FIGURE) ?? []), ...Array.from(said.matchAll(COUNTED_FIRST), (m) => `${m[2]}${m[1]}`)];
  const text = stats.texts.get(previous.id) ?? '';
  return figures.length > 0 && figures.every((f) => text.includes(f));
}

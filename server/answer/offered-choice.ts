/**
 * A reply to a question back. When the bot asked 「どちらのことですか」 and offered two or three articles, clerks
 * often type their choice instead of pressing a button: 「KJのほう」「アプリにログインするときのcのやつ」「2つ目」.
 * Read alone, such a reply names too little (「KJのほう」 is any KJ article) or leans to a third article that
 * shares its words; read against what was offered, it is a choice. The widget sends the offered ids with the
 * next message (POST /api/ask `offered`), and this step picks one of them, or none when the message is a new
 * question after all.
 */
import type { Decision, Thresholds } from './decide.ts';
import type { Scoring } from './engine.ts';
import type { CorpusStats } from '../search/corpus-stats.ts';
import { HOLDER_FIELD } from '../search/corpus-stats.ts';
import { holdsConcept, rowsOf, type Rows } from './holders.ts';
import { topicalConcepts } from './message-concepts.ts';
import { FAILS, stepNumber } from './next-steps.ts';
import { asksUnstated } from './profile.ts';
import { afterOpeningDenial, asksOrRequests } from './question-part.ts';
import { CONTRASTS } from './conversation-cues.ts';
import { normalize } from '../text/normalize.ts';

/** Tunable numbers of the choice (documented here, their one place). */
export const OFFERED_CHOICE = {
  /**
   * How many times the runner-up's probability the chosen option's must be: a reply that leaves two
   * offered articles alike likely has not chosen (「パスワードのほう」 between two passwords).
   */
  lead: 3,
  /**
   * How likely the reply's own answer, outside the options and about a word no option holds, must be for the reply to
   * settle itself before an option is chosen by the words alone (`namedAlone`): 「あぷりのほう　どっからおとすのかわからん」
   * after a question back about installing is the download's at p 0.96, though only the multiple-PCs option's topic holds アプリ.
   */
  settled: 0.9,
};

/**
 * Reasons of an answer to the reply read within the options' topic that decide it: an intent rule, a class, or the step
 * after or before the one it then says is done (「いれました。次のステップは？」 after the certificate's two articles).
 */
const IN_TOPIC_DECIDES: ReadonlySet<string> = new Set(['rule', 'class', 'step-after', 'step-before']);

/** The first or the last option named in words (「上の」「下の」「前者」「後者」; not 「最初の」, which after a guide is its first step). */
const FIRST = /(一番上|いちばん上|上の|うえの|前者)/;
const LAST = /(一番下|いちばん下|下の|したの|後者)/;

/**
 * Reasons of a decision that stands whatever was offered: the message itself settles what it is. A step it names as
 * done, with the step after (or before) it asked for, settles it too when no option is that step (「ﾀﾞｳﾝﾛｰﾄﾞ終わった 次は？」
 * after a question back between the overview and two FAQs is the certificate's, not the overview's).
 */
const STANDS: ReadonlySet<string> = new Set(['secret-only', 'other-system', 'unstated', 'rule', 'rules-close', 'class', 'system-only', 'step-after', 'step-before']);

/** What an engine's chooser is built over (engine.ts). */
export interface ChooserSource {
  /** A message read and decided on its own (fresh-decision.ts). */
  readFresh: (text: string) => Decision;
  thresholds: Thresholds;
  stats: CorpusStats;
}

/**
 * The chooser of an engine: given a reply's scoring and fresh decision, the message as typed and the ids the question
 * back offered (unknown ids dropped), the article it chooses, or null (see chooseOffered).
 */
export function offeredChooser(source: ChooserSource): (s: Scoring, fresh: Decision, question: string, offered: readonly string[]) => string | null {
  return (s, fresh, question, offered) => {
    // What a question back between articles is about: the lexicon terms their titles name (Scoring.titles).
    const known = offered.filter((id) => s.titles.has(id));
    const readInTopic = () => {
      const topic = wordsInCommon(known.map((id) => s.titles.get(id)!.terms), s.analysis.terms);
      return topic.length === 0 ? null : source.readFresh(`${topic.join(' ')} ${question}`);
    };
    // A denial that goes on to name the one meant (「いや、証明書のほう」) chooses it: it takes back no question, only a guess.
    const rest = afterOpeningDenial(question);
    const denies = rest !== null && !CONTRASTS.test(normalize(rest).replace(/\s+/g, ''));
    return chooseOffered(s, fresh, known, { thresholds: source.thresholds, stats: source.stats, readInTopic, denies });
  };
}

/** What the choice reads besides the reply's own scoring. */
export interface ChoiceContext {
  thresholds: Thresholds;
  stats: CorpusStats;
  /**
   * The reply read within the question back's topic (`wordsInCommon` of the options' titles put before it), as a
   * message on its own; null when the options' titles share no word the reply lacks.
   */
  readInTopic: () => Decision | null;
  /** The reply opens on a denial (「あ、ちがった、」: question-part.ts afterOpeningDenial), taking back what was asked. */
  denies: boolean;
}

/**
 * The offered article a reply chooses, or null when it chooses none (it is answered as a message of its own). In
 * order: a message that is only smalltalk chooses nothing; the reply's own answer, when it is one of the options, or
 * the step after an option it says is done; none when its own answer is the helpdesk's contact; an option by its place (「2つ目」「上の」); none when the message is settled
 * on its own (an intent rule or a class decides another article, it names another system or a topic the sources do
 * not cover, or it takes back what was asked); the article an intent rule, a class or the onboarding order decides
 * once the reply is read within the options' shared topic, an option or not (「事業所ごとにいるのか知りたい」 after a
 * question back between two certificate articles fires the certificate-per-office rule on 電子証明書 and 事業所ごと);
 * else the option the reply makes likely (at least `thresholds.option`) and clearly more likely than the other
 * options (`OFFERED_CHOICE.lead`); else, unless the reply alone is surely answered by another article about a word no
 * option holds (`OFFERED_CHOICE.settled`), the one option whose topic alone, of the options', holds a word the reply
 * names (「KJのほう」 between the certificate's and the KJ ID's password, 「cのやつ」 between the two IDs), or else whose
 * title alone does — unless the reply asks for a figure that article does not state.
 */
export function chooseOffered(s: Scoring, fresh: Decision, offered: readonly string[], ctx: ChoiceContext): string | null {
  if (offered.length < 2 || s.analysis.secretOnly || s.smalltalk?.only) return null;
  if (fresh.kind === 'answer') {
    if (offered.includes(fresh.id)) return fresh.id;
    // A request for the helpdesk (「もうヘルプデスクに聞くわ。番号は？」) hands the clerk over; it chooses no topic, whatever word
    // it shares with one (番号, in the download's office number).
    if (s.contactArticles.has(fresh.id)) return null;
    // The step after (or before) an option the reply says is done (「パソコンは大丈夫そう。次は何を確認すれば」).
    const done = fresh.after ?? fresh.before;
    if (done !== undefined && offered.includes(done)) return fresh.id;
  }
  const text = s.analysis.normalized.text;
  const place = stepNumber(text) ?? (FIRST.test(text) ? 1 : LAST.test(text) ? offered.length : null);
  // A place in a reply that goes on to say what it means, and that is another article than any offered, by an intent rule,
  // a class, or surely by a term only that article's topic or title holds, chooses none (「前者です。KJのIDのパスワードを忘れ
  // ちゃって」 after a question back between the login and the expired password; 「2番目のやつです。証明書を発行するときの
  // パスワード」): the words outweigh the place.
  const saysOther = fresh.kind === 'answer' && !offered.includes(fresh.id) && (fresh.reason === 'rule' || fresh.reason === 'class' || surelyBeyond(s, fresh, offered, ctx.stats, [HOLDER_FIELD.topics, HOLDER_FIELD.titles]));
  if (place !== null && saysOther) return null;
  // Nor a place in a reply surely answered by another article about a word no option's title names: it asks beyond
  // what the clerk was shown (「1つめの個人ユーザIDというのが分かりません」 after a question back between the login and the
  // download: the first field on the screen, not the first option).
  if (place !== null && place <= offered.length && !settledBeyond(s, fresh, offered, ctx.stats, [HOLDER_FIELD.titles])) return offered[place - 1]!;
  // A reply that takes back what the clerk asked (「あ、ちがった、そもそもパスワード自体わからんの」) chooses none of what
  // that question offered.
  if (STANDS.has(fresh.reason) || ctx.denies) return null;
  const chosen = chooseByWords(s, fresh, offered, ctx);
  // Nor one that does not state the figure the reply asks for (「それ有効期限なんねん？」 of the certificate guide).
  return chosen !== null && asksUnstated(s.signals, chosen) ? null : chosen;
}

/** The choice read off the reply's words (see chooseOffered, from its shared topic on). */
function chooseByWords(s: Scoring, fresh: Decision, offered: readonly string[], ctx: ChoiceContext): string | null {
  const { thresholds, stats } = ctx;
  // A reply surely answered alone about a word no option holds asks beyond the options (below), before the options' topic
  // is put back to it: 「あ、それと、ライセンスって事業所ごとに要るんだっちゃ？」 after a question back between the certificate's
  // two articles is the licence's, not certificate-per-office's, which the certificate put back with 事業所ごと fires.
  // Beyond that article too: 「事業所ごとにいるのか知りたい」 there is certificate-per-office's, whose title holds 事業所ごと.
  const beyond = (also: readonly string[] = []) => settledBeyond(s, fresh, [...offered, ...also], stats, [HOLDER_FIELD.topics, HOLDER_FIELD.titles]);
  // Only where an intent rule, a class or the onboarding order decides it: all there once the topic is put back.
  const inTopic = ctx.readInTopic();
  if (inTopic?.kind === 'answer' && IN_TOPIC_DECIDES.has(inTopic.reason) && !beyond([inTopic.id])) return inTopic.id;
  let best: { id: string; p: number } | null = null;
  let second = 0;
  for (const id of offered) {
    const p = s.scored.find((c) => c.id === id)?.p ?? 0;
    if (best === null || p > best.p) {
      second = best?.p ?? 0;
      best = { id, p };
    } else if (p > second) second = p;
  }
  if (best !== null && best.p >= thresholds.option && best.p >= OFFERED_CHOICE.lead * second) return best.id;
  // A reply its own words answer elsewhere, surely and about what no option holds, asks beyond the options: it is a
  // message of its own, not an option chosen by a word alone.
  // Not one that only says when or where (「電子請求のIDでログインしようとしたとき」 after the expired password and the renewal).
  if (beyond()) return null;
  // Then by title: 「KJのほうです」 between the KJ ID, the personal ID and the certificate password, whose topics all
  // mention the KJ ID, is the one titled after it.
  return namedAlone(s, offered, stats, HOLDER_FIELD.topics) ?? namedAlone(s, offered, stats, HOLDER_FIELD.titles);
}

/**
 * Whether the reply is surely answered by an article outside the options (`OFFERED_CHOICE.settled`) and names a lexicon
 * term that article's field (one of `fields`: topics, title) holds and no option's does.
 */
function surelyBeyond(s: Scoring, fresh: Decision, offered: readonly string[], stats: CorpusStats, fields: readonly number[]): boolean {
  if (fresh.kind !== 'answer' || fresh.confidence < OFFERED_CHOICE.settled) return false;
  return fields.some((field) => asksBeyond(s, fresh.id, offered, stats, field));
}

/**
 * Whether the reply is surely beyond the options (`surelyBeyond`) and asks, or says the clerk does not know something, or
 * that something fails.
 */
function settledBeyond(s: Scoring, fresh: Decision, offered: readonly string[], stats: CorpusStats, fields: readonly number[]): boolean {
  const { question } = s.analysis;
  const asks = asksOrRequests(question) || SAYS_UNKNOWN.test(question) || SAYS_TROUBLE.test(question);
  return asks && surelyBeyond(s, fresh, offered, stats, fields);
}

/** That the clerk does not know or cannot find a thing (「…というのが分かりません」「見当たらない」): a question, unasked. */
const SAYS_UNKNOWN = /わから|分から|わかりません|分かりません|知らな|しらな|見当た[らり]|みあた[らり]|見つか[らり]|みつか[らり]/;
/** That something fails or shows an error (「今度は証明書のエラーが出る」): a trouble to be answered, unasked. */
const SAYS_TROUBLE = new RegExp(`${FAILS}|表示され|と出|って出|が出|がで[るまた]`);

/**
 * Whether the reply names a lexicon term the `field` (topics or title) of article `id` holds and no option's does (「どっからおとす」: the
 * download). A term, not any word: 「最初に入れる小文字のcのやつ」's 最初 is in the login guide's topic alone, and says nothing.
 */
function asksBeyond(s: Scoring, id: string, offered: readonly string[], stats: CorpusStats, field: number): boolean {
  const holds = (rows: Rows, article: string) => holdsConcept(stats, rows, stats.position.get(article), field);
  return s.analysis.concepts.some((c) => {
    if (!s.analysis.terms.includes(c.text)) return false;
    const rows = rowsOf(stats, c.tokens);
    return holds(rows, id) && !offered.some((option) => holds(rows, option));
  });
}

/** The one offered article whose `field` (topics or title), alone of the options', holds some word the reply names; else null. */
function namedAlone(s: Scoring, offered: readonly string[], stats: CorpusStats, field: number): string | null {
  const concepts = topicalConcepts(s.analysis, stats).map((tokens) => rowsOf(stats, tokens));
  let named: string | null = null;
  for (const rows of concepts) {
    const holders = offered.filter((id) => holdsConcept(stats, rows, stats.position.get(id), field));
    if (holders.length !== 1) continue;
    if (named !== null && named !== holders[0]) return null;
    named = holders[0]!;
  }
  return named;
}

/** The words every one of `lists` holds and `lacking` does not (the options' titles' lexicon terms, less the reply's). */
export function wordsInCommon(lists: readonly (readonly string[])[], lacking: readonly string[]): string[] {
  const [first = [], ...rest] = lists;
  return first.filter((w) => !lacking.includes(w) && rest.every((l) => l.includes(w)));
}

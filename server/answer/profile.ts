/**
 * What the engine knows about each article beyond the search index, built once per knowledge base from
 * the analysed labelled texts (title, summary, examples), and what a question says about each article in
 * those terms: the text classifier's probabilities (classifier.ts), and whether the question asks for a
 * kind of fact (a price) that the article does not state. features.ts turns them into numbers.
 */
import type { KnowledgeBase } from '../content/types.ts';
import type { CorpusStats } from '../search/corpus-stats.ts';
import type { QueryAnalysis } from './analysis.ts';
import { normalize } from '../text/normalize.ts';
import { containsTerm, ruleText } from './intents.ts';
import { classify, trainClassifier, type Classification, type TextClassifier } from './classifier.ts';
import type { FeatureKey } from './classifier-keys.ts';
import type { ClassifierOptions } from './classifier-options.ts';

/** A labelled text of an article (its title first, then its summary and examples), as its classifier keys (featureKeys). */
export interface LabelledKeys {
  id: string;
  keys: readonly FeatureKey[];
}

export interface ArticleProfiles {
  classifier: TextClassifier;
  /** Articles whose text states a price (「21,000円」). */
  prices: Set<string>;
  /** Articles whose text states a length of time (「数日から1週間程度」). */
  durations: Set<string>;
  /** Articles whose body states a web address (the support site's, the 32-bit support page's). */
  urls: Set<string>;
  /** Articles whose text states a number of items, sendings or people (「3件」「1回」): none, today. */
  counts: Set<string>;
  /** Articles whose body gives a date or where one is seen (「2025年6月1日」「期限がいつまでかは」), or that have a case for until when. */
  ends: Set<string>;
  /** Article id → its cases' word groups (normalised): the editors' words for one case of the article. */
  cases: Map<string, string[][][]>;
  /** Every case word, by its first UTF-16 code unit (one scan of a question finds them all, without making a string per character). */
  caseWords: Map<number, string[]>;
}

/** What one question says about the articles. */
export interface QuestionSignals {
  classification: Classification;
  /** The question asks how much something costs. */
  asksPrice: boolean;
  prices: ReadonlySet<string>;
  /** The question asks how long something takes or lasts, in units. */
  asksDuration: boolean;
  durations: ReadonlySet<string>;
  /** The question asks for a web address (「URLを教えて」「ホームページのアドレス」; not a mail address). */
  asksUrl: boolean;
  urls: ReadonlySet<string>;
  /** The question asks how many items or sendings (「何件まで」「件数の上限」), or their limit. */
  asksCount: boolean;
  counts: ReadonlySet<string>;
  /** The question asks until when something lasts or by when it must be done (「いつまで」「締め切り」「終了日」). */
  asksEnd: boolean;
  ends: ReadonlySet<string>;
  /** Whether the question has the words of one of the article's cases (content/README.md 3.1). */
  namesCase(id: string): boolean;
}

/** Words that ask for a length of time in units (normalised): 「何日」「何年」; not 「何年も前」「何日も」, which say many. */
const DURATION_QUESTION =
  /(?:何年|何か月|何ヶ月|何カ月|何ヵ月|何日|何週間|何時間|何分|なんにち|なんねん|なんぷん)(?!も)|(?:有効期限|有効期間|期限|有効)(?:って|は|が|も)?[0-9一二三四五六七八九十]+(?:年|か月|ヶ月|カ月|ヵ月|日)/;
const DURATION_STATED = /[0-9数][0-9 ]*(週間|日間|か月|ヶ月|カ月|年間|日程度|日から|分で|分ほど|時間)/;
/**
 * Words that ask for a price (normalised; katakana folded); not 年会費, 年額, 月額, which name the fee (「年会費って毎年更新されるの？」),
 * nor money said not to be spent (「お金をかけずに使い始められる」「費用がかからない」), which asks for no figure.
 */
const PRICE_QUESTION = /いくら|料金|(?:費用|お金|おかね)(?!を?かけず|を?かけない|が?かから)|有料|手数料|値段|金額|相場|価格|代金|こすと/;
/** Latin words must stand on their own (containsTerm checks where). */
const LATIN_WORD = /^[a-z0-9 ]+$/;
const PRICE_STATED = /[0-9][0-9 ]*円/;
/**
 * Words that name a web address outright (normalised; katakana folded): a URL, a home page. Not a home page said to be
 * what a thing is (「これってホームページなんですよね？」): that asks for no address.
 */
const URL_NAMED = /url|ゆーあーるえる|ほーむぺーじ(?!なん|です|でしょ|だよ|だよね|やんな|やろ)/;
/** Words that ask for a web address: those, or an address that is not a mail address. */
const URL_QUESTION = new RegExp(`${URL_NAMED.source}|(?<!めーる|めいる|mail|e-?mail)あどれす(?!帳)`);
const MAIL_ADDRESS = /(?:めーる|めいる|mail|e-?mail)あどれす|めあど/;
const URL_STATED = /https?:\/\//;
/**
 * Words that ask how many items or sendings, or their limit (normalised): 「1か月に何件まで送れますか」「送信件数の上限」. Not
 * 何台 (the PCs, which the multiple-PCs article answers with its 1台) nor 何回 (「何回も」 says often).
 */
const COUNT_QUESTION = /何件|なんけん|何通|なんつう|件数|上限/;
const COUNT_STATED = /[0-9][0-9 ]*(?:件|通|回|人)/;
/**
 * Words that ask until when a thing lasts or by when it must be done (normalised): 「キャンペーンっていつまで？」「請求は何日までに
 * 出せば」「終了日」「まだやってますか」. The sources give no campaign's end, no deadline and no validity's length (seed): only
 * an article that gives a date or where one is seen answers them; so does a bare 「期限は？」 put to the last answer. Not
 * 「まだやってない」, which says a step is not done.
 */
const END_QUESTION = /いつまで|何日まで|何月まで|なんにちまで|なんがつまで|締め?切|〆切|しめきり|終了日|終了時期|終わりはいつ|終わりっていつ|いつ終わ|いつおわ|おわりはいつ|期限はいつ|期限っていつ|期間はいつ|期間っていつ|期間を教|期間おしえ|期間教え|対象期間|まだやって(?:います|いる|る|ます)|^(?:有効)?(?:期限|期間)(?:は|って)\s*$/;
/** An article's text that gives a date (「2025年6月1日以降に」; normalised). */
export const GIVES_DATE = /\d{4}年\d{1,2}月/;
/** A date, or where one is seen, in an article's body as written (normalised). */
const END_STATED = new RegExp(`${GIVES_DATE.source}|いつまでか`);

/**
 * Builds the profiles of a knowledge base's articles (the classifier is trained here) from each labelled
 * text's classifier keys, taken when it was analysed (the analyses themselves need not stay alive).
 */
export function buildProfiles(kb: Pick<KnowledgeBase, 'articles'>, labelled: readonly LabelledKeys[], stats: CorpusStats, options: Partial<ClassifierOptions> = {}): ArticleProfiles {
  const classifier = trainClassifier(labelled, options);
  const prices = new Set(kb.articles.filter((a) => PRICE_STATED.test(stats.texts.get(a.id) ?? '')).map((a) => a.id));
  const cases = new Map(kb.articles.map((a) => [a.id, a.cases.map((c) => c.when.map((g) => g.map((t) => normalize(t)).filter(Boolean)))] as const));
  const durations = new Set(kb.articles.filter((a) => DURATION_STATED.test(stats.texts.get(a.id) ?? '')).map((a) => a.id));
  // The body as written: the index's texts are normalised, with no address left whole.
  const urls = new Set(kb.articles.filter((a) => URL_STATED.test(a.text)).map((a) => a.id));
  const counts = new Set(kb.articles.filter((a) => COUNT_STATED.test(stats.texts.get(a.id) ?? '')).map((a) => a.id));
  // The body only: an example asking 「いつまで」 gives no date. Or a case the editors wrote for until when (the free pass's
  // period, whose section says where the campaign's end is asked): its section answers the question.
  const ends = new Set(kb.articles.filter((a) => END_STATED.test(normalize(a.text)) || cases.get(a.id)!.some((groups) => groups.some((g) => g.some((word) => END_QUESTION.test(word))))).map((a) => a.id));
  const caseWords = new Map<number, string[]>();
  for (const word of new Set([...cases.values()].flat(3))) caseWords.set(word.charCodeAt(0), [...(caseWords.get(word.charCodeAt(0)) ?? []), word]);
  return { classifier, prices, durations, urls, counts, ends, cases, caseWords };
}

/**
 * Whether a message asks for a web address: 「URLを教えて」「ホームページのアドレス」, but not 「このアドレスって何に使われるの？」
 * after 「メールアドレスを聞かれました」, where the address is the mail address.
 */
function asksUrl(text: string): boolean {
  return URL_QUESTION.test(text) && (URL_NAMED.test(text) || !MAIL_ADDRESS.test(text));
}

/** The words of `byFirst` that occur in `text`, as containsTerm (intents.ts) finds them. */
function wordsIn(byFirst: ReadonlyMap<number, readonly string[]>, text: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const words = byFirst.get(text.charCodeAt(i));
    if (words === undefined) continue;
    for (const word of words) {
      if (!found.has(word) && text.startsWith(word, i) && (!LATIN_WORD.test(word) || containsTerm(text, word))) found.add(word);
    }
  }
  return found;
}

/** Reads one question against the profiles; `text` is its rule text (`ruleText`), when the caller has it already. */
export function readSignals(profiles: ArticleProfiles, analysis: QueryAnalysis, text: string = ruleText(analysis)): QuestionSignals {
  const present = wordsIn(profiles.caseWords, text);
  const { evened } = analysis;
  return new Signals(classify(profiles.classifier, analysis), PRICE_QUESTION.test(evened), profiles.prices, DURATION_QUESTION.test(evened), profiles.durations, asksUrl(evened), profiles.urls, COUNT_QUESTION.test(evened), profiles.counts, END_QUESTION.test(evened), profiles.ends, profiles.cases, present);
}

/** A question's signals as a class: `namesCase` lives once on the prototype, not as a closure made per question. */
class Signals implements QuestionSignals {
  constructor(
    readonly classification: Classification,
    readonly asksPrice: boolean,
    readonly prices: ReadonlySet<string>,
    readonly asksDuration: boolean,
    readonly durations: ReadonlySet<string>,
    readonly asksUrl: boolean,
    readonly urls: ReadonlySet<string>,
    readonly asksCount: boolean,
    readonly counts: ReadonlySet<string>,
    readonly asksEnd: boolean,
    readonly ends: ReadonlySet<string>,
    private readonly cases: ArticleProfiles['cases'],
    private readonly present: ReadonlySet<string>,
  ) {}

  namesCase(id: string): boolean {
    const cases = this.cases.get(id);
    if (cases === undefined) return false;
    // Plain loops (this runs per candidate): some case whose every group has some word present.
    for (const groups of cases) {
      let all = true;
      for (const g of groups) {
        let some = false;
        for (const t of g) {
          if (this.present.has(t)) {
            some = true;
            break;
          }
        }
        if (!some) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }
}

/**
 * Whether the question asks for a figure the article does not state: a price (「いくら」) of an article with
 * no amount in yen, a web address, a count or a date of one with none (asksFigureNotStated), or a length of time
 * (「何日」) of one with no number of days, weeks or months.
 */
export function asksUnstated(signals: Pick<QuestionSignals, 'asksPrice' | 'prices' | 'asksUrl' | 'urls' | 'asksCount' | 'counts' | 'asksEnd' | 'ends' | 'asksDuration' | 'durations'>, id: string): boolean {
  return asksFigureNotStated(signals, id) || (signals.asksDuration && !signals.durations.has(id));
}

/**
 * Whether the question asks a price (「いくら」) of an article with no amount in yen, a web address (「URLを教えて」)
 * of one that gives none, a number of items or sendings (「何件まで送信できますか」) of one that states none, or until
 * when (「フリーパスキャンペーンっていつまで？」) of one that gives no date: the sources' silence, which the answer would not break.
 */
export function asksFigureNotStated(signals: Pick<QuestionSignals, 'asksPrice' | 'prices' | 'asksUrl' | 'urls' | 'asksCount' | 'counts' | 'asksEnd' | 'ends'>, id: string): boolean {
  return (
    (signals.asksPrice && !signals.prices.has(id)) ||
    (signals.asksUrl && !signals.urls.has(id)) ||
    (signals.asksCount && !signals.counts.has(id)) ||
    (signals.asksEnd && !signals.ends.has(id))
  );
}

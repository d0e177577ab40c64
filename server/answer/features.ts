/**
 * Step 3 of the engine: the features of each candidate, the numbers the model weighs. Each says one thing
 * a person would look at; the names are the trace's and the parameters file's. Question-level features
 * (the same for every candidate) shift all probabilities: a question of unknown words, or about another
 * system, makes every article less likely.
 */
import type { CorpusStats, HolderField } from '../search/corpus-stats.ts';
import { holdsAt, idfOfCount, type TokenFacts } from '../search/corpus-stats.ts';
import { uniqueTokens } from '../text/tokenize.ts';
import { foldKana } from '../text/normalize.ts';
import type { QueryAnalysis } from './analysis.ts';
import type { Candidate } from './candidates.ts';
import type { QuestionSignals } from './profile.ts';

/** The features, in the order of the model's weights. Changing them makes the parameters stale (retrain). */
export const FEATURES = [
  'ruleFires', 'ruleIncomplete', 'ruleVetoed',
  'searchRelative', 'searchLead', 'searchTop', 'textRelative', 'examplesRelative', 'keyPenalty', 'agree',
  'coverage', 'topicCoverage', 'titleConcepts', 'holdsAll', 'distinct',
  'voteShare', 'voteNearest', 'voteLead', 'voteTop', 'voteStrength', 'searchStrength', 'coverageLead',
  'classHit', 'textClassLog', 'textClassLead', 'textClassTop', 'agreeAll', 'priceMissing', 'durationMissing', 'caseHit',
  'unknownShare', 'unknownWords', 'information', 'holders', 'otherSystem', 'ownWord',
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** Least probability of the text classifier taken into account (its log is a feature). */
const CLASS_FLOOR = 1e-4;
/** Share of a concept's tokens an article must hold to name it (「事業所ユーザID」 in a title). */
const HOLDS = 0.6;
/** Articles holding a question's concepts beyond which it is as ambiguous as it gets. */
const MAX_HOLDERS = 5;
/**
 * A question is vague when it names at most `maxConcepts` concepts that `minHolders` articles' topics all
 * hold, or one concept that `minHoldersOfOne` articles' topics hold (「エラーが出ます」: which error?).
 */
export const VAGUE = { maxConcepts: 2, minHolders: 3, minHoldersOfOne: 2 };

/** What the question-level features are computed from, once per question. */
export interface QuestionMeasures {
  /** Content tokens (not particle-like) with their IDF; all tokens when the question has no content token. */
  content: { term: string; weight: number }[];
  mass: number;
  unknownShare: number;
  information: number;
  /** The question's concepts that the corpus knows, each as its tokens. */
  known: string[][];
  /** The holders of each known concept's tokens (`known`, looked up once for the features too). */
  knownRows: Rows[];
  /** The holders of each content term (`content`, likewise). */
  contentRows: Rows;
  /**
   * How many articles' topics hold every known concept (all when none is known), as a share of
   * MAX_HOLDERS, capped at 1: how ambiguous the question is. A count, not a share of the articles, so it
   * means the same in a knowledge base of any size.
   */
  holders: number;
  /** Content words of which the corpus knows no part (「今日」「クレジットカード」「相場」), at most 2. */
  unknownWords: number;
  /**
   * The question names few concepts and every one of them is the topic of several articles (「ログイン
   * できません」「証明書」「パスワードを忘れました」): it does not say which article it is about. Not when it also
   * names a word no article knows (「Gmailのパスワードを忘れた」): then it is about something else.
   */
  vague: boolean;
  /** Every content word of the question is unknown (「ラーメン」): nothing in it is ours, whatever the letters share. */
  unknownOnly: boolean;
}

const HALF_WIDTH_KANA = /[\uff66-\uff9f]/;

/**
 * Measures a question against the corpus once. `ids` are its tokens' numbers in the search corpus
 * (search.numbers) and `facts` what the statistics say of each number (tokenFacts): the content terms'
 * df and holders are read by number.
 */
export function measureQuestion(analysis: QueryAnalysis, stats: CorpusStats, ids: Int32Array, facts: TokenFacts): QuestionMeasures {
  const { tokens } = analysis;
  let strong = 0;
  for (const t of tokens) if (!t.weak) strong += 1;
  // Content: the strong tokens, or every token when none is strong (each with its df and holders' row).
  const content: QuestionMeasures['content'] = [];
  const contentRows: (number | undefined)[] = [];
  let mass = 0;
  let unknown = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (strong > 0 && tokens[i]!.weak) continue;
    const { term } = tokens[i]!;
    const n = ids[i]!;
    // A token the numbering lacks (none the statistics hold, as the corpus numbers them all) is looked up by name.
    const df = n >= 0 ? facts.df[n]! : (stats.df.get(term) ?? 0);
    const row = n >= 0 ? facts.rows[n]! : (stats.holders.get(term) ?? -1);
    const weight = idfOfCount(stats, df);
    content.push({ term, weight });
    contentRows.push(row >= 0 ? row : undefined);
    // Sums in the order of the terms, as before.
    mass += weight;
    if (df === 0) unknown += weight;
  }
  const logN = Math.log(Math.max(2, stats.articles));
  let information = 0;
  for (const c of analysis.concepts) {
    let rarest = 0;
    for (const t of c.tokens) {
      if (t.length <= 1) continue;
      const df = stats.topicDf.get(t) ?? stats.df.get(t);
      rarest = Math.max(rarest, df ? Math.log(stats.articles / df) : 0);
    }
    information += rarest / logN;
  }
  const known = analysis.concepts.map((c) => c.tokens).filter((ts) => ts.some((t) => stats.df.has(t)));
  const knownRows = rowsOf(stats, known);
  let holding = stats.articles;
  if (known.length > 0) {
    holding = 0;
    for (let p = 0; p < stats.ids.length; p++) if (holdsEvery(stats, knownRows, p, 'topics')) holding += 1;
  }
  // Question words name nothing (「何日」 asks for a number of 日); hiragana runs are mostly grammar.
  // Grammar is kana too in a message typed in hiragana only or in half-width katakana (「ｴﾗｰ ﾃﾞﾏｽ」).
  const kanaGrammar = analysis.onlyHiragana || HALF_WIDTH_KANA.test(analysis.question);
  const unknownWords = analysis.concepts.filter((c) => {
    const text = c.text.replace(/[何幾]/g, '');
    if (text.length === 0 || c.text.length < 2) return false;
    if (/^[\u3041-\u3096ー]+$/.test(text)) return !kanaGrammar && isForeignKatakana(text, analysis, stats);
    return (text.length === 1 ? [text] : text === c.text ? c.tokens : uniqueTokens(text)).every((t) => !stats.df.has(t));
  }).length;
  return {
    content, mass, unknownShare: mass === 0 ? 1 : unknown / mass, information: Math.min(2, information), known, knownRows,
    contentRows,
    holders: Math.min(MAX_HOLDERS, holding) / MAX_HOLDERS, unknownWords: Math.min(2, unknownWords),
    unknownOnly: analysis.concepts.length > 0 && unknownWords === analysis.concepts.length,
    vague: known.length > 0 && unknownWords === 0 && (known.length <= VAGUE.maxConcepts && holding >= VAGUE.minHolders || (known.length === 1 && holding >= VAGUE.minHoldersOfOne)),
  };
}

/**
 * A katakana word (its concept is kana in a question not typed in hiragana only) that no article contains
 * and no vocabulary word lies in: a loanword from elsewhere (「ラーメン」), unknown even though its kana
 * pairs occur in our words (ラー in エラー). Short ones (2 kana) are left alone: too many are fragments.
 */
function isForeignKatakana(folded: string, analysis: QueryAnalysis, stats: CorpusStats): boolean {
  if (folded.length < 3) return false;
  if (analysis.words.some((w) => folded.includes(foldKana(w.typed)))) return false;
  // One search of every article's text at once (the word has no line break to span two of them).
  return !stats.allTexts.includes(folded);
}

/** Each token's holders (bit sets over the articles, see CorpusStats), looked up once per question for all articles. */
export type Rows = readonly (number | undefined)[];

function rowsOf(stats: CorpusStats, concepts: readonly string[][]): Rows[] {
  return concepts.map((ts) => ts.map((t) => stats.holders.get(t)));
}

/** Whether the article at position `p` holds, in `field`, most of each concept's tokens (given as their rows). */
function holdsEvery(stats: CorpusStats, concepts: readonly Rows[], p: number | undefined, field: HolderField): boolean {
  return p !== undefined && concepts.every((rows) => holdsConcept(stats, rows, p, field));
}

function holdsConcept(stats: CorpusStats, rows: Rows, p: number | undefined, field: HolderField): boolean {
  if (p === undefined) return false;
  let held = 0;
  for (const r of rows) if (holdsAt(stats, r, field, p)) held += 1;
  return held >= HOLDS * rows.length;
}

/** Math.max(0, ...values without the i-th), without copying them. */
function maxBut(values: readonly number[], i: number): number {
  let max = 0;
  for (let j = 0; j < values.length; j++) {
    if (j === i) continue;
    if (Number.isNaN(values[j])) return NaN;
    if (values[j]! > max) max = values[j]!;
  }
  return max;
}

/** Share of the content's weight that the article at position `p` holds in `field` (`rows`: the content's). */
function share(stats: CorpusStats, m: QuestionMeasures, rows: Rows, p: number | undefined, field: HolderField): number {
  if (p === undefined || m.mass === 0) return 0;
  let found = 0;
  for (let n = 0; n < m.content.length; n++) if (holdsAt(stats, rows[n], field, p)) found += m.content[n]!.weight;
  return found / m.mass;
}

/** The feature vector of every candidate, in FEATURES order. */
export function featuresOf(candidates: readonly Candidate[], analysis: QueryAnalysis, m: QuestionMeasures, stats: CorpusStats, signals: QuestionSignals): number[][] {
  const cls = signals.classification;
  const scores = candidates.map((c) => c.search?.score ?? 0);
  const top = Math.max(1e-9, ...scores);
  const shares = candidates.map((c) => c.vote?.share ?? 0);
  const topText = Math.max(1e-9, ...candidates.map((c) => c.search?.parts.content ?? 0));
  const topExamples = Math.max(1e-9, ...candidates.map((c) => c.search?.parts.examples ?? 0));
  const queryMass = Math.max(1e-9, m.mass);
  const voteFirst = candidates.reduce((b, c, j) => (shares[j]! > shares[b]! ? j : b), 0);
  // Each content term and concept token is looked up once; each candidate is a bit in what comes back.
  const { contentRows, knownRows } = m;
  const positions = candidates.map((c) => stats.position.get(c.id));
  const coverages = positions.map((p) => share(stats, m, contentRows, p, 'tokens'));
  const inTopic = positions.map((p) => m.content.map((_, n) => p !== undefined && holdsAt(stats, contentRows[n], 'topics', p)));
  const { known } = m;
  // The text classifier's log-probability of each candidate, and of the best article other than it.
  const logP = candidates.map((c) => Math.log(Math.max(CLASS_FLOOR, cls.of(c.id))));
  const clsBest = Math.log(Math.max(CLASS_FLOOR, cls.best));
  const clsSecond = Math.log(Math.max(CLASS_FLOOR, cls.second));
  return candidates.map((c, i) => {
    const otherScore = maxBut(scores, i);
    const otherShare = maxBut(shares, i);
    const p = positions[i];
    let named = 0;
    for (const k of knownRows) if (holdsConcept(stats, k, p, 'titles')) named += 1;
    // The best rival by search: what the question says that this article's topic holds and the rival's does not.
    let rival = -1;
    for (let j = 0; j < candidates.length; j++) if (j !== i && (rival < 0 || scores[j]! > scores[rival]!)) rival = j;
    let apart = 0;
    let topical = 0;
    for (let n = 0; n < m.content.length; n++) {
      if (!inTopic[i]![n]) continue;
      const weight = m.content[n]!.weight;
      topical += weight;
      if (rival < 0 || !inTopic[rival]![n]) apart += weight;
    }
    const rule = c.rule;
    // Built straight in FEATURES order (no object keyed by name, then read back by name: that cost a keyed
    // lookup per feature per candidate). The labels must follow FEATURES; test/answer/features-order.test.ts checks them.
    return [
      /* ruleFires */ rule?.fires ? 1 : 0,
      /* ruleIncomplete */ rule && !rule.fires ? 1 : 0,
      /* ruleVetoed */ rule?.vetoedBy ? 1 : 0,
      /* searchRelative */ Math.max(0, scores[i]!) / top,
      /* searchLead */ Math.max(-1, Math.min(1, (scores[i]! - otherScore) / Math.max(Math.abs(scores[i]!), otherScore, 1e-9))),
      /* searchTop */ c.rank === 0 ? 1 : 0,
      /* textRelative */ (c.search?.parts.content ?? 0) / topText,
      /* examplesRelative */ (c.search?.parts.examples ?? 0) / topExamples,
      /* keyPenalty */ Math.min(3, (c.search?.parts.penalty ?? 0) / queryMass),
      /* agree */ c.rank === 0 && voteFirst === i && shares[i]! > 0 ? 1 : 0,
      /* coverage */ coverages[i]!,
      /* topicCoverage */ p === undefined || m.mass === 0 ? 0 : topical / m.mass,
      /* titleConcepts */ known.length === 0 ? 0 : named / known.length,
      /* holdsAll */ known.length > 0 && holdsEvery(stats, knownRows, p, 'topics') ? 1 : 0,
      /* distinct */ m.mass === 0 ? 0 : apart / m.mass,
      /* voteShare */ shares[i]!,
      /* voteNearest */ c.vote?.nearest ?? 0,
      /* voteLead */ shares[i]! - otherShare,
      /* voteTop */ voteFirst === i && shares[i]! > 0 ? 1 : 0,
      /* voteStrength */ shares[i]! * (c.vote?.nearest ?? 0),
      /* searchStrength */ Math.log(1 + Math.max(0, scores[i]!) / queryMass),
      /* coverageLead */ coverages[i]! - maxBut(coverages, i),
      /* classHit */ c.classHit ? 1 : 0,
      /* textClassLog */ logP[i]!,
      /* textClassLead */ logP[i]! - (logP[i]! >= clsBest ? clsSecond : clsBest),
      /* textClassTop */ logP[i]! >= clsBest ? 1 : 0,
      /* agreeAll */ c.rank === 0 && voteFirst === i && shares[i]! > 0 && logP[i]! >= clsBest ? 1 : 0,
      /* priceMissing */ signals.asksPrice && !signals.prices.has(c.id) ? 1 : 0,
      /* durationMissing */ signals.asksDuration && !signals.durations.has(c.id) ? 1 : 0,
      /* caseHit */ signals.namesCase(c.id) ? 1 : 0,
      /* unknownShare */ m.unknownShare,
      /* unknownWords */ m.unknownWords,
      /* information */ m.information,
      /* holders */ m.holders,
      /* otherSystem */ analysis.others.length > 0 ? 1 : 0,
      /* ownWord */ analysis.own.length > 0 ? 1 : 0,
    ];
  });
}

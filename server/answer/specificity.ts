/**
 * How much a question says, and how much of it an article explains, measured against the knowledge base
 * itself. Only the question's content words count: runs of kanji, katakana and Latin letters (hiragana
 * between them is grammar: particles, endings), plus the official terms the lexicon adds. A question typed
 * in hiragana only keeps all of it. Each token weighs its rarity across articles (IDF), and a token no
 * article contains weighs most: it is something the question asks that the knowledge base does not know
 * (「天気」「Gmail」「認定」).
 *
 * Why not only the search hit's `coverage`: that one counts every bigram, including those that straddle
 * a particle (「ドを」「もヘ」), which no article holds, so natural sentences look uncovered. Measured on
 * the labelled questions, content-word coverage separates right answers from out-of-scope questions better.
 */
import type { LexiconEntry } from '../content/types.ts';
import { normalize, normalizeWithMap } from '../text/normalize.ts';
import { uniqueTokens } from '../text/tokenize.ts';
import { matchLexicon, rewriteWithLexicon } from '../text/lexicon.ts';
import { group, holds, runs, type Concept, type Mention } from './concepts.ts';
import { weight, type TermStats, type WeightedToken } from './term-stats.ts';

export { articleHas, buildTermStats, weight, type TermStats, type WeightedToken } from './term-stats.ts';
export { cover, distinct, pointsTo } from './explain.ts';

/** Weight share of hiragana pairs: mostly grammar (「ってなに」「しました」), sometimes a word (「てんき」). */
const GRAMMAR = 0.25;

/**
 * The topic rarity of the question's concepts TOGETHER, log(N/df) over the articles whose topic holds every
 * known concept: 「ライセンス」 and 「更新」 are each shared by several topics, but 「ライセンスの更新」
 * names one. Concepts no topic holds (unknown words) do not narrow anything and are left out; 0 when fewer
 * than two concepts are known or no topic holds them all.
 */
function jointRarity(stats: TermStats, groups: readonly Mention[][]): number {
  // A lone kanji (「出」「使」「入」) is mostly a verb stem: it narrows by accident, not by meaning.
  const known = groups
    .map((g) => g.map((m) => m.tokens.filter((t) => t.length > 1 && stats.topicDf.has(t))).filter((ts) => ts.length > 0))
    .filter((g) => g.length > 0);
  if (known.length < 2) return 0;
  // A topic holds a concept when it holds most of one way of saying it (the typed word or its official term).
  let holders = 0;
  for (const topic of stats.topics.values()) if (known.every((g) => holds(topic, g))) holders += 1;
  return holders === 0 ? 0 : Math.log(stats.articles / holders);
}

const termsOnly = new WeakMap<readonly LexiconEntry[], LexiconEntry[]>();

/**
 * The question, normalised but not folded, with every lexicon term typed in another kana script written as
 * the term is (「あぷりのだうんろーど方法」→「アプリのダウンロード方法」): a term is a content word however
 * it was typed, not hiragana grammar. Variants are left as typed (they count through the lexicon matches),
 * so offsets are those of the normalised text.
 */
function scriptTerms(text: string, lexicon: readonly LexiconEntry[]): string {
  let terms = termsOnly.get(lexicon);
  if (!terms) termsOnly.set(lexicon, (terms = lexicon.map((e) => ({ term: e.term, variants: [] }))));
  return rewriteWithLexicon(text, terms);
}

/** A question read against the statistics. */
export interface QuestionTerms {
  tokens: WeightedToken[];
  /**
   * How much the question says: per concept (a kanji/katakana/Latin run, or a lexicon term), the rarity
   * log(N/df) of its rarest known token, summed, divided by log(N) (the rarest a word can be), so that 1
   * means "one word found in a single article". Words many articles share (「ログイン」「証明書」「ID」) add
   * little; 「代理人証明書」 or 「フリーパス」 add a lot.
   */
  information: number;
  /**
   * The most specific concept of the question: the topic rarity of its rarest concept, over log(N).
   * Low when every word the question uses is shared by the topics of several articles
   * (「パスワードを忘れました」「ログインできません」「証明書について」): then it does not say which one.
   */
  peak: number;
  /** How many concepts (content-word runs and lexicon terms) the question names. */
  concepts: number;
  /** Share of the content tokens that no article contains. */
  unknownShare: number;
  /** Content words (kanji/katakana/Latin runs) of which no article holds any part: 「Gmail」「認定」「天気」. */
  unknownConcepts: string[];
  /** The concepts themselves, each with every way it was said (see concepts.ts). */
  named: Concept[];
}

/**
 * Reads the question's content tokens with their weights (see the module comment). `text` is the
 * question without secrets. In a question with any kanji, katakana or Latin, hiragana runs are grammar
 * and weigh a quarter; a question typed in hiragana only keeps its known pairs in full.
 */
export function readQuestion(stats: TermStats, text: string, lexicon: readonly LexiconEntry[], normalized = normalize(text)): QuestionTerms {
  const onlyHiragana = runs(normalizeWithMap(text, { fold: false }).text).every((r) => r.hiragana);
  const parts = runs(scriptTerms(text, lexicon));
  const out = new Map<string, number>();
  const add = (token: string, w: number) => out.set(token, Math.max(out.get(token) ?? 0, w));
  // A word's topic rarity; a word only body text holds is a detail, as rare as its body frequency says.
  const rarity = (t: string) => {
    const df = stats.topicDf.get(t) ?? stats.df.get(t);
    return df ? Math.log(stats.articles / df) : 0;
  };
  let information = 0;
  let peak = 0;
  let concepts = 0;
  let content = 0;
  let unknown = 0;
  const unknownConcepts: string[] = [];
  const concept = (tokens: string[]) => {
    const r = Math.max(0, ...tokens.map(rarity));
    information += r;
    peak = Math.max(peak, r);
    if (tokens.length > 0) concepts += 1;
  };
  const count = (tokens: string[]) => {
    for (const t of tokens) {
      add(t, weight(stats, t));
      content += 1;
      if (!stats.df.has(t)) unknown += 1;
    }
  };
  const mentions: Mention[] = [];
  for (const run of parts) {
    const tokens = uniqueTokens(run.text);
    const span = { start: run.start, end: run.start + run.text.length };
    if (!run.hiragana) {
      count(tokens);
      mentions.push({ ...span, tokens });
      if (tokens.length > 0 && tokens.every((t) => !stats.df.has(t))) unknownConcepts.push(run.text);
    } else if (onlyHiragana) {
      const known = tokens.filter((t) => stats.df.has(t));
      count(known);
      mentions.push({ ...span, tokens: known, kana: true });
    }
    for (const t of tokens) if (run.hiragana) add(t, (onlyHiragana && stats.df.has(t) ? 1 : GRAMMAR) * weight(stats, t));
  }
  for (const m of matchLexicon(normalized, lexicon)) {
    let tokens = stats.termTokens.get(m.term);
    if (!tokens) stats.termTokens.set(m.term, (tokens = uniqueTokens(m.term)));
    count(tokens);
    mentions.push({ start: m.index, end: m.index + m.variant.length, tokens });
  }
  const groups = group(mentions);
  for (const g of groups) concept(Array.from(new Set(g.flatMap((m) => m.tokens))));
  const named: Concept[] = groups
    .map((g) => ({
      text: normalized.slice(Math.min(...g.map((m) => m.start)), Math.max(...g.map((m) => m.end))),
      ways: g.map((m) => m.tokens).filter((ts) => ts.length > 0),
      words: g.filter((m) => !m.kana && m.tokens.length > 0).map((m) => m.tokens),
    }))
    .filter((c) => c.ways.length > 0);
  peak = Math.max(peak, jointRarity(stats, groups));
  return {
    tokens: Array.from(out, ([token, w]) => ({ token, weight: w })),
    information: information / Math.log(Math.max(2, stats.articles)),
    peak: peak / Math.log(Math.max(2, stats.articles)),
    concepts,
    unknownShare: content === 0 ? 0 : unknown / content,
    unknownConcepts,
    named,
  };
}

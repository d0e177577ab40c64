/**
 * The question-level measures of the engine (step 3, before the features of each candidate): how much of
 * the question the corpus knows, how rare its words are, how many articles' topics hold its concepts, and
 * whether it holds anything of ours. Computed once per question; features.ts and vagueness.ts read them
 * (whether a question is vague is the vagueness model's call, from these measures).
 */
import type { CorpusStats } from '../search/corpus-stats.ts';
import { HOLDER_FIELD, idfOfCount, type TokenFacts } from '../search/corpus-stats.ts';
import { uniqueTokens } from '../text/tokenize.ts';
import { foldKana } from '../text/normalize.ts';
import type { QueryAnalysis } from './analysis.ts';
import { holdsEvery, topicHolderCount, type Rows } from './holders.ts';
import { HALF_WIDTH_KANA } from './half-width-kana.ts';

/** Articles holding a question's concepts beyond which it is as ambiguous as it gets. */
const MAX_HOLDERS = 5;
/**
 * A message typed in kana only in which the vocabulary finds no word at all (no term, reading or slip of
 * one) and which has a run of kana at least this long holds nothing of ours (「あいうえおかきくけこ」): its
 * kana pairs match our texts' grammar, not their words.
 */
const MIN_WORDLESS_KANA = 5;

/**
 * Least share of a message's content weight that the corpus does not know for a message that says nothing to
 * tell the articles apart (information 0) to hold nothing of ours (「お昼ごはん何にしようかな」: 昼ご is unknown, and only
 * 何に, a question word's pair, is known). 「使えますか？」, all known, is still asked back.
 */
const MOSTLY_UNKNOWN = 0.5;

/**
 * Least share of the articles whose topics hold a concept for the concept to say nothing of which article is
 * meant (「使う」「教えて」 are in nearly every topic): with the system's name alone, the question asks about the
 * system as a whole (systemOnly).
 */
const GENERIC_SHARE = 0.5;

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
  /** Every content word of the question is unknown (「ラーメン」): nothing in it is ours, whatever the letters share. */
  unknownOnly: boolean;
  /**
   * A content word of which the corpus knows no part that is not a class member either (「iPadの充電」: 充電,
   * not iPad, which the class knows though no article writes it).
   */
  unknownBesidesClasses: boolean;
  /**
   * The question names the system itself and nothing that tells its articles apart: its other words are
   * question words, words no article holds, or words most topics hold (「ケアプランデータ連携システムって何ができるの」).
   */
  systemOnly: boolean;
}

/**
 * A particle or an ending typed as a word of its own in katakana (「フリーパス ヲ ツカウ ニハ」「ヒツヨウ デスカ」): with no
 * hiragana or kanji in the message, it is typed in katakana only, grammar included. Not a katakana word alone
 * (「ラーメン」), which is a word like any other.
 */
const KATAKANA_PARTICLE = /(?:^|\s)(?:ヲ|ガ|ハ|ニ|ノ|デ|ト|モ|ヘ|ニハ|デハ|デス|デスカ|マス|マスカ)(?=\s|[？?。、！!]|$)/;
const HIRAGANA_OR_KANJI = /[\u3041-\u3096\u3005\u4e00-\u9fff]/;
const QUESTION_WORD = /[何幾]/g;
const HIRAGANA_WORD = /^[\u3041-\u3096ー]+$/;
const DIGITS = /^[0-9]+$/;
/** An amount of money in its units (「2万円」 is read as 2 and 万円): a figure, as a number is, though the content writes 21,000円. */
const AMOUNT = /^[0-9]*(?:万|千)?円$/;

/**
 * Measures a question against the corpus once. `ids` are its tokens' numbers in the search corpus
 * (search.numbers), `facts` what the statistics say of each number (tokenFacts) and `numbering` the
 * corpus's token → number (search.tokenIds): the content terms' and the concepts' facts are read by number.
 * `systemTerm`: the system's name as a normalised lexicon term (site.yaml `systemName`), for `systemOnly`.
 */
export function measureQuestion(analysis: QueryAnalysis, stats: CorpusStats, ids: Int32Array, facts: TokenFacts, numbering: ReadonlyMap<string, number>, systemTerm?: string): QuestionMeasures {
  const { tokens, concepts } = analysis;
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
    const df = dfOf(stats, facts, n, term);
    const row = rowOf(stats, facts, n, term);
    const weight = idfOfCount(stats, df);
    content.push({ term, weight });
    contentRows.push(row >= 0 ? row : undefined);
    // Sums in the order of the terms, as before.
    mass += weight;
    if (df === 0) unknown += weight;
  }
  const logN = Math.log(Math.max(2, stats.articles));
  let information = 0;
  // The known concepts and their tokens' holders, in one pass over the concepts.
  const known: string[][] = [];
  const knownRows: Rows[] = [];
  // Each concept's holders' rows (null: no article holds any of its tokens), for systemOnly.
  const conceptRows: (Rows | null)[] = [];
  for (const c of concepts) {
    let rarest = 0;
    let isKnown = false;
    // Each token numbered once (`numbering`, the corpus's), its facts read by number; by name only when unnumbered.
    const rows: (number | undefined)[] = [];
    for (const t of c.tokens) {
      const n = numbering.get(t) ?? -1;
      const df = dfOf(stats, facts, n, t);
      const row = rowOf(stats, facts, n, t);
      rows.push(row >= 0 ? row : undefined);
      if (df > 0) isKnown = true;
      if (t.length <= 1) continue;
      // The topic's df, else the whole text's (a token no topic holds).
      const topicDf = n >= 0 ? facts.topicDf[n]! : (stats.topicDf.get(t) ?? 0);
      const rarity = topicDf > 0 ? topicDf : df;
      rarest = Math.max(rarest, rarity ? Math.log(stats.articles / rarity) : 0);
    }
    information += rarest / logN;
    conceptRows.push(isKnown ? rows : null);
    if (!isKnown) continue;
    known.push(c.tokens);
    knownRows.push(rows);
  }
  let holding = stats.articles;
  if (known.length > 0) {
    holding = 0;
    for (let p = 0; p < stats.ids.length; p++) if (holdsEvery(stats, knownRows, p, HOLDER_FIELD.topics)) holding += 1;
  }
  // Question words name nothing (「何日」 asks for a number of 日); hiragana runs are mostly grammar.
  // Grammar is kana too in a message typed in hiragana only, in half-width katakana (「ｴﾗｰ ﾃﾞﾏｽ」) or in katakana only
  // (「フリーパス ヲ ツカウ ニハ ナニカ テツヅキ ガ ヒツヨウ デスカ」).
  const q = analysis.question;
  const kanaGrammar = analysis.onlyHiragana || HALF_WIDTH_KANA.test(q) || (KATAKANA_PARTICLE.test(q) && !HIRAGANA_OR_KANJI.test(q));
  let unknownWords = 0;
  // Words of the message's background: neither known nor unknown, they say nothing of its subject.
  let background = 0;
  let unknownBesidesClasses = false;
  for (const c of concepts) {
    if (isBackground(c)) {
      background += 1;
      continue;
    }
    if (!isUnknownWord(c, kanaGrammar, analysis, stats)) continue;
    unknownWords += 1;
    // A word of a member's name of several words is the member's too (「Internet Explorer」 reads as internet and explorer).
    if (!analysis.classes.some((cl) => namesMember(c.text, foldKana(cl.typed)))) unknownBesidesClasses = true;
  }
  const unknownShare = mass === 0 ? 1 : unknown / mass;
  // Nothing of ours either when a message that says nothing to tell the articles apart is mostly words the
  // corpus does not know (「お昼どこ行く？」: 昼ど and 行く are unknown, 行 alone is known): such a message says nothing.
  const unknownOnly =
    (unknownWords > 0 && unknownWords + background === concepts.length) ||
    (information === 0 && unknownShare >= MOSTLY_UNKNOWN && mass > 0) ||
    (kanaGrammar && analysis.words.length === 0 && concepts.some((c) => c.text.length >= MIN_WORDLESS_KANA) && !holdsOurLoanword(concepts, stats));
  return {
    content, mass, unknownShare, information: Math.min(2, information), known, knownRows,
    contentRows,
    holders: Math.min(MAX_HOLDERS, holding) / MAX_HOLDERS, unknownWords: Math.min(2, unknownWords),
    unknownOnly,
    unknownBesidesClasses,
    systemOnly: systemTerm !== undefined && namesOnlyTheSystem(analysis, systemTerm, stats, conceptRows),
  };
}

/** A word of hiragana ending in a long mark (「えらー」 of 「えらーがでます」): a loanword typed in hiragana. */
const KANA_LOANWORD = /[\u3041-\u3096]{2,}ー/g;
/** Fewest characters of a loanword looked up in the articles' texts (「らー」 of 「らーめん」 is in エラー). */
const MIN_LOANWORD = 3;

/**
 * Whether a message typed in kana holds a loanword the articles hold (「えらー」, as エラー is written in their texts
 * before kana): a word of ours, though the vocabulary found none (the lexicon's エラー is えら, its last ー dropped).
 */
function holdsOurLoanword(concepts: QueryAnalysis['concepts'], stats: CorpusStats): boolean {
  for (const c of concepts) {
    for (const m of c.text.matchAll(KANA_LOANWORD)) {
      for (let n = MIN_LOANWORD; n <= m[0].length; n++) if (stats.allTexts.includes(m[0].slice(-n))) return true;
    }
  }
  return false;
}

/** See `systemOnly`; `rows`: each concept's holders' rows, null for a concept no article holds. */
function namesOnlyTheSystem(analysis: QueryAnalysis, systemTerm: string, stats: CorpusStats, rows: readonly (Rows | null)[]): boolean {
  if (!analysis.terms.includes(systemTerm)) return false;
  return analysis.concepts.every((c, i) => {
    // A neutral word of the background (「質問」「今年」) names no subject either.
    if (c.text === systemTerm || c.neutral || c.text.replace(QUESTION_WORD, '').length === 0) return true;
    // Typed in hiragana only, a hiragana run that is no vocabulary word is the grammar (「…ってなに」).
    if (analysis.onlyHiragana && HIRAGANA_WORD.test(c.text) && !analysis.terms.includes(c.text)) return true;
    const r = rows[i];
    return !r || topicHolderCount(stats, r) >= GENERIC_SHARE * stats.ids.length;
  });
}

// A token's facts by its corpus number `n`, or by name when it has none (the corpus numbers every token
// the statistics hold, so by name they are nearly always absent).
function dfOf(stats: CorpusStats, facts: TokenFacts, n: number, term: string): number {
  return n >= 0 ? facts.df[n]! : (stats.df.get(term) ?? 0);
}

/** The token's holders' row (-1: none); see dfOf. */
function rowOf(stats: CorpusStats, facts: TokenFacts, n: number, term: string): number {
  return n >= 0 ? facts.rows[n]! : (stats.holders.get(term) ?? -1);
}

/**
 * Whether a content word belongs to the message's background: a neutral word (lexicon.yaml: 「今年」「お世話」)
 * or a number (「2024年」「8月」). It names no subject, so it is never unknown: a long message is not taken
 * for one about something else for its background.
 */
function isBackground(c: QueryAnalysis['concepts'][number]): boolean {
  return c.neutral || DIGITS.test(c.text) || AMOUNT.test(c.text);
}

/**
 * A number in kanji before its counter (「一年」「三か月」「二台」): a number, as 「1年」 is, not a word the corpus should know
 * (it writes its numbers in digits). 一覧, 一括 and 一緒 are words: no counter follows.
 */
const KANJI_COUNT = /[一二三四五六七八九十]+(?=[年月日週台件回個人時分]|か月|ヶ月|カ月)/g;

/** Whether a content word of the question is one the corpus knows no part of (question words and numbers aside). */
function isUnknownWord(c: QueryAnalysis['concepts'][number], kanaGrammar: boolean, analysis: QueryAnalysis, stats: CorpusStats): boolean {
  // Nor is a neutral word run together with the next (「別途何か」: 別途, then a question word), nor a counter after a figure
  // (「2回目」「2回出てきた」: 回目, 回 before 出).
  const text = withoutCounter(c.text.slice(c.neutralHead), analysis.substituted).replace(QUESTION_WORD, '').replace(KANJI_COUNT, '');
  if (text.length === 0 || c.text.length < 2) return false;
  if (HIRAGANA_WORD.test(text)) return !kanaGrammar && isForeignKatakana(text, analysis, stats);
  // Split only a concept that has kana and kanji side by side (tested without making strings: this runs per concept).
  const parts = kanaGrammar || !KANA_BY_KANJI.test(text) ? null : text.match(SCRIPT_PART);
  if (parts !== null && parts.join('') === text) return isForeignCompound(parts, analysis, stats);
  return !knowsAny(stats, text.length === 1 ? [text] : text === c.text ? c.tokens : uniqueTokens(text));
}

/** A counter a concept opens on (「回目」「回」 of 「2回目」「2回出」): the run of kanji after a figure, which the content words cut off. */
const COUNTER_HEAD = /^(?:回目|度目|番目|つ目|個目|台目|件目|人目|枚目|回|度|個|台|件|人|枚|通)/;

/** `text` without the counter it opens on when `substituted` has it right after a digit; else `text`. */
function withoutCounter(text: string, substituted: string): string {
  const counter = COUNTER_HEAD.exec(text);
  if (counter === null) return text;
  for (let at = substituted.indexOf(text); at >= 0; at = substituted.indexOf(text, at + 1)) {
    const before = substituted.charCodeAt(at - 1);
    if (before >= 0x30 && before <= 0x39) return text.slice(counter[0].length);
  }
  return text;
}

/** Whether the corpus holds any of the tokens. */
function knowsAny(stats: CorpusStats, tokens: readonly string[]): boolean {
  for (const t of tokens) if (stats.df.has(t)) return true;
  return false;
}

/** A concept's runs of kana (katakana folded) and of kanji; and whether one of each stand side by side. */
const SCRIPT_PART = /[\u3041-\u3096ー]+|[\u3005\u4e00-\u9fff]+/g;
const KANA_BY_KANJI = /[\u3041-\u3096ー][\u3005\u4e00-\u9fff]|[\u3005\u4e00-\u9fff][\u3041-\u3096ー]/;

/**
 * A loanword run into kanji (「ラーメン食べたい」 has the concept ラーメン食): unknown when its katakana words are
 * foreign and no article holds its kanji. A lone kanji there is a verb's stem (食べ, 買う) and tells nothing.
 */
function isForeignCompound(parts: readonly string[], analysis: QueryAnalysis, stats: CorpusStats): boolean {
  let foreign = false;
  for (const part of parts) {
    if (HIRAGANA_WORD.test(part)) {
      if (!isForeignKatakana(part, analysis, stats)) return false;
      foreign = true;
    } else if (part.length > 1 && knowsAny(stats, uniqueTokens(part))) return false;
  }
  return foreign;
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

/** Whether a concept's text holds a class member as typed, or is one word of a member typed as several words. */
function namesMember(text: string, typed: string): boolean {
  return text.includes(typed) || (typed.includes(' ') && typed.split(' ').includes(text));
}

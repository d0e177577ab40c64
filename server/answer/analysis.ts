/**
 * Step 1 of the engine: read a question ONCE. Secrets are found and replaced by what they stand for, the
 * text is normalised (with offsets back to it), casual and dialect endings are evened out, the vocabulary
 * (lexicon, classes, other systems, our own words) is found — exactly, then with typo and reading
 * tolerance on what is left — and the question is rewritten in the articles' words and cut into tokens.
 * Every later step works on this, never on the raw text.
 */
import { withoutEmoticons } from '../text/emoticons.ts';
import { withoutSentFrom } from '../text/sent-from.ts';
import { withoutNoneAtAll } from '../text/none-at-all.ts';
import type { AskNotice } from './types.ts';
import type { QueryToken } from '../search/search-index.ts';
import { foldKana, normalize, normalizeWithMap, type NormalizedText } from '../text/normalize.ts';
import { uniqueTokens } from '../text/tokenize.ts';
import { weakPairKeys, weakPairs } from '../text/weak-pairs.ts';
import { createGramSet, hasGram } from '../text/gram-set.ts';
import { gramCode } from '../text/gram-table.ts';
import { findSecrets, noticesFor, type SecretSpan } from '../text/redact.ts';
import { findWords, type Meaning, type Vocabulary } from '../text/vocabulary.ts';
import { findGapped } from '../text/gapped-terms.ts';
import { applyEndings, evenEndings } from '../text/endings.ts';
import type { Corrector } from '../text/corrections.ts';
import { findLoose } from '../text/slips.ts';
import { withoutSecrets, isSecretOnly } from './secrets.ts';
import { OPENS_ON_NEW_TOPIC } from './question-part.ts';

/** A vocabulary word found in the question. */
export interface WordHit {
  /** Offset and length in the normalised text. */
  index: number;
  length: number;
  /** The word as typed (normalised, katakana kept). */
  typed: string;
  meanings: Meaning[];
  /** How it was recognised: as written, as a one-character slip of a word, or by its reading. */
  via: 'exact' | 'typo' | 'reading';
  /** For a typo or a reading: the vocabulary word it was taken for. */
  as?: string;
}

export interface QueryAnalysis {
  question: string;
  secrets: SecretSpan[];
  notices: AskNotice[];
  /** The message is nothing but IDs or passwords (and the words that label them). */
  secretOnly: boolean;
  /** The question with IDs and passwords replaced by what they are (「KJ080899999999」→「KJのID」). */
  text: string;
  /** `text` normalised (katakana folded), with offsets back to `text`. */
  normalized: NormalizedText;
  /** The same normalisation with katakana kept (same offsets). */
  written: string;
  /** Casual and dialect endings evened out (「使えへん」→「使えない」): what vocabulary is matched on. */
  evened: string;
  /**
   * `written` with its endings evened as `evened` (katakana kept): what the search and the grammar read, so that
   * 「使えへん」 is searched as the articles' 「使えない」 and a katakana word does not read as grammar (「ダウンロードの」 holds どの).
   */
  spoken: string;
  endings: { from: string; to: string; index: number }[];
  words: WordHit[];
  /** Lexicon terms named (normalised), each once. */
  terms: string[];
  classes: { name: string; typed: string; about: readonly string[] }[];
  others: { system: string; typed: string }[];
  /** Topics of ours the sources do not cover (「運営元」): the question is handed to the helpdesk. */
  unstated: { topic: string; typed: string }[];
  /** Words of ours named (normalised terms or typed words). */
  own: string[];
  /** Those of `own` named only by everyday words (申し込み for 利用申請; other-systems.yaml `everyday`). */
  everydayOwn: string[];
  /** The question in the articles' words (script kept), class terms added: what is searched. */
  substituted: string;
  tokens: QueryToken[];
  /** The message is typed in hiragana only: its grammar and its content words are all hiragana. */
  onlyHiragana: boolean;
  /**
   * Content words: runs of kanji, katakana and Latin of `substituted`, and the terms; each with its tokens,
   * whether it is a neutral word of the message's background (lexicon.yaml `neutral:`; 今年, お世話, or several run
   * together: 社内稟議), and the length of the neutral word it opens on, run together with the next (「毎年手続き」: 2),
   * else 0.
   */
  concepts: { text: string; tokens: string[]; neutral: boolean; neutralHead: number }[];
}

const SPACE = /\s/;

/** Whether a message names a word of the vocabulary: a lexicon term or a word only ours. */
export function namesVocabulary(a: Pick<QueryAnalysis, 'terms' | 'own'>): boolean {
  return a.terms.length > 0 || a.own.length > 0;
}

/** What the grammar of a message is read on: the evened text with katakana as typed (`spoken`). */
export function grammarText(a: Pick<QueryAnalysis, 'spoken'>): string {
  return a.spoken;
}

/** Whether the text holds nothing but hiragana, ー and spaces (an empty text does). */
function isOnlyHiragana(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3041 && c <= 0x3096) || c === 0x30fc) continue;
    if (!SPACE.test(text[i]!)) return false;
  }
  return true;
}
const CONTENT_RUN = /[\u3005\u4e00-\u9fff\u30a1-\u30faー]+|[a-z0-9]+/g;
/** A run of a hiragana-only message that is grammar alone (「しょうめいしょ のこと」's のこと): no concept. */
const GRAMMAR_ONLY = /^(?:の|こと|について|は|が|を|に|で|と|も|って|なん|です|ですけど|ですが|けど|やけど|だけど|か)+$/;

/** A space of the normalised text that was a mark as typed (「、」「。」「？」), shown as that to the word finder. */
const MARK_SHOWN = '、';
const TYPED_SPACE = /\s/;

/**
 * The written text with each space that stands for a typed mark (「には、なんぼ」) shown as a mark: the word finder steps
 * over a space typed between two hiragana words of a word (「なにから　はじめたら」), never over a mark the clerk put
 * between clauses (「入るには、なんぼ手順」 is no 「はなんぼ」, a price).
 */
function withMarksKept(written: string, map: readonly number[], typed: string): string {
  if (!written.includes(' ')) return written;
  let out = '';
  for (let k = 0; k < written.length; k++) {
    const c = written[k]!;
    out += c === ' ' && !TYPED_SPACE.test(typed[map[k]!] ?? ' ') ? MARK_SHOWN : c;
  }
  return out;
}

/**
 * Whether a password found after its label and が is a word of the lexicon in Latin letters (「passwordがexpireしてる」): what
 * the clerk says of the password, not one typed (one typed follows は or a colon: 「パスワードはloginです」 keeps its notice).
 * The question's record is redacted apart (store/ask-record.ts), whatever this says.
 */
function saysOfPassword(secret: SecretSpan, question: string, vocabulary: Vocabulary): boolean {
  if (secret.kind !== 'password' || question[secret.start - 1] !== 'が' || !/^[A-Za-z]+$/.test(secret.text)) return false;
  const text = normalize(secret.text);
  const found = findWords(vocabulary, text);
  return found.length === 1 && found[0]!.index === 0 && found[0]!.length === text.length;
}

/** Reads one question. Pure; `vocabulary` and `corrector` are compiled once per knowledge base. */
export function analyze(question: string, vocabulary: Vocabulary, corrector: Corrector): QueryAnalysis {
  const secrets = findSecrets(question).filter((s) => !saysOfPassword(s, question, vocabulary));
  // A face typed beside the question (「(T_T)」「w」) says nothing of what is asked (text/emoticons.ts), nor does the device
  // it is typed on (「スマホから失礼します」, text/sent-from.ts), nor a count that says there is none (「１台もない」, text/none-at-all.ts).
  const text = withoutNoneAtAll(withoutSentFrom(withoutEmoticons(withoutSecrets(question, secrets))));
  const unfolded = normalizeWithMap(text, { fold: false });
  const written = unfolded.text;
  const normalized = { text: foldKana(written), map: unfolded.map };
  const { text: evened, changes: endings } = evenEndings(normalized.text, written);
  const taken = new Array<boolean>(evened.length).fill(false);
  const spoken = endings.length === 0 ? written : evened.length === written.length ? applyEndings(written, endings) : evened;
  // The typed script marks word edges only where evening the endings kept every offset.
  const words: WordHit[] = findWords(vocabulary, evened, taken, evened.length === written.length ? withMarksKept(written, unfolded.map, text) : undefined).map((f) => ({
    index: f.index, length: f.length, typed: written.slice(f.index, f.index + f.length), meanings: f.payloads, via: 'exact',
  }));
  // A message typed in hiragana only has its words in hiragana: a slip in them is looked for too (「りようしせい」).
  const onlyHiragana = isOnlyHiragana(written);
  const loose = findLoose(corrector, evened, written, taken, onlyHiragana);
  for (const w of loose) words.push({ ...w, typed: written.slice(w.index, w.index + w.length) });
  // The exact words come in order already; only loose ones (rare) need a sort.
  if (loose.length > 0) words.sort((a, b) => a.index - b.index);

  const terms = new Set<string>();
  const classes: QueryAnalysis['classes'] = [];
  const others: QueryAnalysis['others'] = [];
  const unstated: QueryAnalysis['unstated'] = [];
  const own = new Set<string>();
  // Own terms named by a word that is no everyday word: the rest of `own` is named by everyday words only.
  const ownByName = new Set<string>();
  let substituted = '';
  // The same without the spaces around each word put for its term: a space in it is one the clerk typed, or a mark.
  let termsRead = '';
  let at = 0;
  for (const w of words) {
    let replacement = w.typed;
    for (const m of w.meanings) {
      if (m.kind === 'term') {
        terms.add(m.term);
        if (!m.self || w.via !== 'exact') replacement = ` ${m.written} `;
        if (vocabulary.ownTerms.has(m.term)) {
          own.add(m.term);
          if (!vocabulary.everyday.has(foldKana(w.typed))) ownByName.add(m.term);
        }
        for (const c of vocabulary.classesOfTerm.get(m.term) ?? []) classes.push({ name: c.name, typed: w.typed, about: c.about });
      } else if (m.kind === 'class') classes.push({ name: m.name, typed: w.typed, about: m.about });
      else if (m.kind === 'other') others.push({ system: m.system, typed: w.typed });
      else if (m.kind === 'unstated') unstated.push({ topic: m.topic, typed: w.typed });
      else {
        own.add(w.typed);
        ownByName.add(w.typed);
      }
    }
    substituted += `${spoken.slice(at, w.index)}${replacement}`;
    termsRead += `${spoken.slice(at, w.index)}${replacement.trim()}`;
    at = w.index + w.length;
  }
  substituted += spoken.slice(at);
  termsRead += spoken.slice(at);
  // Read with each lexicon word as its term, so that 「Windows Update…失敗」 is found in 「ウィンドウズアップデートが…失敗」 too.
  if (vocabulary.gapped.length > 0) {
    for (const g of findGapped(vocabulary.gapped, foldKana(termsRead))) {
      if (!others.some((o) => o.system === g.system)) others.push({ system: g.system, typed: termsRead.slice(g.index, g.index + g.length) });
    }
  }
  const classTerms = Array.from(new Set(classes.map((c) => vocabulary.classTerm.get(c.name)!))).filter((t) => !substituted.includes(t));
  substituted = `${substituted} ${classTerms.join(' ')}`.replace(/ +/g, ' ').trim();

  const tokens = weighTokens(uniqueTokens(substituted), substituted);
  const termList = [...terms];
  // A turn to another topic the message opens on (「話変わるけど、」「別件ですが」) is grammar: 話変 is no word of the subject.
  const concepts = conceptsOf(substituted.replace(OPENS_ON_NEW_TOPIC, ''), termList, onlyHiragana, vocabulary.neutral);
  return {
    question, secrets, notices: noticesFor(secrets), secretOnly: isSecretOnly(question, secrets),
    text, normalized, written, evened, spoken, endings, words, terms: termList, classes, others, unstated, own: [...own], everydayOwn: [...own].filter((t) => !ownByName.has(t)), substituted, tokens, onlyHiragana, concepts,
  };
}

/** weighTokens' working space (asks run one at a time): each token's particle flag; the pairs met weak and strong. */
let particle = new Uint8Array(64);
const weakKeys = createGramSet();
const strongKeys = createGramSet();

/**
 * The question's tokens (`all`, of `substituted`), each marked weak when it is a particle-like pair and the
 * question also has a content token (a question of particles only keeps them all strong). The pairs are
 * read as numbers (weakPairKeys) and each token looked up once by its key; a text beyond the BMP (rare)
 * goes through the strings of weakPairs.
 */
function weighTokens(all: readonly string[], substituted: string): QueryToken[] {
  if (particle.length < all.length) particle = new Uint8Array(all.length * 2);
  const byKey = weakPairKeys(substituted, weakKeys, strongKeys);
  const particles = byKey ? null : weakPairs(substituted);
  let mixed = false;
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    let weak: boolean;
    if (particles) weak = particles.has(t);
    else if (t.length !== 2) weak = false; // every pair is two code units
    else {
      const key = gramCode(t, 0, 2);
      weak = hasGram(weakKeys, key) && !hasGram(strongKeys, key);
    }
    particle[i] = weak ? 1 : 0;
    if (!weak) mixed = true;
  }
  const tokens: QueryToken[] = [];
  for (let i = 0; i < all.length; i++) tokens.push({ term: all[i]!, weak: mixed && particle[i] === 1 });
  return tokens;
}

/**
 * The content words of a question: kanji, katakana and Latin runs (hiragana between them is grammar), and
 * the lexicon terms it names; a question typed in hiragana only keeps its hiragana, which is all it has.
 */
function conceptsOf(substituted: string, terms: string[], onlyHiragana: boolean, neutral: ReadonlySet<string>): QueryAnalysis['concepts'] {
  // Content runs with where they stand: neutralInPlace reads their neighbours.
  const found = onlyHiragana ? [] : [...substituted.matchAll(CONTENT_RUN)];
  const runs = onlyHiragana ? substituted.split(' ').filter((run) => run && !GRAMMAR_ONLY.test(run)) : found.map((m) => m[0]);
  const inPlace = onlyHiragana ? new Set<string>() : neutralInPlace(substituted, found, neutral, terms);
  // A few words: an array scanned is quicker than a Set.
  const seen: string[] = [];
  const out: QueryAnalysis['concepts'] = [];
  const add = (text: string) => {
    if (seen.includes(text)) return;
    seen.push(text);
    const tokens = uniqueTokens(text);
    if (tokens.length === 0) return;
    // Neutral words run together are neutral too (「社内稟議」: 社内, then 稟議).
    const whole = neutral.has(text) || inPlace.has(text);
    const head = whole ? 0 : neutralHead(text, neutral);
    const isNeutral = whole || (head > 0 && neutral.has(text.slice(head)));
    out.push({ text, tokens, neutral: isNeutral, neutralHead: isNeutral ? 0 : head });
  };
  for (const run of runs) add(foldKana(run));
  for (const term of terms) add(term);
  return out;
}

/**
 * Where a place's name stands: before 「にある」 or an office (「綾部にあるもう一個の事業所」「八女の事業所」「久留米の本所」).
 */
const BEFORE_OFFICE = /^(?:にある|の(?:事業所|本所|支所|事務所|営業所|出張所|居宅|包括|センター|せんたー|施設|本社|支店|拠点))/;
/** A place's name as typed: two to five kanji (綾部, 久留米, 八女市). */
const PLACE_NAME = /^[\u4e00-\u9fff]{2,5}$/;

/**
 * The runs that are neutral where they stand, not as words: a neutral word that a lexicon word split in two (「定期巡回」
 * read as 定期, a word with a reading, and 巡回: two runs with only a space between them that make a neutral word together),
 * and a place's name before 「にある」 or an office (「綾部にあるもう一個の事業所」: which office, no subject; no lexicon term).
 * `runs`: the content runs of `substituted`, in order, where they stand.
 */
function neutralInPlace(substituted: string, runs: readonly RegExpExecArray[], neutral: ReadonlySet<string>, terms: readonly string[]): Set<string> {
  const out = new Set<string>();
  let last: { text: string; end: number } | null = null;
  for (const m of runs) {
    const text = foldKana(m[0]);
    const end = m.index + m[0].length;
    if (last !== null && /^ +$/.test(substituted.slice(last.end, m.index)) && neutral.has(last.text + text)) {
      out.add(last.text);
      out.add(text);
    }
    if (PLACE_NAME.test(text) && !terms.includes(text) && BEFORE_OFFICE.test(substituted.slice(end))) out.add(text);
    last = { text, end };
  }
  return out;
}

/** Longest neutral word looked for at the head of a run: the longest of lexicon.yaml `neutral:` (グループホーム) is 7 characters. */
const MAX_NEUTRAL_HEAD = 7;

/**
 * The length of the neutral words that open `run`, longest first, one after another (「今回別途何」: 今回 and 別途), leaving at
 * least one character after them; 0 for none. Not a question word with its counter (「何回入力」: 何回 asks how many times;
 * as background, 「何度やっても」, it stands alone).
 */
function neutralHead(run: string, neutral: ReadonlySet<string>): number {
  let head = 0;
  while (!run.startsWith('何', head)) {
    const n = neutralAt(run, head, neutral);
    if (n === 0) break;
    head += n;
  }
  return head;
}

/** The length of the longest neutral word at `from` in `run` that leaves at least one character after it, or 0. */
function neutralAt(run: string, from: number, neutral: ReadonlySet<string>): number {
  for (let n = Math.min(MAX_NEUTRAL_HEAD, run.length - from - 1); n >= 2; n--) if (neutral.has(run.slice(from, from + n))) return n;
  return 0;
}

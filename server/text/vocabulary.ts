/**
 * Everything an editor taught the engine about words, compiled once per knowledge base into one matcher:
 * lexicon variants and terms (「パス」→パスワード), concept-class members (「Mac」 is an OS), other systems'
 * words (「e-Tax」), the words that name this system only (`ours`) and the topics of ours the sources do not
 * cover (`unstated`: 「運営元」). One longest-first pass over a
 * question finds them all, and a word holds its place against shorter ones of any kind.
 */
import type { ConceptClass, LexiconEntry, OtherSystems } from '../content/types.ts';
import { normalize, normalizeWithMap } from './normalize.ts';
import { compileMatcher, findAll, type Found, type Matcher, type Pattern } from './term-matcher.ts';
import { matchedLongVowelForms } from './long-vowels.ts';
import { compileGapped, isGapped, type GappedTerm } from './gapped-terms.ts';

/** Shortest generated reading matched as a word: shorter kana strings occur inside too many others. */
const MIN_READING = 4;

/**
 * Where Latin letters or digits are followed by kana or kanji: where a closing quote may have stood. Not the other
 * way round: 「ログイン　ID」 typed apart is two words, not 「ログインID」.
 */
const SCRIPT_EDGE = /(?<=[a-z0-9])(?=[\u3041-\u30ff\u3005\u4e00-\u9fff])/g;

/**
 * A word's forms with a space where Latin is followed by kana or kanji (「cで始まる」 → 「c で始まる」): a Latin word
 * typed in quotes or brackets (「C」で始まる, "KJ"の) is normalised with a space for the closing one. Every subset
 * of its first two such edges; none for a word without one.
 */
export function spacedForms(word: string): string[] {
  const edges = [...word.matchAll(SCRIPT_EDGE)].map((m) => m.index!).slice(0, 2);
  const forms: string[] = [];
  for (let mask = 1; mask < 1 << edges.length; mask++) {
    let form = word;
    // From the last edge back, so earlier offsets stay put.
    for (let e = edges.length - 1; e >= 0; e--) if (mask & (1 << e)) form = `${form.slice(0, edges[e])} ${form.slice(edges[e])}`;
    forms.push(form);
  }
  return forms;
}

/** What a matched word means. */
export type Meaning =
  /** A lexicon term (`self`: typed as the term itself) with its written (unfolded) form. */
  | { kind: 'term'; term: string; written: string; self: boolean }
  | { kind: 'class'; name: string; term: string; about: readonly string[] }
  | { kind: 'other'; system: string }
  /** A topic of ours the sources do not cover (`unstated` of other-systems.yaml). */
  | { kind: 'unstated'; topic: string }
  | { kind: 'own' };

export interface Vocabulary {
  matcher: Matcher<Meaning>;
  /** Normalised lexicon term → the classes it is a member of (so every variant of 「Adobe Reader」 counts). */
  classesOfTerm: Map<string, Extract<Meaning, { kind: 'class' }>[]>;
  /** Normalised lexicon terms that name this system only (`ours` of other-systems.yaml). */
  ownTerms: Set<string>;
  /** Every pattern, for the looser passes (typos, readings) over what exact matching left. */
  patterns: Pattern<Meaning>[];
  /** Class name → the class's term as written (added to a question naming a member). */
  classTerm: Map<string, string>;
  /** Normalised words of a message's background that name no subject (`neutral` of lexicon.yaml). */
  neutral: Set<string>;
  /** Normalised everyday words the lexicon reads as one of ours (`everyday` of other-systems.yaml: 申し込み). */
  everyday: Set<string>;
  /** Other systems' words written in two parts (「Windows Update…失敗」: gapped-terms.ts), matched apart from `matcher`. */
  gapped: GappedTerm[];
}

export interface VocabularySource {
  lexicon: readonly LexiconEntry[];
  classes: readonly ConceptClass[];
  otherSystems: OtherSystems;
  /** Words of a message's background that name no subject (lexicon.yaml `neutral:`). */
  neutral?: readonly string[];
  /** Generated readings (word → hiragana): each reading is matched as a variant of its word's term. */
  readings?: ReadonlyMap<string, string>;
}

/** Voiced and half-voiced hiragana, and the plain kana each is typed as when its marks are dropped. */
const VOICED = 'がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔ';
const PLAIN = 'かきくけこさしすせそたちつてとはひふへほはひふへほう';
/** Fewest characters of a kana word found without its voicing marks: shorter ones read as other words (「てきない」). */
const MIN_DEVOICED = 4;
const KANA_WORD = /^[\u3041-\u3096ー]+$/;

/** A kana word (normalised) with its voicing marks dropped, or null when it has none or is not kana alone or is short. */
function devoiced(text: string): string | null {
  if (text.length < MIN_DEVOICED || !KANA_WORD.test(text)) return null;
  let out = '';
  let changed = false;
  for (const c of text) {
    const i = VOICED.indexOf(c);
    out += i < 0 ? c : PLAIN[i]!;
    if (i >= 0) changed = true;
  }
  return changed ? out : null;
}

/**
 * Whether a word is written in katakana alone (ー included), as the content defines it (「トナー」). Marked on the words of
 * other systems and of topics not covered, where a piece of a hiragana sentence taken for one (「なにとなにを」) hands the
 * message to the helpdesk; our own words typed in hiragana (「KJのぱすを忘れた」) are found as they are.
 */
const inKatakana = (word: string) => /^[\u30a1-\u30faー]+$/.test(word);

/** Compiles the vocabulary of a knowledge base. */
export function compileVocabulary(source: VocabularySource): Vocabulary {
  const patterns: Pattern<Meaning>[] = [];
  const termOf = new Map<string, Extract<Meaning, { kind: 'term' }>>();
  for (const entry of source.lexicon) {
    const term = normalize(entry.term);
    if (!term) continue;
    const written = normalizeWithMap(entry.term, { fold: false }).text;
    const self: Meaning = { kind: 'term', term, written, self: true };
    termOf.set(term, self);
    patterns.push({ text: term, payload: self });
    // Variants that normalise alike (パス and ぱす) are one pattern: else the word is found with the same meaning twice.
    const seen = new Set([term]);
    for (const v of entry.variants) {
      const variant = normalize(v);
      if (!variant || seen.has(variant)) continue;
      seen.add(variant);
      patterns.push({ text: variant, payload: { kind: 'term', term, written, self: false } });
    }
  }
  const classesOfTerm = new Map<string, Extract<Meaning, { kind: 'class' }>[]>();
  const classTerm = new Map<string, string>();
  for (const c of source.classes) {
    classTerm.set(c.name, normalizeWithMap(c.term, { fold: false }).text);
    const meaning: Meaning = { kind: 'class', name: c.name, term: normalize(c.term), about: c.about };
    for (const m of c.members) {
      const text = normalize(m);
      if (termOf.has(text)) classesOfTerm.set(text, [...(classesOfTerm.get(text) ?? []), meaning]);
      patterns.push({ text, payload: meaning });
    }
  }
  const gapped: GappedTerm[] = [];
  for (const s of source.otherSystems.systems) {
    for (const t of s.terms) {
      if (!isGapped(t)) patterns.push({ text: normalize(t), payload: { kind: 'other', system: s.name }, katakana: inKatakana(t) });
      else {
        const g = compileGapped(t, s.name);
        if (g) gapped.push(g);
      }
    }
  }
  for (const u of source.otherSystems.unstated) {
    for (const t of u.terms) patterns.push({ text: normalize(t), payload: { kind: 'unstated', topic: u.name }, katakana: inKatakana(t) });
  }
  const ownTerms = new Set<string>();
  for (const w of source.otherSystems.ours) {
    const text = normalize(w);
    ownTerms.add(text);
    patterns.push({ text, payload: { kind: 'own' } });
  }
  // A reading stands for what its word means — a term (the lexicon's, or the word written as it is when the lexicon
  // lacks it), a class member, another system, a topic not covered, a word only ours — so a question typed in kana
  // (「かくていしんこく」) is read as one typed in kanji (確定申告, another system).
  const meaningsOf = new Map<string, Meaning[]>();
  for (const p of patterns) {
    const meanings = meaningsOf.get(p.text);
    if (meanings) meanings.push(p.payload);
    else meaningsOf.set(p.text, [p.payload]);
  }
  for (const [word, reading] of source.readings ?? []) {
    const text = normalize(reading);
    if (!text || meaningsOf.has(text) || Array.from(text).length < MIN_READING) continue;
    const meanings = meaningsOf.get(normalize(word)) ?? [{ kind: 'term', term: normalize(word), written: normalizeWithMap(word, { fold: false }).text, self: false }];
    for (const meaning of meanings) patterns.push({ text, payload: meaning.kind === 'term' ? { ...meaning, self: false } : meaning });
  }
  // A kana word typed with its long vowels written ー (「かいごほけんしょー」 is 介護保険証, 「しょーめいしょ」 証明書): found as the word,
  // when no word is written so. Normalised as a question is: a word-final ー is dropped (かいごほけんしょ). Exact matches only,
  // as the unvoiced below: a slip of a form cut short (きかんと, of 機関等) is no word.
  const lengthened: Pattern<Meaning>[] = [];
  for (const p of patterns) {
    // A word defined in katakana (ワイファイ) is matched where typed in katakana only: its own ー are as the content writes them.
    if (!KANA_WORD.test(p.text) || p.katakana) continue;
    for (const marked of matchedLongVowelForms(p.text, MIN_READING)) {
      if (meaningsOf.has(marked)) continue;
      meaningsOf.set(marked, [p.payload]);
      lengthened.push({ text: marked, payload: p.payload.kind === 'term' ? { ...p.payload, self: false } : p.payload });
    }
  }
  // A kana word typed without its voicing marks, as a phone's flick input drops them (「はすわーと」「ろくいん」): found as
  // the word, when long enough that no other word reads so. Exact matches only: the slips' corrector keeps to `patterns`.
  const unvoiced: Pattern<Meaning>[] = [];
  for (const p of patterns) {
    if (p.payload.kind !== 'term') continue;
    const plain = devoiced(p.text);
    if (plain === null || meaningsOf.has(plain)) continue;
    meaningsOf.set(plain, [p.payload]);
    unvoiced.push({ text: plain, payload: p.payload });
  }
  const neutral = new Set((source.neutral ?? []).map((w) => normalize(w)));
  // Lexicon words as typed around quotes are matched exactly only: the typo and reading passes keep to `patterns`.
  const spaced: Pattern<Meaning>[] = [];
  for (const p of patterns) {
    if (p.payload.kind !== 'term') continue;
    for (const text of spacedForms(p.text)) if (!meaningsOf.has(text)) spaced.push({ text, payload: p.payload });
  }
  const everyday = new Set((source.otherSystems.everyday ?? []).map((w) => normalize(w)));
  return { matcher: compileMatcher([...patterns, ...lengthened, ...spaced, ...unvoiced]), classesOfTerm, ownTerms, patterns, classTerm, neutral, everyday, gapped };
}

/** Every vocabulary word in a normalised (folded) text; `taken` marks the places claimed; `written`: the text with katakana kept (term-matcher.ts). */
export function findWords(vocabulary: Vocabulary, text: string, taken?: boolean[], written?: string): Found<Meaning>[] {
  return findAll(vocabulary.matcher, text, taken, written);
}

/**
 * What a message names, for the conversation (conversation.ts) to hold against the last answer's text, topic and
 * title: its content words as token lists (`topicalConcepts`), and the topic it opens on (`openingTopic`).
 */
import type { CorpusStats } from '../search/corpus-stats.ts';
import { foldKana } from '../text/normalize.ts';
import { uniqueTokens } from '../text/tokenize.ts';
import type { QueryAnalysis } from './analysis.ts';
import { THANKS_WORDS } from './question-part.ts';

const HIRAGANA_ONLY = /^[\u3041-\u3096ー]+$/;
/** Words that ask rather than name (「何日」「幾ら」「同じ場所？」「Xと一緒？」): the rest of the word is the content. */
const INTERROGATIVE = /[何幾]|場合|場所|一緒/g;
/**
 * Three kanji or more, or a kana word and one kanji (「エラー出た」's えら出: a katakana word folded, then 出): a run that may end
 * on a verb's stem after a word (two kanji are one word, 「確認」).
 */
const KANJI_RUN = /^(?:[\u4e00-\u9fff]{3,}|[\u3041-\u3096ー]{2,}[\u4e00-\u9fff])$/;

/**
 * A kanji run without the verb's stem it ends on, where a particle was left out (「画面見れば」's 画面見): its last pair is
 * no pair the corpus knows and the rest is all known pairs. Else the run as it is (「利用申請」 ends on a known pair).
 */
function withoutVerbStem(text: string, stats: CorpusStats): string {
  if (!KANJI_RUN.test(text) || stats.df.has(text.slice(-2))) return text;
  const rest = text.slice(0, -1);
  return uniqueTokens(rest).every((t) => stats.df.has(t)) ? rest : text;
}

/**
 * What the message names, as token lists: its content words with question words, neutral words and the neutral words they
 * open on taken out, lone kanji (verb and adjective stems: 「詳しい」「書いて」) dropped when it names longer words, unknown words left out.
 */
export function topicalConcepts(analysis: QueryAnalysis, stats: CorpusStats): string[][] {
  const all = analysis.concepts
    // In a message typed in hiragana only, a run names something only when it is a lexicon term (「ぱすわーど」);
    // 「それは」 is grammar. Elsewhere a run folded to hiragana was typed in katakana: a word (「エラー」「サテライト」).
    .filter((c) => !analysis.onlyHiragana || !HIRAGANA_ONLY.test(c.text) || analysis.terms.includes(c.text))
    // A neutral word names no subject, alone (「全部」 of 「それって全部の事業所？」) or run together with the next (「毎年」 of
    // 「それって毎年手続きいるの？」).
    .filter((c) => !c.neutral)
    .map((c) => withoutVerbStem(c.text.slice(c.neutralHead).replace(INTERROGATIVE, ''), stats))
    .filter(Boolean)
    .map((text) => (Array.from(text).length === 1 ? [text] : uniqueTokens(text)))
    .filter((ts) => ts.length > 0 && ts.some((t) => stats.df.has(t)));
  const long = all.filter((ts) => ts.some((t) => t.length > 1));
  return long.length > 0 ? long : all;
}

/**
 * The topic a message opens on (「電子証明書って…」「ライセンスは…」), in its substituted text, after relief or thanks said
 * first (「よかった。フリーパスって…」: the sentence before names nothing).
 */
const OPENING_TOPIC = new RegExp(`^(?:${THANKS_WORDS}[ーぁあ〜!！]*\\s+)?(\\S{1,16}?)(?:って|とは|は)`);

/** The concept a message opens on as its topic, that word alone before って, とは or は (「フリーパスは…」); null for none. */
export function openingWord(analysis: QueryAnalysis): QueryAnalysis['concepts'][number] | null {
  const m = OPENING_TOPIC.exec(analysis.substituted.trimStart());
  if (!m) return null;
  const span = foldKana(m[1]!);
  return analysis.concepts.find((c) => c.text === span) ?? null;
}

/**
 * What the message's opening topic names (「電子証明書ってそのKJのIDで取るんですか？」 → 電子証明書), as token lists
 * like `topicalConcepts`; empty when it opens on none, or on a word that only points back (「それって」).
 */
export function openingTopic(analysis: QueryAnalysis, stats: CorpusStats): string[][] {
  const m = OPENING_TOPIC.exec(analysis.substituted.trimStart());
  if (!m) return [];
  const span = foldKana(m[1]!);
  return topicalConcepts(analysis, stats).filter((ts) => ts.every((t) => span.includes(t)));
}

/**
 * How a concept of the message may stand in its normalised text: as itself, and as typed where the lexicon wrote it
 * otherwise (「証明書」 typed, 電子証明書 the concept), folded as that text is. For finding a concept within a part of
 * the message cut from that text (what follows 「次に」).
 */
export function typedFormsOf(analysis: Pick<QueryAnalysis, 'words'>, concept: QueryAnalysis['concepts'][number]): string[] {
  const forms = [concept.text];
  for (const w of analysis.words) {
    const typed = foldKana(w.typed);
    if (forms.includes(typed)) continue;
    if (w.meanings.some((m) => m.kind === 'term' && (m.term === concept.text || foldKana(m.written) === concept.text))) forms.push(typed);
  }
  return forms;
}

/**
 * Whether a part of the message names the concept, as itself or as typed (`typedFormsOf`). The part may be cut from the
 * normalised text or from the grammar's, which keeps katakana as typed: it is folded as the concepts are.
 */
export function namedWithin(analysis: Pick<QueryAnalysis, 'words'>, concept: QueryAnalysis['concepts'][number], part: string): boolean {
  const folded = foldKana(part);
  return typedFormsOf(analysis, concept).some((form) => folded.includes(form));
}

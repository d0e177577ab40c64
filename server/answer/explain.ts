/**
 * How a question relates to one article, measured on the question's weighted content tokens and concepts
 * (specificity.ts) against the knowledge-base statistics (term-stats.ts): how much of it the article
 * explains, what in it points to one article rather than another. Pure.
 */
import { holds, type Concept } from './concepts.ts';
import type { TermStats, WeightedToken } from './term-stats.ts';

/**
 * Whether the question points to article `id` once article `rival` is set aside (its rule did not fire):
 * `id`'s text holds every concept the question names as a word (two characters or more; a lone kanji is
 * a verb stem), its topic holds every such concept `rival`'s topic holds, and one of them is named by the
 * topics of at most these two articles (「請求委任事業所用ケアプラン証明書」), so it is not a hub
 * (「パスワード」 is in many topics).
 */
export function pointsTo(stats: TermStats, id: string, rival: string, named: readonly Concept[]): boolean {
  const [text, topic, other] = [stats.tokens.get(id), stats.topics.get(id), stats.topics.get(rival)];
  if (!text || !topic || !other) return false;
  const words = named.filter((c) => c.words.some((w) => w.some((t) => t.length > 1)));
  if (words.length === 0 || !words.every((c) => holds(text, c.ways) && (!holds(other, c.ways) || holds(topic, c.ways)))) return false;
  // Through its most specific way of saying it (the typed word or the lexicon's term).
  const rare = (c: Concept) => c.ways.some((w) => holds(topic, [w]) && Array.from(stats.topics.values()).filter((t) => holds(t, [w])).length <= 2);
  return words.some(rare);
}

/** Share (0..1) of the question's content weight that an article holds. */
export function cover(stats: TermStats, id: string, tokens: readonly WeightedToken[]): number {
  const own = stats.tokens.get(id);
  if (!own) return 0;
  let total = 0;
  let found = 0;
  for (const t of tokens) {
    total += t.weight;
    if (own.has(t.token)) found += t.weight;
  }
  return total === 0 ? 0 : found / total;
}

/**
 * How much more of the question's content weight article `a`'s topic holds than article `b`'s, -1..1:
 * what in the question points to `a` rather than `b`. 0 or less means the question says nothing that
 * tells them apart (「パスワードを忘れました」 between two articles about forgotten passwords), however
 * the search ranked them.
 */
export function distinct(stats: TermStats, a: string, b: string, tokens: readonly WeightedToken[]): number {
  const ta = stats.topics.get(a);
  const tb = stats.topics.get(b) ?? new Set<string>();
  if (!ta) return 0;
  let total = 0;
  let found = 0;
  for (const t of tokens) {
    total += t.weight;
    if (ta.has(t.token)) found += t.weight;
    if (tb.has(t.token)) found -= t.weight;
  }
  return total === 0 ? 0 : found / total;
}

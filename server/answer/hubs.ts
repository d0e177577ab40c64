/**
 * Hub concepts and distinguishing concepts. A concept many articles are about (パスワード, ログイン, ID,
 * 証明書, 期限) is a hub: naming it does not say which article the question wants. A concept that one
 * article's TITLE names, and no other title does (ダウンロード, 個人ユーザID, 事業所ユーザID), distinguishes
 * that article: a question naming it says what it is about, however short it is.
 *
 * Titles, not bodies: a body mentions many things in passing, a title says what the article is for, and
 * editors keep titles distinct. A concept is read through each way the question says it (the typed word,
 * the lexicon's official term) and its most specific way counts: 「KJのID」 is the lexicon's
 * 事業所ユーザID, which one title names, although many titles say 「KJ」.
 *
 * Answerability works the other way round: a content concept of the question that the chosen article's
 * text does not hold at all (「支払い」「伝送」 for an article that never mentions them) means the question
 * asks something the article does not answer.
 */
import type { Article } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { tokenSet, type Concept } from './concepts.ts';

export interface HubIndex {
  /** Article id → tokens of its title. */
  titles: Map<string, Set<string>>;
}

export interface HubOptions {
  /** Share of a way's tokens a title must hold to name the concept (1: all of them). */
  share: number;
  /** Least tokens of that way: a bare two-kanji verbal noun (更新, 申請, 確認) attaches to many objects. */
  minTokens: number;
}

export const DEFAULT_HUBS: HubOptions = { share: 1, minTokens: 3 };

/** Builds the title token sets once per knowledge base. */
export function buildHubs(articles: readonly Article[]): HubIndex {
  return { titles: new Map(articles.map((a) => [a.id, tokenSet(normalize(a.title))])) };
}

/** The articles whose title names one way of saying the concept: the way named by the fewest titles (≥ 1). */
export function titleHolders(index: HubIndex, concept: Concept, opts: HubOptions = DEFAULT_HUBS): string[] {
  let best: string[] = [];
  for (const way of concept.words) {
    if (way.length < opts.minTokens) continue;
    const ids: string[] = [];
    for (const [id, tokens] of index.titles) {
      if (way.filter((t) => tokens.has(t)).length >= opts.share * way.length) ids.push(id);
    }
    if (ids.length > 0 && (best.length === 0 || ids.length < best.length)) best = ids;
  }
  return best;
}

/**
 * The article each distinguishing concept of the question points to: concepts that exactly one title
 * names. Empty when the question names only hubs (or words no title holds).
 */
export function distinguishing(index: HubIndex, concepts: readonly Concept[], opts: HubOptions = DEFAULT_HUBS): string[] {
  const out = new Set<string>();
  for (const c of concepts) {
    const holders = titleHolders(index, c, opts);
    if (holders.length === 1) out.add(holders[0]!);
  }
  return Array.from(out);
}

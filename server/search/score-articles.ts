/**
 * Scores chosen articles for one query (ranking.ts does the arithmetic). The query's tokens' postings
 * are walked once to find what each chosen article holds of them — in which of its fields, in which of
 * its sections, in which of its labelled examples — into small typed arrays that live with the index
 * and are reused by every query (queries run one at a time), so a query allocates almost nothing.
 */
import type { Corpus } from './corpus.ts';
import {
  contentScore, coverage, exampleScore, missingKeyPenalty, termParts,
  type ArticleTerms, type ExampleMatch, type RankingParams, type WeightedTerm,
} from './ranking.ts';

/** A query's terms as scored: the weighted terms, their token numbers (-1: in no article) and their mass. */
export interface QueryTerms {
  list: WeightedTerm[];
  ids: Int32Array;
  mass: number;
}

/** The score's parts: article text (best section), likeness to the labelled questions, missing key terms. */
export interface ScoreParts {
  content: number;
  examples: number;
  penalty: number;
}

/** What the caller makes of one article scored: its position, best section (index into its sections), score, parts and coverage. */
export type MakeScored<T> = (position: number, section: number, score: number, parts: ScoreParts, coverage: number) => T;

/** Scores the articles at `positions` (in that order), each handed to `make`. */
export type ArticleScorer = <T>(q: QueryTerms, positions: readonly number[], make: MakeScored<T>) => T[];

/** 2 ** i for i = 0..52 (the shared-terms bits). */
const BITS = Float64Array.from({ length: 53 }, (_, i) => 2 ** i);

/** A typed array at least `n` long: `current`, or a new one twice that size. */
function atLeast<A extends Uint8Array | Int32Array | Float64Array>(current: A, n: number, make: (n: number) => A): A {
  return current.length >= n ? current : make(n * 2);
}

/** Builds the scorer of a corpus, with its reusable buffers. */
export function createArticleScorer(corpus: Corpus, params: RankingParams): ArticleScorer {
  const { articles, fields: fieldPostings, bodies: bodyPostings, examples: examplePostings, sectionOwner, sectionIndex, exampleOwner } = corpus;
  // Per article position: its slot among the chosen (-1: not chosen), its first body row, the last term it held.
  const slot = new Int32Array(articles.length).fill(-1);
  const rowOf = new Int32Array(articles.length);
  const lastHeld = new Int32Array(articles.length);
  const heldCount = new Int32Array(articles.length);
  const inQuery = new Uint32Array(corpus.tokenIds.size);
  let stamp = 0;
  // Zero between queries: a query clears the examples it met (`met`, the first `metCount`), not every example of the chosen articles.
  const examples: ExampleMatch = { dot: new Float64Array(exampleOwner.length), shared: new Float64Array(exampleOwner.length), norm: corpus.exampleNorms };
  const met = new Int32Array(exampleOwner.length);
  let metCount = 0;
  let fields = new Uint8Array(0);
  let bodies = new Uint8Array(0);
  let held = new Int32Array(0);
  let lacks = new Float64Array(0);
  let holds = new Float64Array(0);
  const isInQuery = (id: number) => inQuery[id] === stamp;

  function hold(a: number, i: number, terms: number): void {
    if (lastHeld[a] === i) return;
    lastHeld[a] = i;
    held[slot[a]! * terms + heldCount[a]!] = i;
    heldCount[a]! += 1;
  }

  /** Records, for term i, which chosen articles hold it where. */
  function collect(i: number, id: number, weight: number, terms: number): void {
    const { offsets: fo, items: fi, flags: ff } = fieldPostings;
    for (let j = fo[id]!; j < fo[id + 1]!; j++) {
      const a = fi[j]!;
      if (slot[a]! < 0) continue;
      fields[slot[a]! * terms + i] = ff![j]!;
      hold(a, i, terms);
    }
    const { offsets: bo, items: bi } = bodyPostings;
    for (let j = bo[id]!; j < bo[id + 1]!; j++) {
      const s = bi[j]!;
      const a = sectionOwner[s]!;
      if (slot[a]! < 0) continue;
      bodies[(rowOf[a]! + sectionIndex[s]!) * terms + i] = 1;
      hold(a, i, terms);
    }
    const { offsets: eo, items: ei } = examplePostings;
    // Bit i for term i (each term meets an example once); terms from the 53rd on share bit 52, set once.
    const bit = BITS[Math.min(i, 52)]!;
    for (let j = eo[id]!; j < eo[id + 1]!; j++) {
      const e = ei[j]!;
      if (slot[exampleOwner[e]!]! < 0) continue;
      // The first meeting always sets a bit: an example without one is not met yet.
      if (examples.shared[e] === 0) met[metCount++] = e;
      examples.dot[e]! += weight;
      if (i < 52 || examples.shared[e]! < bit) examples.shared[e]! += bit;
    }
  }

  return <T>(q: QueryTerms, positions: readonly number[], make: MakeScored<T>): T[] => {
    const terms = q.list.length;
    let rows = 0;
    for (let k = 0; k < positions.length; k++) {
      const a = positions[k]!;
      slot[a] = k;
      rowOf[a] = rows;
      lastHeld[a] = -1;
      heldCount[a] = 0;
      rows += articles[a]!.sections.length;
    }
    fields = atLeast(fields, positions.length * terms, (n) => new Uint8Array(n));
    held = atLeast(held, positions.length * terms, (n) => new Int32Array(n));
    bodies = atLeast(bodies, rows * terms, (n) => new Uint8Array(n));
    lacks = atLeast(lacks, terms, (n) => new Float64Array(n));
    holds = atLeast(holds, terms, (n) => new Float64Array(n));
    fields.fill(0, 0, positions.length * terms);
    bodies.fill(0, 0, rows * terms);
    stamp = stamp === 0xffffffff ? (inQuery.fill(0), 1) : stamp + 1;
    for (let i = 0; i < terms; i++) {
      const id = q.ids[i]!;
      if (id < 0) continue;
      inQuery[id] = stamp;
      collect(i, id, q.list[i]!.weight, terms);
    }
    const out: T[] = [];
    // One view, moved from article to article: the ranking's functions read it and keep nothing of it.
    const holding: ArticleTerms = { terms, fields, fieldsAt: 0, bodies, bodiesAt: 0, held, heldAt: 0, heldCount: 0 };
    for (let k = 0; k < positions.length; k++) {
      const a = positions[k]!;
      const article = articles[a]!;
      holding.fieldsAt = k * terms;
      holding.bodiesAt = rowOf[a]! * terms;
      holding.heldAt = k * terms;
      holding.heldCount = heldCount[a]!;
      const examplePart = params.examples * exampleScore(q.mass, examples, article.firstExample, article.firstExample + article.examples, params);
      const penalty = params.penalty * missingKeyPenalty(article.keys, isInQuery);
      termParts(q.list, holding, params, lacks, holds);
      let best = 0;
      let bestContent = -1;
      // Strictly greater: on a tie the earlier section (the answer) wins.
      for (let s = 0; s < article.sections.length; s++) {
        const c = contentScore(holding, s, lacks, holds);
        if (c > bestContent) {
          best = s;
          bestContent = c;
        }
      }
      out.push(make(a, best, bestContent + (examplePart - penalty), { content: bestContent, examples: examplePart, penalty }, coverage(q.list, q.mass, holding, best)));
    }
    for (const a of positions) slot[a] = -1;
    for (let j = 0; j < metCount; j++) {
      examples.dot[met[j]!] = 0;
      examples.shared[met[j]!] = 0;
    }
    metCount = 0;
    return out;
  };
}

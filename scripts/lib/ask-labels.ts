/**
 * The labelled questions of the answer engine, their cross-validation folds and the hash the parameters
 * file records. Shared by `npm run train`, `npm run eval` and the staleness test, so all three see the same
 * questions in the same folds.
 *
 * Every labelled question gets a fold from a hash of its text (not its position). Fold f is asked against
 * the knowledge base without fold f's examples, with the model fitted without fold f's questions: the
 * figures are out-of-fold for the examples AND the fixtures. Fixture questions are never indexed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { KnowledgeBase } from '../../server/content/types.ts';
import { FEATURES } from '../../server/answer/features.ts';
import { VAGUENESS_FEATURES } from '../../server/answer/vagueness.ts';
import { foldOf } from '../eval-search-folds.ts';

/** Number of cross-validation folds of the answer engine (training and evaluation). */
export const FOLDS = 5;

export type LabelledSet = 'examples' | 'in-scope' | 'out-of-scope' | 'look-alike' | 'vague';

export interface Labelled {
  set: LabelledSet;
  q: string;
  /** The right article (in-scope sets), or null when no article is right. */
  expect: string | null;
  /** Other acceptable answers. */
  also: string[];
  /** Vague questions: articles a clarifying question should offer. */
  options: string[];
  fold: number;
}

const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures/questions');

/** The fixture files that hold single labelled questions (conversations are apart). */
export const FIXTURE_FILES = ['in-scope', 'out-of-scope', 'look-alike', 'vague'] as const;

function readFixture(name: string): Record<string, unknown>[] {
  const file = path.join(FIXTURES, `${name}.yaml`);
  if (!existsSync(file)) return [];
  return ((parse(readFileSync(file, 'utf8')) as { questions?: Record<string, unknown>[] }).questions ?? []);
}

/** Every labelled question: the articles' examples and the fixtures, each with its fold. */
export function labelledQuestions(kb: KnowledgeBase): Labelled[] {
  const out: Labelled[] = [];
  const add = (set: LabelledSet, q: string, expect: string | null, also: string[] = [], options: string[] = []) =>
    out.push({ set, q, expect, also, options, fold: foldOf(q, FOLDS) });
  for (const a of kb.articles) for (const q of a.examples) add('examples', q, a.id);
  for (const x of readFixture('in-scope')) add('in-scope', String(x.q), String(x.expect), (x.also as string[] | undefined) ?? []);
  for (const x of readFixture('out-of-scope')) add('out-of-scope', String(x.q), null);
  for (const x of readFixture('look-alike')) add('look-alike', String(x.q), null);
  for (const x of readFixture('vague')) add('vague', String(x.q), null, [], (x.options as string[] | undefined) ?? []);
  return out;
}

/** The knowledge base without the examples of one fold (they are asked, so they must not be found). */
export function withoutFold(kb: KnowledgeBase, fold: number): KnowledgeBase {
  const articles = kb.articles.map((a) => ({ ...a, examples: a.examples.filter((q) => foldOf(q, FOLDS) !== fold) }));
  return { ...kb, articles, byId: new Map(articles.map((a) => [a.id, a])) };
}

/**
 * SHA-256 of everything the fitted parameters depend on: the articles (text, examples, rules), the
 * vocabulary (lexicon, classes, other systems, readings), the labelled fixtures, the features and folds.
 */
export function contentHash(kb: KnowledgeBase): string {
  const h = createHash('sha256');
  const put = (v: unknown) => h.update(JSON.stringify(v)).update('\n');
  put({ features: FEATURES, vagueness: VAGUENESS_FEATURES, folds: FOLDS });
  for (const a of kb.articles) put([a.id, a.title, a.summary, a.text, a.examples, a.intent ?? null, a.related]);
  put(kb.lexicon);
  put(kb.classes);
  put(kb.neutral);
  put(kb.otherSystems);
  put(Array.from(kb.readings).sort(([x], [y]) => x.localeCompare(y)));
  for (const name of FIXTURE_FILES) {
    const file = path.join(FIXTURES, `${name}.yaml`);
    put(existsSync(file) ? readFileSync(file, 'utf8') : null);
  }
  return h.digest('hex');
}

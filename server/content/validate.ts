/**
 * Step 3a: check an article's front matter against the content format (a hand-written schema, because
 * every message must name the exact line and, for typos, the key the editor meant).
 */
import { CATEGORIES, type Article, type CategoryId, type IntentRule } from './types.ts';
import { readCardFields, type CardFields } from './validate-card.ts';
import {
  checkKeys, isMap, nearest, readDate, readString, readStringList, readTerms, report,
  type FieldContext, type YamlMap,
} from './fields.ts';

/** Every key an article's front matter may hold, in the order editors write them. */
export const ARTICLE_KEYS = [
  'id', 'title', 'category', 'summary', 'source', 'updated', 'related', 'keyFacts', 'card', 'cases', 'examples', 'intent',
] as const;
export const INTENT_KEYS = ['must', 'may', 'not'] as const;
/** Fewest labelled questions an article needs: the evaluation and the answer engine learn from them. */
export const MIN_EXAMPLES = 10;
/** Article, notice and anchor ids: lowercase ASCII words joined by hyphens (URLs and the API use them). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 64;

/** The checked front matter of an article: its fields, and what its answer cards are made of. */
export type ArticleMeta = Pick<Article, 'id' | 'title' | 'category' | 'summary' | 'source' | 'updated' | 'related' | 'examples' | 'intent'> & CardFields;

/** Checks an id's form and that it equals the file name; reports at the `id` line. */
export function checkId(ctx: FieldContext, id: string, fileName: string): void {
  if (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) {
    report(ctx, ['id'], `id "${id}" must be lowercase a-z, 0-9 and single hyphens, at most ${MAX_ID_LENGTH} characters`);
  } else if (id !== fileName) {
    report(ctx, ['id'], `id "${id}" does not match the file name "${fileName}"`);
  }
}

function readCategory(ctx: FieldContext, map: YamlMap): CategoryId | undefined {
  const value = readString(ctx, map, 'category');
  if (value === undefined) return undefined;
  const ids = Object.keys(CATEGORIES);
  if (ids.includes(value)) return value as CategoryId;
  const guess = nearest(value, ids);
  const hint = guess ? `did you mean "${guess}"?` : `use one of: ${ids.join(', ')}`;
  report(ctx, ['category'], `category "${value}" is not in the list (${hint})`);
  return undefined;
}

/**
 * `intent`: must = list of non-empty groups of terms; may / not = lists of terms (optional).
 * @returns the rule, undefined when absent, or null when malformed (problems reported).
 */
function readIntent(ctx: FieldContext, map: YamlMap): IntentRule | undefined | null {
  if (!('intent' in map)) return undefined;
  const value = map.intent;
  if (!isMap(value)) {
    report(ctx, ['intent'], '"intent" must be a map with "must", and optionally "may" and "not"');
    return null;
  }
  const before = ctx.problems.length;
  checkKeys(ctx, value, INTENT_KEYS, ['intent']);
  const must: string[][] = [];
  if (!('must' in value)) {
    if (!ctx.suggested?.has('intent.must')) report(ctx, ['intent'], 'missing required key "intent.must"');
  } else if (!Array.isArray(value.must) || value.must.length === 0) {
    report(ctx, ['intent', 'must'], '"intent.must" must be a list of groups, each a list of terms, e.g. - [パスワード, PW]');
  } else {
    value.must.forEach((group: unknown, i: number) => {
      const terms = readTerms(ctx, group, ['intent', 'must', i], `"intent.must" group ${i + 1}`, '[パスワード, PW]');
      if (terms) must.push(terms);
    });
  }
  const lists: Record<'may' | 'not', string[]> = { may: [], not: [] };
  for (const key of ['may', 'not'] as const) {
    if (!(key in value)) continue;
    lists[key] = readTerms(ctx, value[key], ['intent', key], `"intent.${key}"`, '[ログイン, できない]', true) ?? [];
  }
  if (ctx.problems.length > before) return null;
  return { must, may: lists.may, not: lists.not };
}

/**
 * Checks an article's front matter. `fileName` is the file name without `.md`.
 * @returns the metadata when every field is right, otherwise null (problems are in `ctx`).
 */
export function validateArticle(ctx: FieldContext, data: unknown, fileName: string): ArticleMeta | null {
  if (!isMap(data)) {
    report(ctx, 1, 'front matter must be a map of keys (id, title, …)');
    return null;
  }
  const before = ctx.problems.length;
  checkKeys(ctx, data, ARTICLE_KEYS);
  const id = readString(ctx, data, 'id');
  if (id !== undefined) checkId(ctx, id, fileName);
  const title = readString(ctx, data, 'title');
  const category = readCategory(ctx, data);
  const summary = readString(ctx, data, 'summary');
  const source = readString(ctx, data, 'source');
  const updated = readDate(ctx, data, 'updated');
  const related = readStringList(ctx, data, 'related', true);
  const examples = readStringList(ctx, data, 'examples', true);
  if (examples && examples.length < MIN_EXAMPLES) {
    report(ctx, ['examples'], `"examples" has ${examples.length} questions; at least ${MIN_EXAMPLES} are needed`);
  }
  const intent = readIntent(ctx, data);
  const card = readCardFields(ctx, data);
  if (ctx.problems.slice(before).some((p) => p.severity === 'error') || !card) return null;
  return {
    id: id!, title: title!, category: category!, summary: summary!, source: source!, updated: updated!,
    related: related!, examples: examples!, ...(intent ? { intent } : {}), ...card,
  };
}

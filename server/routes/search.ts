/**
 * GET /api/search (ranked sections with highlighted snippets) and GET /api/suggest (type-ahead titles).
 * Input mistakes are 400s with stable codes: query-empty, query-too-long, invalid-query, unknown-category.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { CATEGORIES, type CategoryId } from '../content/types.ts';
import { AppError } from '../errors.ts';
import { errorResponses } from '../schemas.ts';

/** Longest accepted query, in characters (code points) after trimming. */
export const MAX_QUERY_LENGTH = 200;

// `q` is checked in the handler, not the schema, so that empty and too-long queries get their own codes.
const SearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    category: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const SuggestQuery = Type.Object({ q: Type.Optional(Type.String()) }, { additionalProperties: false });

const SearchHitSchema = Type.Object({
  id: Type.String(),
  anchor: Type.String(),
  title: Type.String(),
  sectionTitle: Type.String(),
  category: Type.String(),
  snippet: Type.String({ description: 'HTML-escaped text with <mark> around matched words' }),
  url: Type.String(),
  score: Type.Number(),
  coverage: Type.Number({ minimum: 0, maximum: 1 }),
});

const SearchResponse = Type.Object({
  query: Type.String(),
  total: Type.Integer(),
  tookMs: Type.Number(),
  results: Type.Array(SearchHitSchema),
});

const SuggestResponse = Type.Object({
  query: Type.String(),
  suggestions: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), url: Type.String() }), { maxItems: 8 }),
});

/** Trims the query and enforces the empty/too-long rules. */
export function checkQuery(q: string | undefined): string {
  const query = (q ?? '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (!query) throw new AppError(400, 'query-empty', '検索する言葉を入力してください。');
  if (Array.from(query).length > MAX_QUERY_LENGTH) {
    throw new AppError(400, 'query-too-long', `検索する言葉は${MAX_QUERY_LENGTH}文字以内で入力してください。`);
  }
  return query;
}

function checkCategory(category: string | undefined): CategoryId | undefined {
  if (category === undefined || category === '') return undefined;
  if (!Object.hasOwn(CATEGORIES, category)) {
    throw new AppError(400, 'unknown-category', '指定されたカテゴリは存在しません。');
  }
  return category as CategoryId;
}

const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/search',
    { schema: { querystring: SearchQuery, response: { 200: SearchResponse, ...errorResponses } } },
    async (request) => {
      const query = checkQuery(request.query.q);
      const category = checkCategory(request.query.category);
      const started = performance.now();
      const { total, results } = app.knowledge.current().search.search(query, { limit: request.query.limit ?? 10, category });
      const tookMs = Math.round((performance.now() - started) * 100) / 100;
      return { query, total, tookMs, results };
    },
  );

  app.get(
    '/api/suggest',
    { schema: { querystring: SuggestQuery, response: { 200: SuggestResponse, ...errorResponses } } },
    async (request) => {
      const query = checkQuery(request.query.q);
      return { query, suggestions: app.knowledge.current().search.suggest(query) };
    },
  );
};

export default searchRoutes;

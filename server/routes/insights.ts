/**
 * The admin-only insights API (Authorization: Bearer ADMIN_TOKEN; off without one, see plugins/admin-auth):
 * what users ask, what the bot could not answer, how answers were voted, and an "ask preview" that shows
 * what the engine would answer and why, without recording anything.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AppError } from '../errors.ts';
import { AskResultSchema, errorResponses } from '../schemas.ts';
import { AskTraceSchema } from '../answer/trace.ts';
import { requireAdmin } from '../plugins/admin-auth.ts';
import { toCsv } from '../store/csv.ts';
import type { InsightsStore, ReadOptions } from '../store/types.ts';
import {
  AskPreviewBody,
  FeedbackListResponse,
  FeedbackQuery,
  ReadQuery,
  SummaryResponse,
  UnansweredResponse,
} from '../store/schemas.ts';

/** The ask preview: the answer, the engine's structured trace and the time it took. */
export const AskPreviewResponse = Type.Object({ result: AskResultSchema, trace: AskTraceSchema, tookMs: Type.Number() });

const UNAVAILABLE = 'インサイトのデータを読み出せません。しばらくしてからもう一度お試しください。';

const insightRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', requireAdmin(() => app.config.adminToken));
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  /** Runs a read on the store; a store without reads or a failing one is a 503, never a raw 500. */
  function read<T>(fn: (store: Required<InsightsStore>, options: ReadOptions) => T, options: ReadOptions): T {
    if (!app.insights.readable) throw new AppError(503, 'insights-unavailable', UNAVAILABLE);
    try {
      return app.insights.read(fn, options);
    } catch {
      throw new AppError(503, 'insights-unavailable', UNAVAILABLE);
    }
  }

  const titleOf = (id: string) => app.knowledge.current().kb.byId.get(id)?.title ?? id;

  app.get('/api/insights/summary', { schema: { querystring: ReadQuery, response: { 200: SummaryResponse, ...errorResponses } } }, async (request) => {
    const s = read((store, o) => store.summary(o), request.query);
    return {
      ...s,
      topArticles: s.topArticles.map((a) => ({ ...a, title: titleOf(a.id) })),
      helpfulness: s.helpfulness.map((a) => ({ ...a, title: titleOf(a.id) })),
    };
  });

  app.get('/api/insights/unanswered', { schema: { querystring: ReadQuery, response: { 200: UnansweredResponse, ...errorResponses } } }, async (request) => ({
    items: read((store, o) => store.unanswered(o), request.query),
  }));

  app.get('/api/insights/feedback', { schema: { querystring: FeedbackQuery, response: { 200: FeedbackListResponse, ...errorResponses } } }, async (request) => {
    const { helpful, ...options } = request.query;
    return { items: read((store, o) => store.feedback({ ...o, helpful }), options) };
  });

  app.get('/api/insights/unanswered.csv', { schema: { querystring: ReadQuery, response: { 200: Type.String(), ...errorResponses } } }, async (request, reply) => {
    const items = read((store, o) => store.unanswered(o), request.query);
    const csv = toCsv(
      ['質問（伏せ字済み）', '正規化した質問', '件数', '回答できず', '聞き返し', '最終日時'],
      items.map((g) => [g.question, g.normalized, g.count, g.fallback, g.clarify, g.lastSeen]),
    );
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="unanswered.csv"')
      .send(csv);
  });

  app.post('/api/insights/ask-preview', { schema: { body: AskPreviewBody, response: { 200: AskPreviewResponse, ...errorResponses } } }, async (request) => {
    const question = request.body.question.trim();
    if (!question) throw new AppError(400, 'question-empty', '質問を入力してください。');
    if (question.length > 500) throw new AppError(400, 'question-too-long', '質問は500文字以内で入力してください。');
    const started = performance.now();
    // Straight to the engine, not through /api/ask: a preview is neither recorded nor rate-limited as a user's ask.
    const { result, trace } = app.knowledge.current().engine.ask({ question, previous: request.body.previous });
    return { result, trace, tookMs: Math.round((performance.now() - started) * 100) / 100 };
  });
};

export default insightRoutes;

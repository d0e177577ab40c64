/**
 * The admin-only insights API (Authorization: Bearer ADMIN_TOKEN; off without one, see plugins/admin-auth):
 * what users ask, what the bot could not answer, how answers were voted (and why not), one conversation by
 * its reference code, and an "ask preview" that shows what the engine would answer and why, without
 * recording anything. The CSV exports are in routes/insights-csv.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AppError } from '../errors.ts';
import { AskResultSchema, errorResponses } from '../schemas.ts';
import { AskTraceSchema } from '../answer/trace.ts';
import { requireAdmin } from '../plugins/admin-auth.ts';
import { formatReference, parseReference } from '../store/reference.ts';
import { readInsights } from './insights-read.ts';
import {
  AskPreviewBody,
  ConversationParams,
  ConversationResponse,
  FeedbackListResponse,
  FeedbackQuery,
  ReadQuery,
  SummaryResponse,
  UnansweredResponse,
} from '../store/schemas.ts';
import insightCsvRoutes from './insights-csv.ts';

/** The ask preview: the answer, the engine's structured trace and the time it took. */
export const AskPreviewResponse = Type.Object({ result: AskResultSchema, trace: AskTraceSchema, tookMs: Type.Number() });

const insightRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', requireAdmin(app));
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  const titleOf = (id: string) => app.knowledge.current().kb.byId.get(id)?.title ?? id;
  const admin = { security: [{ adminToken: [] }], tags: ['insights'] };

  app.get('/api/insights/summary', { schema: { ...admin, querystring: ReadQuery, response: { 200: SummaryResponse, ...errorResponses } } }, async (request) => {
    const s = await readInsights(app, (store, o) => store.summary(o), request.query);
    return {
      ...s,
      topArticles: s.topArticles.map((a) => ({ ...a, title: titleOf(a.id) })),
      helpfulness: s.helpfulness.map((a) => ({ ...a, title: titleOf(a.id) })),
    };
  });

  app.get('/api/insights/unanswered', { schema: { ...admin, querystring: ReadQuery, response: { 200: UnansweredResponse, ...errorResponses } } }, async (request) => ({
    items: await readInsights(app, (store, o) => store.unanswered(o), request.query),
  }));

  app.get('/api/insights/feedback', { schema: { ...admin, querystring: FeedbackQuery, response: { 200: FeedbackListResponse, ...errorResponses } } }, async (request) => {
    const { helpful, ...options } = request.query;
    return { items: await readInsights(app, (store, o) => store.feedback({ ...o, helpful }), options) };
  });

  app.get(
    '/api/insights/conversations/:reference',
    { schema: { ...admin, params: ConversationParams, response: { 200: ConversationResponse, ...errorResponses } } },
    async (request) => {
      const reference = parseReference(request.params.reference);
      if (!reference) throw new AppError(400, 'bad-reference', '受付番号は「XXXX-XXXX」の形（英数字8文字）で入力してください。');
      const turns = await readInsights(app, (store) => store.conversation(reference), { days: 1, limit: 1 });
      if (turns.length === 0) throw new AppError(404, 'unknown-reference', 'この受付番号の会話は見つかりませんでした。番号をご確認ください。');
      return {
        reference: formatReference(reference),
        turns: turns.map((t) => ({ ...t, answerTitle: t.answerId ? titleOf(t.answerId) : null })),
      };
    },
  );

  app.post('/api/insights/ask-preview', { schema: { ...admin, body: AskPreviewBody, response: { 200: AskPreviewResponse, ...errorResponses } } }, async (request) => {
    const question = request.body.question.trim();
    if (!question) throw new AppError(400, 'question-empty', '質問を入力してください。');
    if (question.length > 500) throw new AppError(400, 'question-too-long', '質問は500文字以内で入力してください。');
    const started = performance.now();
    // Straight to the engine, not through /api/ask: a preview is neither recorded nor counted as a user's ask.
    const { result, trace } = app.knowledge.current().engine.ask({ question, previous: request.body.previous, offered: request.body.offered });
    return { result: { ...result, reference: null }, trace, tookMs: Math.round((performance.now() - started) * 100) / 100 };
  });

  await app.register(insightCsvRoutes);
};

export default insightRoutes;

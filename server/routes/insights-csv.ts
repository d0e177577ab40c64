/**
 * The insights as CSV for spreadsheet users (behind the admin token, like the rest of the insights API):
 * the unanswered questions, and the feedback with the reason of each unhelpful vote as its Japanese label.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../schemas.ts';
import { toCsv } from '../store/csv.ts';
import { FeedbackQuery, REASON_LABELS, ReadQuery } from '../store/schemas.ts';
import { readInsights } from './insights-read.ts';

const CSV = 'text/csv; charset=utf-8';
const attachment = (name: string) => `attachment; filename="${name}"`;
const KIND_LABELS = { answer: '回答', clarify: '聞き返し', fallback: '回答できず', smalltalk: '雑談' } as const;

const insightCsvRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const admin = { security: [{ adminToken: [] }], tags: ['insights'] };
  const csvResponse = { 200: Type.String({ description: 'CSV, UTF-8 with BOM' }), ...errorResponses };

  app.get('/api/insights/unanswered.csv', { schema: { ...admin, querystring: ReadQuery, response: csvResponse } }, async (request, reply) => {
    const items = await readInsights(app, (store, o) => store.unanswered(o), request.query);
    const csv = toCsv(
      ['質問（伏せ字済み）', '正規化した質問', '件数', '回答できず', '聞き返し', '最終日時'],
      items.map((g) => [g.question, g.normalized, g.count, g.fallback, g.clarify, g.lastSeen]),
    );
    return reply.type(CSV).header('content-disposition', attachment('unanswered.csv')).send(csv);
  });

  app.get('/api/insights/feedback.csv', { schema: { ...admin, querystring: FeedbackQuery, response: csvResponse } }, async (request, reply) => {
    const { helpful, ...options } = request.query;
    const items = await readInsights(app, (store, o) => store.feedback({ ...o, helpful }), options);
    const titleOf = (id: string | null) => (id ? (app.knowledge.current().kb.byId.get(id)?.title ?? id) : '');
    const csv = toCsv(
      ['日時', '評価', '理由', 'コメント（伏せ字済み）', '質問（伏せ字済み）', '応答の種類', '記事'],
      items.map((f) => [
        f.at,
        f.helpful ? '解決した' : '解決しなかった',
        f.reason ? REASON_LABELS[f.reason] : '',
        f.comment,
        f.question,
        f.kind ? KIND_LABELS[f.kind] : '',
        titleOf(f.answerId),
      ]),
    );
    return reply.type(CSV).header('content-disposition', attachment('feedback.csv')).send(csv);
  });
};

export default insightCsvRoutes;

/** GET /api/health: liveness plus the state of the content and the insights store. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

const HealthResponse = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  articles: Type.Integer(),
  reason: Type.Optional(Type.String()),
});

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/health', { schema: { response: { 200: HealthResponse } } }, async () => {
    const articles = app.knowledge.current().kb.articles.length;
    const store = app.insights.health();
    return store.ok ? { status: 'ok' as const, articles } : { status: 'degraded' as const, articles, reason: store.reason };
  });
};

export default healthRoutes;

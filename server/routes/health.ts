/**
 * GET /api/health: liveness plus what an operator (or a load balancer) needs to know: the content, the
 * insights store, the shared rate-limit store (Redis) and overload. Always 200 while the process answers;
 * `degraded` names every reason. Served under pressure too, so it can say so.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

const HealthResponse = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  articles: Type.Integer(),
  reason: Type.Optional(Type.String()),
});

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/health',
    { schema: { tags: ['operations'], response: { 200: HealthResponse } }, config: { pressureHandler: () => undefined } },
    async () => {
      const articles = app.knowledge.current().kb.articles.length;
      const reasons = [app.insights.health(), app.limitsHealth(), app.overload()].flatMap((h) => (h.ok ? [] : [h.reason ?? 'unknown']));
      return reasons.length === 0 ? { status: 'ok' as const, articles } : { status: 'degraded' as const, articles, reason: reasons.join('; ') };
    },
  );
};

export default healthRoutes;

/**
 * The API reference: OpenAPI built by @fastify/swagger from the routes' own TypeBox schemas (nothing is
 * written twice), served as JSON at /docs/json and as Swagger UI at /docs. Registered before the routes
 * so that it sees every one of them.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';

/** The hash of the one stylesheet the Swagger UI bundle (@fastify/swagger-ui 5.x) inserts. */
const SWAGGER_UI_STYLE = 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';

/** The tag of a route in the reference, by its URL pattern (routes may also name their own). */
export function tagOf(url: string): string {
  if (url.startsWith('/api/insights/')) return 'insights';
  if (['/api/ask', '/api/feedback', '/api/suggestions'].includes(url)) return 'chat';
  if (url === '/api/health' || url === '/metrics') return 'operations';
  if (url.startsWith('/api/') || url.startsWith('/kb')) return 'knowledge';
  return 'pages';
}

async function docs(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs')) return;
    route.schema = { ...route.schema, tags: route.schema?.tags ?? [tagOf(route.url)] };
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'careplan-help API',
        description:
          'ケアプランデータ連携システム ヘルプデスクのナレッジベースと FAQ チャットボット。Every error is `{"error":{"code","message"}}` with a stable code and a Japanese message.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN, for /api/insights/*' } },
      },
      tags: [
        { name: 'chat', description: 'The widget: ask, feedback, suggestions' },
        { name: 'knowledge', description: 'Articles, search, notices, pages' },
        { name: 'insights', description: 'Admin only: insights, conversations, ask preview' },
        { name: 'operations', description: 'Health and metrics' },
        { name: 'pages', description: 'The demo page, the console, the widget bundle and page assets' },
      ],
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
    uiHooks: {
      // The service's strict CSP (plugins/security.ts) stays; the Swagger UI bundle inserts one fixed
      // stylesheet, allowed on these pages by its hash alone (checked in Chromium by test/e2e/docs.spec.ts).
      onRequest(_request, reply, done) {
        const csp = reply.getHeader('content-security-policy');
        if (typeof csp === 'string') reply.header('content-security-policy', csp.replace("style-src 'self'", `style-src 'self' '${SWAGGER_UI_STYLE}'`));
        done();
      },
    },
  });
}

export default fp(docs, { name: 'docs' });

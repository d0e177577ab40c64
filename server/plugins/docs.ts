/**
 * The API reference: OpenAPI built by @fastify/swagger from the routes' own TypeBox schemas (nothing is
 * written twice), served as JSON at /docs/json and as Swagger UI at /docs. Registered before the routes
 * so that it sees every one of them.
 * Both plugins (with the YAML library and the UI's assets, a tenth of a cold start) are loaded on the first
 * request under /docs, not at start: they then run in a small Fastify app of their own that is given every
 * route of this one (method, URL, schema, config), and /docs requests are answered by it through `inject`.
 * That first request takes about a tenth of a second longer; asking is never affected.
 */
import fp from 'fastify-plugin';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions, type RouteOptions } from 'fastify';
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';

/** The hash of the one stylesheet the Swagger UI bundle (@fastify/swagger-ui 5.x) inserts. */
const SWAGGER_UI_STYLE = 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';
const PREFIX = '/docs';

const SPEC: FastifyDynamicSwaggerOptions['openapi'] = {
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
};

/** Request headers the docs app is given: what it needs to answer 304s, ranges and content types. */
const FORWARDED = ['accept', 'accept-encoding', 'if-none-match', 'if-modified-since', 'range', 'if-range'];
/** Headers of the docs app's replies that this app's own reply sets itself. */
const OWN_HEADERS = new Set(['content-length', 'connection', 'date', 'keep-alive', 'transfer-encoding']);

/** The tag of a route in the reference, by its URL pattern (routes may also name their own). */
export function tagOf(url: string): string {
  if (url.startsWith('/api/insights/')) return 'insights';
  if (['/api/ask', '/api/feedback', '/api/suggestions'].includes(url)) return 'chat';
  if (url === '/api/health' || url === '/metrics') return 'operations';
  if (url.startsWith('/api/') || url.startsWith('/kb')) return 'knowledge';
  return 'pages';
}

/** Compilers for routes that are only documented, never called: no compiler is loaded or run. */
const DOCUMENT_ONLY = {
  buildValidator: () => () => () => true,
  buildSerializer: () => () => JSON.stringify,
} as unknown as NonNullable<FastifyServerOptions['schemaController']>['compilersFactory'];

/** The route as the reference needs it: no handler or hooks of this app. */
type DocumentedRoute = Pick<RouteOptions, 'method' | 'url' | 'schema' | 'config'> & { links?: unknown };

/** Builds the app that serves the reference of `routes`. Schemas there are documented, never compiled. */
async function buildDocsApp(routes: DocumentedRoute[]): Promise<FastifyInstance> {
  const [{ default: swagger }, { default: swaggerUi }] = await Promise.all([import('@fastify/swagger'), import('@fastify/swagger-ui')]);
  const docs = Fastify({ logger: false, schemaController: { compilersFactory: DOCUMENT_ONLY } });
  await docs.register(swagger, { openapi: SPEC });
  await docs.register(swaggerUi, { routePrefix: PREFIX, uiConfig: { docExpansion: 'list', deepLinking: true } });
  for (const route of routes) docs.route({ ...route, handler: async () => undefined } as RouteOptions);
  await docs.ready();
  return docs;
}

async function docs(app: FastifyInstance): Promise<void> {
  const routes: DocumentedRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(PREFIX)) return;
    route.schema = { ...route.schema, tags: route.schema?.tags ?? [tagOf(route.url)] };
    // HEAD routes are Fastify's own copies of GET ones (the docs app makes its own); the reference leaves them out.
    if (route.method === 'HEAD') return;
    const { method, url, schema, config } = route;
    routes.push({ method, url, schema, config, links: (route as { links?: unknown }).links });
  });

  let docsApp: Promise<FastifyInstance> | null = null;
  app.addHook('onClose', async () => {
    await (await docsApp?.catch(() => null))?.close();
  });

  async function serve(request: FastifyRequest, reply: FastifyReply) {
    docsApp ??= buildDocsApp(routes);
    const built = await docsApp.catch((err: unknown) => {
      docsApp = null; // tried again by the next request
      throw err;
    });
    const headers = Object.fromEntries(FORWARDED.flatMap((name) => (request.headers[name] === undefined ? [] : [[name, request.headers[name]!]])));
    // Always a GET: for a HEAD, this app's own HEAD route drops the body and keeps its length.
    const res = await built.inject({ method: 'GET', url: request.url, headers });
    if (res.statusCode === 404) return reply.callNotFound();
    for (const [name, value] of Object.entries(res.headers)) if (!OWN_HEADERS.has(name) && value !== undefined) reply.header(name, value);
    // The service's strict CSP (plugins/security.ts) stays; the Swagger UI bundle inserts one fixed
    // stylesheet, allowed on these pages by its hash alone (checked in Chromium by test/e2e/docs.spec.ts).
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string') reply.header('content-security-policy', csp.replace("style-src 'self'", `style-src 'self' '${SWAGGER_UI_STYLE}'`));
    return reply.status(res.statusCode).send(res.rawPayload.length > 0 ? res.rawPayload : undefined);
  }
  const hidden = { schema: { hide: true } };
  app.get(PREFIX, hidden, serve);
  app.get(`${PREFIX}/*`, hidden, serve);
}

export default fp(docs, { name: 'docs' });

/**
 * Static files: the widget bundle at /widget/ (built by `npm run build:widget` into widget/dist), page
 * assets at /assets/ (server/public), the shared design tokens as /assets/tokens.css (generated from
 * widget/design/tokens.ts, the source the widget's own styles come from), the favicon, and `/`, the demo
 * page shaped like the support site with the widget embedded — what `npm start` shows first. Plain files
 * only: no inline scripts or styles (strict CSP).
 */
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../schemas.ts';
import { pageTokensCss } from '../../widget/design/css.ts';
import { projectPath } from '../paths.ts';

/** Where the widget build lands; a missing folder only logs a warning (run `npm run build:widget`). */
export const WIDGET_DIR = projectPath('widget', 'dist');
export const PUBLIC_DIR = projectPath('server', 'public');

/** The generated token stylesheet: built once, it changes only with the code. */
const TOKENS_CSS = pageTokensCss();
const NoQuery = Type.Object({}, { additionalProperties: true });

const routes: FastifyPluginAsyncTypebox = async (app) => {
  // Registered before the /assets/ folder; a static route wins over its wildcard.
  app.get('/assets/tokens.css', { schema: { querystring: NoQuery, response: { 200: Type.String(), ...errorResponses } } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=300').send(TOKENS_CSS),
  );

  // Browsers ask for /favicon.ico on their own; the pages also link the SVG.
  for (const file of ['favicon.ico', 'favicon.svg']) {
    app.get(`/${file}`, { schema: { querystring: NoQuery, response: { ...errorResponses } } }, async (_request, reply) =>
      reply.sendFile(file, PUBLIC_DIR, { maxAge: 86_400_000 }),
    );
  }

  await app.register(fastifyStatic, {
    root: WIDGET_DIR,
    prefix: '/widget/',
    // The file name carries no hash: revalidate often so an update reaches embedding sites quickly.
    maxAge: '5m',
    index: false,
    wildcard: true,
    // The build writes .br and .gz copies (widget/precompress.ts): sent when the browser accepts them.
    preCompressed: true,
  });
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/assets/',
    decorateReply: false,
    maxAge: '5m',
    index: false,
  });

  app.get(
    '/',
    { schema: { querystring: NoQuery, response: { ...errorResponses } } },
    async (_request, reply) => {
      return reply.type('text/html; charset=utf-8').sendFile('index.html', PUBLIC_DIR, { maxAge: 0 });
    },
  );
};

export default routes;

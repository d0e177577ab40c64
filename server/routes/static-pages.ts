/**
 * Static files: the widget bundle at /widget/ (built by `npm run build:widget` into widget/dist), page
 * assets at /assets/ (server/public), and `/`, the demo page shaped like the support site with the widget
 * embedded — what `npm start` shows first. Plain files only: no inline scripts or styles (strict CSP).
 */
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../schemas.ts';
import { projectPath } from '../paths.ts';

/** Where the widget build lands; a missing folder only logs a warning (run `npm run build:widget`). */
export const WIDGET_DIR = projectPath('widget', 'dist');
export const PUBLIC_DIR = projectPath('server', 'public');

const routes: FastifyPluginAsyncTypebox = async (app) => {
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
    { schema: { querystring: Type.Object({}, { additionalProperties: true }), response: { ...errorResponses } } },
    async (_request, reply) => {
      return reply.type('text/html; charset=utf-8').sendFile('index.html', PUBLIC_DIR, { maxAge: 0 });
    },
  );
};

export default routes;

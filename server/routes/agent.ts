/**
 * GET /agent: the helpdesk agents' console — a bare page that loads the console bundle from /widget/
 * (built by `npm run build:widget`) and the shared design tokens from /assets/tokens.css. No inline scripts
 * or styles (strict CSP). The page itself holds no secrets: the insights behind it need the admin token,
 * which the console asks for.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../schemas.ts';

export const AGENT_PAGE = `<!doctype html>
<html lang="ja">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>ヘルプデスク コンソール</title>
    <link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/assets/tokens.css" />
    <link rel="stylesheet" href="/widget/agent-console.css" />
    <script type="module" src="/widget/agent-console.js"></script>
  </head>
  <body>
    <header class="console-header">
      <h1>ヘルプデスク コンソール</h1>
      <p>記事の検索とメール用コピー、チャットボットの回答プレビュー、利用状況（インサイト）</p>
    </header>
    <main>
      <agent-console></agent-console>
      <noscript><p>このコンソールを使うには JavaScript を有効にしてください。</p></noscript>
    </main>
  </body>
</html>
`;

const agentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/agent',
    { schema: { querystring: Type.Object({}, { additionalProperties: true }), response: { 200: Type.String(), ...errorResponses } } },
    async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(AGENT_PAGE),
  );
};

export default agentRoutes;

/** GET /api/notices: the support site's お知らせ, newest first. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses, NoticeItem } from '../schemas.ts';

const noticeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/notices', { schema: { response: { 200: Type.Array(NoticeItem), ...errorResponses } } }, async () => {
    // The pipeline already sorts notices newest first; the copy keeps callers from reordering the shared list.
    return app.knowledge.current().kb.notices.map(({ id, date, title, summary, important, url }) => ({ id, date, title, summary, important, url }));
  });
};

export default noticeRoutes;

/**
 * `GET /api/suggestions`: what the widget shows when its panel opens — the suggested questions (chips,
 * chosen by editors in content/suggestions.yaml), the 【重要】 notices for the panel's top, and the
 * helpdesk contact from content/site, so the widget can always show a phone number, even when /api/ask fails.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ContactInfo, errorResponses, NoticeItem } from '../schemas.ts';
import type { KnowledgeBase } from '../content/types.ts';

const SuggestionsResponse = Type.Object({
  questions: Type.Array(Type.String()),
  notices: Type.Array(NoticeItem),
  contact: ContactInfo,
});

/** Builds the response from a knowledge base: important notices only, newest first. */
export function suggestionsOf(kb: KnowledgeBase) {
  const notices = kb.notices
    .filter((n) => n.important)
    .sort((a, b) => b.date.localeCompare(a.date))
    .map(({ id, date, title, summary, important, url }) => ({ id, date, title, summary, important, url }));
  const { phone, hours, formUrl } = kb.site.helpdesk;
  return { questions: [...kb.suggestions], notices, contact: { phone, hours, formUrl } };
}

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/suggestions',
    {
      schema: {
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: SuggestionsResponse, ...errorResponses },
      },
    },
    async (_request, reply) => {
      // Content changes only on reload; a short cache spares the API one request per page view.
      reply.header('cache-control', 'public, max-age=300');
      return suggestionsOf(app.knowledge.current().kb);
    },
  );
};

export default routes;

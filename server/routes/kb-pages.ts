/** Server-rendered knowledge-base pages: GET /kb/ (index by category) and GET /kb/:id (one article). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../schemas.ts';
import { ArticleIdParams } from './articles.ts';
import { renderKbIndex } from '../pages/kb-index.ts';
import { renderKbArticle, renderKbNotFound } from '../pages/kb-article.ts';

const HTML = 'text/html; charset=utf-8';
const HtmlPage = Type.String({ description: 'An HTML page' });

const kbPages: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/kb', { schema: { response: { 301: Type.Null() } } }, async (_request, reply) => reply.redirect('/kb/', 301));

  app.get('/kb/', { schema: { response: { 200: HtmlPage, 500: errorResponses[500] } } }, async (_request, reply) => {
    return reply.type(HTML).send(renderKbIndex(app.knowledge.current().kb));
  });

  app.get(
    '/kb/:id',
    {
      // A person who mistypes an address gets the readable 404 page, not a JSON 400.
      attachValidation: true,
      schema: { params: ArticleIdParams, response: { 200: HtmlPage, 404: HtmlPage, 500: errorResponses[500] } },
    },
    async (request, reply) => {
      const { kb } = app.knowledge.current();
      const article = request.validationError ? undefined : kb.byId.get(request.params.id);
      if (!article) return reply.status(404).type(HTML).send(renderKbNotFound(kb));
      return reply.type(HTML).send(renderKbArticle(kb, article));
    },
  );
};

export default kbPages;

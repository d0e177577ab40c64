/**
 * Server-rendered knowledge-base pages: GET /kb/ (index by category), GET /kb/search?q= (search results,
 * no JavaScript needed) and GET /kb/:id (one article). Every page's root-relative links get the address a
 * printout shows (print-urls.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { errorResponses } from '../schemas.ts';
import { ArticleIdParams } from './articles.ts';
import { renderKbIndex } from '../pages/kb-index.ts';
import { renderKbArticle, renderKbNotFound } from '../pages/kb-article.ts';
import { readSearchQuery, renderKbSearch, SEARCH_PAGE_LIMIT } from '../pages/kb-search.ts';
import { requestOrigin, withPrintUrls } from '../pages/print-urls.ts';

const HTML = 'text/html; charset=utf-8';
const HtmlPage = Type.String({ description: 'An HTML page' });

// `q` is read leniently in the handler (repeated, empty, over-long): a person gets a page, never JSON.
const SearchPageQuery = Type.Object({ q: Type.Optional(Type.Unknown()) }, { additionalProperties: true });

function printable(request: FastifyRequest, page: string): string {
  return withPrintUrls(page, requestOrigin(request.protocol, request.host));
}

const kbPages: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/kb', { schema: { response: { 301: Type.Null() } } }, async (_request, reply) => reply.redirect('/kb/', 301));

  app.get('/kb/', { schema: { response: { 200: HtmlPage, 500: errorResponses[500] } } }, async (request, reply) => {
    return reply.type(HTML).send(printable(request, renderKbIndex(app.knowledge.current().kb)));
  });

  app.get(
    '/kb/search',
    { schema: { querystring: SearchPageQuery, response: { 200: HtmlPage, 400: HtmlPage, 500: errorResponses[500] } } },
    async (request, reply) => {
      const { kb, search } = app.knowledge.current();
      const query = readSearchQuery(request.query.q);
      const result = query.problem ? null : search.search(query.query, { limit: SEARCH_PAGE_LIMIT });
      const status = query.problem === 'too-long' ? 400 : 200;
      return reply.status(status).type(HTML).send(printable(request, renderKbSearch(kb, query, result)));
    },
  );

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
      return reply.type(HTML).send(printable(request, renderKbArticle(kb, article)));
    },
  );
};

export default kbPages;

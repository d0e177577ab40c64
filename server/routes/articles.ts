/** GET /api/articles (the list) and GET /api/articles/:id (one article with its HTML and sections). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AppError } from '../errors.ts';
import { errorResponses } from '../schemas.ts';
import type { Article, KnowledgeBase } from '../content/types.ts';

/** Article ids in URLs: the same form the content check enforces, with a length cap. */
export const ArticleIdParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9-]{1,64}$' }) });

const ArticleSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  category: Type.String(),
  summary: Type.String(),
  url: Type.String(),
});

const ArticleLink = Type.Object({ id: Type.String(), title: Type.String(), url: Type.String() });

const ArticleDetail = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  category: Type.String(),
  summary: Type.String(),
  updated: Type.String(),
  url: Type.String(),
  html: Type.String(),
  sections: Type.Array(Type.Object({ anchor: Type.String(), title: Type.String() })),
  related: Type.Array(ArticleLink),
});

/** The related articles that exist, as links (the content check guarantees they all do). */
export function relatedLinks(kb: KnowledgeBase, article: Article): Array<{ id: string; title: string; url: string }> {
  return article.related.flatMap((id) => {
    const r = kb.byId.get(id);
    return r ? [{ id: r.id, title: r.title, url: r.url }] : [];
  });
}

const articleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/articles', { schema: { response: { 200: Type.Array(ArticleSummary), ...errorResponses } } }, async () => {
    return app.knowledge.current().kb.articles.map(({ id, title, category, summary, url }) => ({ id, title, category, summary, url }));
  });

  app.get(
    '/api/articles/:id',
    { schema: { params: ArticleIdParams, response: { 200: ArticleDetail, ...errorResponses } } },
    async (request) => {
      const { kb } = app.knowledge.current();
      const article = kb.byId.get(request.params.id);
      if (!article) throw new AppError(404, 'article-not-found', 'お探しの記事は見つかりませんでした。記事の一覧からお探しください。');
      const { id, kind, title, category, summary, updated, url, html } = article;
      return {
        id, kind, title, category, summary, updated, url, html,
        sections: article.sections.map(({ anchor, title: t }) => ({ anchor, title: t })),
        related: relatedLinks(kb, article),
      };
    },
  );
};

export default articleRoutes;

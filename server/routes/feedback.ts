/**
 * POST /api/feedback `{queryId, helpful, comment?}`: the 「解決しましたか？」 vote on an answer.
 * One vote per queryId (409 `feedback-duplicate`); the queryId must come from an ask (404 `unknown-query`);
 * the comment is redacted before it is stored. Works while the insights store fails (see insights-service).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AppError } from '../errors.ts';
import { errorResponses } from '../schemas.ts';
import { redact } from '../text/redact.ts';

export const MAX_COMMENT_LENGTH = 500;

const FeedbackBody = Type.Object(
  {
    queryId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
    helpful: Type.Boolean(),
    // The length is checked in the handler so that the client gets its own code, not `invalid-body`.
    comment: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  },
  { additionalProperties: false },
);

const feedbackRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/feedback',
    { schema: { body: FeedbackBody, response: { 200: Type.Object({ ok: Type.Literal(true) }), 409: errorResponses[404], ...errorResponses } } },
    async (request) => {
      const { queryId, helpful } = request.body;
      const comment = (request.body.comment ?? '').trim();
      if ([...comment].length > MAX_COMMENT_LENGTH) {
        throw new AppError(400, 'comment-too-long', `コメントは${MAX_COMMENT_LENGTH}文字以内で入力してください。`);
      }
      const outcome = app.insights.recordFeedback({
        queryId,
        helpful,
        comment: comment ? redact(comment) : null,
        at: new Date().toISOString(),
      });
      if (outcome === 'unknown-query') {
        throw new AppError(404, 'unknown-query', 'この回答への評価は受け付けられませんでした。もう一度質問してからお試しください。');
      }
      if (outcome === 'duplicate') throw new AppError(409, 'feedback-duplicate', 'この回答にはすでに評価をいただいています。');
      return { ok: true as const };
    },
  );
};

export default feedbackRoutes;

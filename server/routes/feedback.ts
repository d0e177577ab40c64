/**
 * POST /api/feedback `{queryId, helpful, reason?, comment?}`: the 「解決しましたか？」 vote on an answer.
 * One vote per queryId (409 `feedback-duplicate`); the queryId must come from an ask, on this replica or
 * any other (404 `unknown-query`, checked by the store); `reason` only with helpful=false; the comment is
 * redacted before it is stored. 200 only once the vote is written; 503 `store-unavailable` when it cannot be.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { AppError } from '../errors.ts';
import { errorResponses } from '../schemas.ts';
import { redact } from '../text/redact.ts';
import { UnhelpfulReasonSchema } from '../store/schemas.ts';
import { StoreUnavailableError } from '../store/failure.ts';

export const MAX_COMMENT_LENGTH = 500;

export const FeedbackBody = Type.Object(
  {
    queryId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
    helpful: Type.Boolean(),
    reason: Type.Optional(UnhelpfulReasonSchema),
    // The length is checked in the handler so that the client gets its own code, not `invalid-body`.
    comment: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  },
  { additionalProperties: false },
);

export type FeedbackBodyType = Static<typeof FeedbackBody>;

const feedbackRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/feedback',
    { schema: { body: FeedbackBody, response: { 200: Type.Object({ ok: Type.Literal(true) }), 409: errorResponses[404], ...errorResponses } } },
    async (request) => {
      const { queryId, helpful, reason }: FeedbackBodyType = request.body;
      if (reason !== undefined && helpful) {
        throw new AppError(400, 'reason-not-allowed', '理由は「解決しなかった」ときだけ送ってください。');
      }
      const comment = (request.body.comment ?? '').trim();
      if ([...comment].length > MAX_COMMENT_LENGTH) {
        throw new AppError(400, 'comment-too-long', `コメントは${MAX_COMMENT_LENGTH}文字以内で入力してください。`);
      }
      let outcome;
      try {
        outcome = await app.insights.recordFeedback({
          queryId,
          helpful,
          reason: reason ?? null,
          comment: comment ? redact(comment) : null,
          at: new Date().toISOString(),
        });
      } catch (err) {
        if (!(err instanceof StoreUnavailableError)) throw err;
        throw new AppError(503, 'store-unavailable', '評価を保存できませんでした。しばらくしてからもう一度お試しください。');
      }
      if (outcome === 'unknown-query') {
        throw new AppError(404, 'unknown-query', 'この回答への評価は受け付けられませんでした。もう一度質問してからお試しください。');
      }
      if (outcome === 'duplicate') throw new AppError(409, 'feedback-duplicate', 'この回答にはすでに評価をいただいています。');
      return { ok: true as const };
    },
  );
};

export default feedbackRoutes;

/**
 * POST /api/ask: one question in, an answer, a clarifying question, a fallback or smalltalk out.
 * The question is recorded and logged only in redacted form, and recording never delays or breaks the
 * answer (it runs after the reply, and a failing store is only logged).
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AppError } from '../errors.ts';
import { AskResultSchema, errorResponses } from '../schemas.ts';
import { redact } from '../text/redact.ts';
import { normalize } from '../text/normalize.ts';
import type { AskResult } from '../answer/types.ts';

/** Longest question, in characters after trimming. */
export const MAX_QUESTION = 500;
const SESSION_ID = '^[A-Za-z0-9_-]{1,64}$';
/** Article ids are lowercase words joined by hyphens (they are file names and URL parts). */
const ARTICLE_ID = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

export const AskBody = Type.Object({
  question: Type.String({ description: '1–500 characters after trimming' }),
  sessionId: Type.Optional(Type.String({ pattern: SESSION_ID })),
  previous: Type.Optional(Type.String({ pattern: ARTICLE_ID, maxLength: 64 })),
});

/** The 200 response: the shared contract schema. */
export const AskResponse = AskResultSchema;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const askRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/ask',
    {
      // Bodies are validated without coercion (server/body-validator.ts): a number `question` is `invalid-body`.
      schema: { body: AskBody, response: { 200: AskResponse, ...errorResponses } },
    },
    async (request): Promise<AskResult> => {
      const question = request.body.question.trim();
      if (question.length === 0) throw new AppError(400, 'question-empty', '質問を入力してください。');
      const length = Array.from(question).length;
      if (length > MAX_QUESTION) {
        throw new AppError(400, 'question-too-long', `質問は${MAX_QUESTION}文字以内で入力してください（現在${length}文字）。`);
      }
      const started = performance.now();
      const { result, decision } = app.knowledge.current().engine.ask({
        question,
        sessionId: request.body.sessionId,
        previous: request.body.previous,
      });
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      const redacted = redact(question);
      request.log.info(
        { queryId: result.queryId, kind: result.kind, intent: result.intent, answerId: result.answer?.id ?? null, confidence: result.confidence, latencyMs, asked: redacted, decision },
        'ask',
      );
      // Always recorded: with INSIGHTS off the insights plugin holds a no-op store, but feedback still needs the queryId.
      {
        const sessionId = request.body.sessionId;
        const record = {
          queryId: result.queryId,
          at: new Date().toISOString(),
          question: redacted,
          normalized: normalize(redacted),
          kind: result.kind,
          intent: result.intent,
          answerId: result.answer?.id ?? null,
          confidence: result.confidence,
          latencyMs,
          sessionHash: sessionId ? sha256(sessionId) : null,
        };
        // After the reply is on its way: a slow or failing store must not hold up the answer.
        setImmediate(() => {
          try {
            app.insights.recordAsk(record);
          } catch (err) {
            app.log.warn({ err: err instanceof Error ? err.message : String(err), queryId: record.queryId }, 'insights: recording the ask failed');
          }
        });
      }
      return result;
    },
  );
};

export default askRoutes;

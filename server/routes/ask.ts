/**
 * POST /api/ask: one question in, an answer, a clarifying question, a fallback or smalltalk out.
 * The question is recorded and logged only in redacted form. The answer waits (briefly, bounded) until
 * its ask is written, so an answered ask is never lost, not even when the process is killed; a failing
 * store never breaks the answer (health reports it).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from '@sinclair/typebox';
import { Type } from '@sinclair/typebox';
import { AppError } from '../errors.ts';
import { AskResultSchema, errorResponses } from '../schemas.ts';
import { MAX_OPTIONS } from '../answer/decide.ts';
import { buildAskRecord } from '../store/ask-record.ts';
import { formatReference } from '../store/reference.ts';

/** Longest question, in characters after trimming. */
export const MAX_QUESTION = 500;
const SESSION_ID = '^[A-Za-z0-9_-]{1,64}$';
/** Article ids are lowercase words joined by hyphens (they are file names and URL parts). */
const ARTICLE_ID = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

export const AskBody = Type.Object({
  question: Type.String({ description: '1–500 characters after trimming' }),
  sessionId: Type.Optional(Type.String({ pattern: SESSION_ID })),
  previous: Type.Optional(Type.String({ pattern: ARTICLE_ID, maxLength: 64 })),
  /** The ids of the options the last question back offered, when the message replies to it (「KJのほう」). */
  offered: Type.Optional(Type.Array(Type.String({ pattern: ARTICLE_ID, maxLength: 64 }), { maxItems: MAX_OPTIONS, uniqueItems: true })),
});

/** The 200 response: the shared contract schema. */
export const AskResponse = AskResultSchema;

const askRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/ask',
    {
      // Bodies are validated without coercion (server/body-validator.ts): a number `question` is `invalid-body`.
      schema: { body: AskBody, response: { 200: AskResponse, ...errorResponses } },
    },
    async (request): Promise<Static<typeof AskResponse>> => {
      const question = request.body.question.trim();
      if (question.length === 0) throw new AppError(400, 'question-empty', '質問を入力してください。');
      // Characters are code points: counted only when the UTF-16 length (never fewer) is over the limit.
      const length = question.length > MAX_QUESTION ? Array.from(question).length : question.length;
      if (length > MAX_QUESTION) {
        throw new AppError(400, 'question-too-long', `質問は${MAX_QUESTION}文字以内で入力してください（現在${length}文字）。`);
      }
      const started = performance.now();
      const answered = app.knowledge.current().engine.ask({
        question,
        sessionId: request.body.sessionId,
        previous: request.body.previous,
        offered: request.body.offered,
      });
      const { result, decision } = answered;
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      const sessionId = request.body.sessionId;
      const record = buildAskRecord({
        queryId: result.queryId,
        question,
        kind: result.kind,
        intent: result.intent,
        answerId: result.answer?.id ?? null,
        confidence: result.confidence,
        latencyMs,
        sessionId,
        // Each ask's trace is kept in insights (issue 12 §7), cut to its leading candidates (STORED_TRACE in answer/explain.ts);
        // not even built for a store that keeps none (INSIGHTS=false).
        trace: app.insights.keepsTraces ? answered.storedTrace : undefined,
      });
      request.log.info(
        { queryId: result.queryId, kind: result.kind, intent: result.intent, answerId: record.answerId, confidence: result.confidence, latencyMs, asked: record.question, decision },
        'ask',
      );
      app.telemetry.askAnswered(result.kind);
      // Always recorded: with INSIGHTS off the insights plugin holds a memory-only store, but feedback still needs the queryId.
      await app.insights.recordAsk(record);
      return { ...result, reference: record.reference ? formatReference(record.reference) : null };
    },
  );
};

export default askRoutes;

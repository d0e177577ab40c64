/** TypeBox schemas of the insights API's responses (mirroring store/types.ts and answer/types.ts). */
import { Type } from '@sinclair/typebox';

const Kind = Type.Union([Type.Literal('answer'), Type.Literal('clarify'), Type.Literal('fallback'), Type.Literal('smalltalk')]);

export const ReadQuery = Type.Object({
  days: Type.Integer({ minimum: 1, maximum: 366, default: 30 }),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
});

export const FeedbackQuery = Type.Object({
  days: Type.Integer({ minimum: 1, maximum: 366, default: 30 }),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
  helpful: Type.Optional(Type.Boolean()),
});

const DayCount = Type.Object({
  day: Type.String(),
  total: Type.Integer(),
  answer: Type.Integer(),
  clarify: Type.Integer(),
  fallback: Type.Integer(),
  smalltalk: Type.Integer(),
});

export const SummaryResponse = Type.Object({
  since: Type.String(),
  totals: Type.Object({
    asks: Type.Integer(),
    answer: Type.Integer(),
    clarify: Type.Integer(),
    fallback: Type.Integer(),
    smalltalk: Type.Integer(),
    votes: Type.Integer(),
    helpful: Type.Integer(),
  }),
  perDay: Type.Array(DayCount),
  topArticles: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), count: Type.Integer() })),
  helpfulness: Type.Array(
    Type.Object({ id: Type.String(), title: Type.String(), votes: Type.Integer(), helpful: Type.Integer(), rate: Type.Number() }),
  ),
});

export const UnansweredResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      normalized: Type.String(),
      question: Type.String(),
      count: Type.Integer(),
      fallback: Type.Integer(),
      clarify: Type.Integer(),
      lastSeen: Type.String(),
    }),
  ),
});

export const FeedbackListResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      queryId: Type.String(),
      at: Type.String(),
      helpful: Type.Boolean(),
      comment: Type.Union([Type.String(), Type.Null()]),
      question: Type.Union([Type.String(), Type.Null()]),
      kind: Type.Union([Kind, Type.Null()]),
      answerId: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

export const AskPreviewBody = Type.Object(
  { question: Type.String(), previous: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);

const AskResultSchema = Type.Object({
  queryId: Type.String(),
  kind: Kind,
  intent: Type.Union([Type.String(), Type.Null()]),
  confidence: Type.Number(),
  message: Type.String(),
  answer: Type.Union([
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      summary: Type.String(),
      html: Type.String(),
      url: Type.String(),
      anchor: Type.Optional(Type.String()),
    }),
    Type.Null(),
  ]),
  options: Type.Array(Type.Object({ id: Type.String(), title: Type.String() })),
  related: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), url: Type.String() })),
  contact: Type.Union([Type.Object({ phone: Type.String(), hours: Type.String(), formUrl: Type.String() }), Type.Null()]),
  notices: Type.Array(Type.Object({ code: Type.String(), message: Type.String() })),
});

export const AskPreviewResponse = Type.Object({
  result: AskResultSchema,
  trace: Type.Object({
    normalized: Type.String(),
    decidedBy: Type.String(),
    candidates: Type.Array(Type.Object({ id: Type.String(), score: Type.Number(), coverage: Type.Number() })),
  }),
  tookMs: Type.Number(),
});

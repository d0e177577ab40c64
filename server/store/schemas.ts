/** TypeBox schemas of the insights API's responses (mirroring store/types.ts and answer/types.ts). */
import { Type } from '@sinclair/typebox';
import { AskKindSchema, AskResultSchema } from '../schemas.ts';

const Kind = AskKindSchema;

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

export const AskPreviewResponse = Type.Object({
  result: AskResultSchema,
  trace: Type.Object({
    normalized: Type.String(),
    decidedBy: Type.String(),
    candidates: Type.Array(Type.Object({ id: Type.String(), score: Type.Number(), coverage: Type.Number() })),
  }),
  tookMs: Type.Number(),
});

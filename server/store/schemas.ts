/** TypeBox schemas of the insights API's responses (mirroring store/types.ts and answer/types.ts). */
import { Type } from '@sinclair/typebox';
import { AskKindSchema, AskResultSchema } from '../schemas.ts';

const Kind = AskKindSchema;

/** Why an answer did not help (POST /api/feedback `reason`). */
export const UnhelpfulReasonSchema = Type.Union([Type.Literal('irrelevant'), Type.Literal('not-solved'), Type.Literal('other')]);

/** The labels users and agents see for each reason (the widget's buttons, the CSV). */
export const REASON_LABELS = {
  irrelevant: '関係のない回答だった',
  'not-solved': '関係はあるが解決しなかった',
  other: 'その他',
} as const;

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
  unhelpfulReasons: Type.Object({
    irrelevant: Type.Integer(),
    'not-solved': Type.Integer(),
    other: Type.Integer(),
    none: Type.Integer(),
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
      reason: Type.Union([UnhelpfulReasonSchema, Type.Null()]),
      comment: Type.Union([Type.String(), Type.Null()]),
      question: Type.Union([Type.String(), Type.Null()]),
      kind: Type.Union([Kind, Type.Null()]),
      answerId: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

export const ConversationParams = Type.Object({ reference: Type.String({ maxLength: 40 }) });

export const ConversationResponse = Type.Object({
  reference: Type.String({ description: 'XXXX-XXXX' }),
  turns: Type.Array(
    Type.Object({
      queryId: Type.String(),
      at: Type.String(),
      question: Type.String({ description: 'Redacted' }),
      kind: Kind,
      answerId: Type.Union([Type.String(), Type.Null()]),
      answerTitle: Type.Union([Type.String(), Type.Null()]),
      helpful: Type.Union([Type.Boolean(), Type.Null()]),
      reason: Type.Union([UnhelpfulReasonSchema, Type.Null()]),
    }),
  ),
});

export const AskPreviewBody = Type.Object(
  {
    question: Type.String(),
    previous: Type.Optional(Type.String({ maxLength: 100 })),
    /** The options of the question back the message replies to, as POST /api/ask takes them. */
    offered: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 3 })),
  },
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

/** TypeBox schemas shared by several routes. */
import { Type } from '@sinclair/typebox';

/** The body of every error response. */
export const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
});

/** Error responses every route may return; spread into a route's `response` schema. */
export const errorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  404: ErrorResponse,
  413: ErrorResponse,
  415: ErrorResponse,
  429: ErrorResponse,
  500: ErrorResponse,
  503: ErrorResponse,
};

/** A support-site notice (お知らせ) as the API shows it. */
export const NoticeItem = Type.Object({
  id: Type.String(),
  date: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  important: Type.Boolean(),
  url: Type.String(),
});

/** The helpdesk contact as the API shows it. */
export const ContactInfo = Type.Object({ phone: Type.String(), hours: Type.String(), formUrl: Type.String() });

/** The four kinds of reply of the answer engine. */
export const AskKindSchema = Type.Union([Type.Literal('answer'), Type.Literal('clarify'), Type.Literal('fallback'), Type.Literal('smalltalk')]);

/** What POST /api/ask returns; server/answer/types.ts reads its types from here (`Static<>`). */
export const AskResultSchema = Type.Object({
  queryId: Type.String(),
  kind: AskKindSchema,
  intent: Type.Union([Type.String(), Type.Null()]),
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
  message: Type.String(),
  answer: Type.Union([
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      summary: Type.String(),
      /** The answer card: what the chat shows (never the whole article, never the title). */
      html: Type.String(),
      /** The section the card comes from when it is one case's card; null for the default card. */
      section: Type.Union([Type.Object({ anchor: Type.String(), title: Type.String() }), Type.Null()]),
      /** `/kb/<id>`, or `/kb/<id>#<anchor>` of the card's section. */
      url: Type.String(),
      /** The card's section anchor, when it has one (kept for existing clients; same as `section.anchor`). */
      anchor: Type.Optional(Type.String()),
    }),
    Type.Null(),
  ]),
  options: Type.Array(Type.Object({ id: Type.String(), title: Type.String() })),
  related: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), url: Type.String() })),
  contact: Type.Union([ContactInfo, Type.Null()]),
  notices: Type.Array(Type.Object({ code: Type.String(), message: Type.String() })),
  /** The conversation's reference code `XXXX-XXXX` (from the sessionId), or null without a sessionId. */
  reference: Type.Union([Type.String({ pattern: '^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$' }), Type.Null()]),
});

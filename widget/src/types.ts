/**
 * What the widget exchanges with the server. The ask contract and the notice are the server's own types
 * (type-only imports: nothing of the server ends up in the bundle), so a contract change breaks the
 * widget's type check.
 */
import type { AskResponse } from '../../server/answer/types.ts';
import type { Notice } from '../../server/content/types.ts';
import type { UnhelpfulReason } from '../../server/store/types.ts';

export type { Notice, UnhelpfulReason };

/** `POST /api/ask`: the whole response, with the conversation's `reference` code (`XXXX-XXXX` or null). */
export type AskResult = AskResponse;

/** Helpdesk contact, as in `AskResult.contact` and `GET /api/suggestions`. */
export type Contact = NonNullable<AskResult['contact']>;

/** `GET /api/suggestions`. */
export interface Suggestions {
  questions: string[];
  /** Important notices (【重要】) shown at the top of the panel; the API sends every field of `Notice`. */
  notices: Notice[];
  contact: Contact;
}

/**
 * Where the user stands with the 「解決しましたか？」 vote of one answer: `reason` = いいえ was pressed and the
 * widget asks why (nothing is sent until a reason is chosen: one vote per answer carries the reason).
 */
export type FeedbackState = 'none' | 'reason' | 'sending' | 'yes' | 'no' | 'failed';

/** One entry of the conversation, as shown and as kept in sessionStorage. */
export type Message =
  | { role: 'user'; id: string; text: string }
  | { role: 'bot'; id: string; result: AskResult; feedback: FeedbackState; reason?: UnhelpfulReason }
  /** A failed ask. `retryQuestion` is null when retrying cannot help (e.g. the question was rejected). */
  | { role: 'error'; id: string; text: string; retryQuestion: string | null; previous?: string; offered?: string[] };

/** What survives a page change. */
export interface Conversation {
  sessionId: string;
  messages: Message[];
}

/** The parts of `GET /api/articles/:id` the widget shows. */
export interface ArticleData {
  id: string;
  title: string;
  summary: string;
  url: string;
  related: { id: string; title: string; url: string }[];
}

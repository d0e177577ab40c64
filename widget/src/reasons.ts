/**
 * Why an answer did not help (`POST /api/feedback` `reason`): the labels users tap in the widget and agents
 * read in the console. The server keeps the same labels for its CSV (server/store/schemas.ts REASON_LABELS;
 * a unit test keeps the two equal — this copy exists so neither bundle pulls in the server's schemas).
 */
import type { UnhelpfulReason } from './types.ts';

export const REASON_LABELS: Readonly<Record<UnhelpfulReason, string>> = {
  irrelevant: '関係のない回答だった',
  'not-solved': '関係はあるが解決しなかった',
  other: 'その他',
};

/** The reasons in the order they are offered. */
export const REASONS = Object.keys(REASON_LABELS) as UnhelpfulReason[];

/** The server's limit on a feedback comment, in characters after trimming. */
export const MAX_COMMENT_LENGTH = 500;

/** A comment's length as the server counts it: code points after trimming. */
export function commentLength(text: string): number {
  return Array.from(text.trim()).length;
}

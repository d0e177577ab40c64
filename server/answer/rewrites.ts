/**
 * The message an ask is read as, when its words call for another reading before anything is scored: each rewrite below
 * takes off words that would draw the wrong article, or sets out what was typed as it is meant. The engine asks the
 * rewritten message in its place (and rewrites it again, if another rewrite applies).
 */
import type { AskInput } from './types.ts';
import { askedAmongLast, restatedQuestion, shownAgainThing, type SentenceReading } from './restated.ts';
import { afterFirstSentenceDenial } from './question-part.ts';
import { itemsOnLines } from './inline-list.ts';

/** What the rewrites need to know of the engine. */
export interface RewriteContext {
  /** How the first sentence of a follow-up is read (restated.ts). */
  readSentence: (sentence: string) => SentenceReading;
  /** Whether an article lists the steps of a flow (next-steps.ts OnboardingOrder `flows`). */
  listsFlow: (id: string) => boolean;
}

/**
 * The message `input` is read as instead of its own, or null when it is read as typed:
 * - after an answer, a question wrapped in words about asking, without them (restated.ts);
 * - after an answer, a thing asked to be shown again, alone (「証明書の方をもう一回見せて」 → 「証明書の方」, restated.ts);
 * - after the flow, 「その中の…」 asking about one of its steps, without the words pointing at the list (restated.ts);
 * - a reply to a question back that takes one option back and says what it means after (「いくらかかるかって方じゃなくて、
 *   期限が来たらどうなるかの方です」), by what follows the denial: the option taken back drew it;
 * - a numbered list typed on one line, with its items on lines (inline-list.ts);
 * - a message that opens on a mail's greeting, without it.
 */
export function rewrittenQuestion(input: AskInput, ctx: RewriteContext): string | null {
  const { question, previous, offered } = input;
  return (
    (previous ? restatedQuestion(question, ctx.readSentence) : null) ??
    (previous ? shownAgainThing(question) : null) ??
    (previous && ctx.listsFlow(previous) ? askedAmongLast(question) : null) ??
    (offered ? afterFirstSentenceDenial(question) : null) ??
    itemsOnLines(question) ??
    withoutGreeting(question)
  );
}

/** A mail's opening greeting (「いつもお世話になっております。」), as typed, and what follows it. */
const GREETING = /^(?:いつも|平素より|平素は)?(?:大変)?お世話に(?:なっております|なっています|なってます|なります)(?:[。．、，,！!\s]+|$)/;

/**
 * The message without the greeting it opens on, or null when it opens on none or is nothing else. The greeting says
 * nothing, but its words made a message longer than its question: 「いつもお世話になっております。ログインできません」 was
 * answered with the login guide, where 「ログインできません」 alone is asked back.
 */
function withoutGreeting(question: string): string | null {
  const m = GREETING.exec(question.trim());
  const rest = m === null ? '' : question.trim().slice(m[0].length).trim();
  return rest.length === 0 ? null : rest;
}

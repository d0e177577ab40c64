/**
 * The structured trace of one ask: everything an editor needs to see why the engine did what it did —
 * how the question was read (normalised text, endings, lexicon rewrites, typo and reading corrections,
 * classes, other systems, our own words), which rule terms hit, each candidate's features, probability and
 * the features' contributions, the thresholds and the decision. It replaces free text: the console shows it
 * with Japanese labels, `npm run explain` prints it, insights store it (redacted at the store boundary).
 * It never holds a secret: every text in it comes from the question with secrets replaced.
 */
import { Type, type Static } from '@sinclair/typebox';
import { ThresholdsSchema } from './decide.ts';

const Reading = Type.Object({
  typed: Type.String(),
  /** The term (normalised) it was taken for. */
  as: Type.String(),
  via: Type.Union([Type.Literal('exact'), Type.Literal('typo'), Type.Literal('reading')]),
});

export const AskTraceSchema = Type.Object({
  /**
   * The question normalised, with IDs and passwords replaced by what they are (a long message answered by its
   * last sentences, question-part.ts: those sentences).
   */
  normalized: Type.String(),
  /** The question in the articles' words: what was searched. */
  searched: Type.String(),
  /** Kinds of secrets found (never their values). */
  secrets: Type.Array(Type.String()),
  endings: Type.Array(Type.Object({ from: Type.String(), to: Type.String() })),
  /** Lexicon words recognised, and how (as written, a one-character slip, by reading). */
  rewrites: Type.Array(Reading),
  classes: Type.Array(Type.Object({ name: Type.String(), typed: Type.String(), about: Type.Array(Type.String()) })),
  otherSystems: Type.Array(Type.Object({ system: Type.String(), typed: Type.String() })),
  /** Topics of ours the sources do not cover that the question names (other-systems.yaml `unstated`). */
  unstated: Type.Array(Type.Object({ topic: Type.String(), typed: Type.String() })),
  ours: Type.Array(Type.String()),
  rules: Type.Array(
    Type.Object({
      id: Type.String(),
      fires: Type.Boolean(),
      matched: Type.Number(),
      total: Type.Number(),
      hits: Type.Array(Type.String()),
      vetoedBy: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  candidates: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      probability: Type.Number(),
      /** Feature name → value. */
      features: Type.Record(Type.String(), Type.Number()),
      /** Feature name → its share of the log-odds (weight × standardised value). */
      contributions: Type.Record(Type.String(), Type.Number()),
    }),
  ),
  thresholds: ThresholdsSchema,
  decision: Type.Object({
    kind: Type.String(),
    /** Why, as a code: secret-only, other-system, unstated, rule, rules-close, class, likely, contact-first, step-after, step-before, step-order, several-likely, vague, rule-incomplete, unlikely, system-only, follow-up, smalltalk. */
    reason: Type.String(),
  }),
  conversation: Type.Object({
    previous: Type.Union([Type.String(), Type.Null()]),
    /** Whether the message was read as a continuation of the previous answer. */
    continued: Type.Boolean(),
    /** Why (code): no-previous, secret, marks-only (marks alone, 「？」: the last answer was not followed), other-system, rule, next-step, unknown-words, not-stated, not-stated-of-last (a figure the last answer does not give, asked of it: the sources are silent), pointed-not-stated (the same, pointed back at 「それ」 and naming only what the last answer holds, whatever the message alone draws), own-topic, answered-elsewhere, not-covered, corrected, follows, repeated (asked to say the last answer again, more simply or what it means), more-detail (asked for more of the last answer: its card points to the whole article), chosen-option (a reply to a question back chose one of its options). */
    why: Type.String(),
  }),
});

export type AskTrace = Static<typeof AskTraceSchema>;

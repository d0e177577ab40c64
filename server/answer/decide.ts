/**
 * Step 5 of the engine: the decision, read off the probabilities. In order:
 * - a message of nothing but IDs and passwords gets the warning and the contact, never an article;
 * - a question that names another system and nothing of ours falls back, with the contact;
 * - so does one that names a topic of ours the sources do not cover (「運営元」「評判」), even with our words;
 * - an intent rule that fires decides (the editors' word), unless the question names another system;
 *   two firing rules the model cannot tell apart are asked back;
 * - so does a concept class whose requirement one article alone states (「Mac」「iPad」 → the PC environment),
 *   unless the question also has a word no article knows (「iPadの充電」 is about the device, not our requirement);
 * - a question whose every content word is unknown falls back (「ラーメン」 shares only kana pairs with エラー);
 *   so does one that names the system and nothing to tell its articles apart (「…って何ができるの」): no article
 *   is about the system as a whole, and the one that mentions it most would be a guess;
 * - the most likely article is answered when it is likely and clearly ahead of the runner-up — unless the
 *   question names nothing that tells articles apart (「動かない」: one article's prose holds 動), or
 *   it is vague (the vagueness model: it names a concept or two that several articles' topics share;
 *   it is asked back, unless the best article is at least `vague` likely and the question names it in the
 *   vocabulary's words) — and never
 *   an article whose intent rule did not fire (its editors named concepts the question lacks: it is offered);
 * - the helpdesk's contact article, when it is the likely best, is answered rather than offered (it is what
 *   a fallback hands over to anyway);
 * - otherwise the two or three likely ones are offered when together they are likely;
 * - a vague question, or one whose likely best article was held back for its rule, is asked back with it;
 * - otherwise the honest fallback.
 * The thresholds are chosen by `npm run train` on cross-validation (parameters file).
 */
import { Type, type Static } from '@sinclair/typebox';

export const ThresholdsSchema = Type.Object({
  /** Least probability to answer. */
  answer: Type.Number(),
  /** Least lead of the best probability over the runner-up's to answer. */
  margin: Type.Number(),
  /** Least probability for an article to be offered in a clarifying question. */
  option: Type.Number(),
  /** Least combined probability of the offered articles to ask back rather than fall back. */
  clarify: Type.Number(),
  /**
   * Least probability of the best article for a question that reads as vague to be answered all the same
   * (its words are few and shared, yet the model is sure: 「ライセンスの年額は？」); above 1: never.
   */
  vague: Type.Number(),
  /** Least probability of vagueness (vagueness.ts) for a question to read as vague; above 1: never. */
  vagueness: Type.Number(),
});
export type Thresholds = Static<typeof ThresholdsSchema>;

/** Most options in a clarifying question, and most related articles shown with an answer. */
export const MAX_OPTIONS = 3;

/** Said for a topic of ours, or a figure of it, that the sources do not cover: no article, the helpdesk (shared: never changed). */
export const UNSTATED: Decision = { kind: 'fallback', reason: 'unstated', confidence: 0, related: [] };

/** A candidate with its probability, most likely first. */
export interface Scored {
  id: string;
  p: number;
  anchor: string | null;
  fires: boolean;
  /** The article has an intent rule that did not fire: its editors' concepts are missing, so it is only offered. */
  ruleIncomplete: boolean;
  /** The question names a member of a class whose requirement this article alone states. */
  classDecides: boolean;
}

export type DecisionReason = 'secret-only' | 'other-system' | 'unstated' | 'rule' | 'rules-close' | 'class' | 'likely' | 'contact-first' | 'step-after' | 'step-before' | 'step-order' | 'several-likely' | 'vague' | 'rule-incomplete' | 'unlikely' | 'system-only';

/**
 * What else a message of several questions asks, besides the question answered (several-questions.ts): a topic the
 * sources do not state (`untold`, with the topics its words named, if any), another system's thing (`other`, with the
 * words that named it), or what another article answers (`answeredLater`: the question answered is not the first).
 */
export type Besides = { kind: 'untold'; topics: { topic: string; typed: string }[] } | { kind: 'other'; systems: { system: string; typed: string }[] } | { kind: 'article'; id: string; answeredLater?: boolean };

export type Decision =
  /**
   * `after`: the step the message says is done, when the answer is the one after it; `before`: the step the
   * message asks what precedes, when the answer is the one before it (next-steps.ts); `besides`: what else the
   * message asks, when it asks several things and only its first question is answered.
   */
  | { kind: 'answer'; id: string; anchor: string | null; confidence: number; reason: DecisionReason; alternatives: string[]; after?: string; before?: string; besides?: Besides }
  | { kind: 'clarify'; options: string[]; confidence: number; reason: DecisionReason }
  | { kind: 'fallback'; related: string[]; confidence: number; reason: DecisionReason };

/** The article a decision answers with, or offers first when it asks back; none for a fallback. */
export function leadOf(decision: Decision): string | undefined {
  return decision.kind === 'answer' ? decision.id : decision.kind === 'clarify' ? decision.options[0] : undefined;
}

export interface DecideInput {
  scored: readonly Scored[];
  /** The question does not say which of several articles it is about: it is asked back, not answered. */
  vague: boolean;
  /**
   * The question names a lexicon term or a word only ours (analysis `terms`, `own`): a vague question is answered
   * when the model is sure only then (「ライセンスの年額は？」); 「エラーが出ました」 names nothing of the vocabulary,
   * and one article's title holding エラー does not say which error.
   */
  namesVocabulary: boolean;
  secretOnly: boolean;
  namesOtherSystem: boolean;
  namesOurs: boolean;
  /** The question names a topic of ours that the sources do not cover (other-systems.yaml `unstated`). */
  namesUnstated: boolean;
  /** Every content word of the question is unknown to the knowledge base: nothing to answer or offer. */
  unknownOnly: boolean;
  /**
   * The question has a content word the corpus knows no part of, besides class members (「iPadの充電」): a
   * class member it names (iPad) is then not enough to decide — the question is about something else of the device.
   */
  unknownBesidesClasses: boolean;
  /** The question names the system and nothing that tells its articles apart (measures.ts `systemOnly`). */
  systemOnly: boolean;
  /**
   * The question names nothing that tells articles apart (measures.ts `information` 0: its words are single
   * characters or held by every topic, as 「動かない」's 動): whatever article its text matches, it is not answered outright.
   */
  saysNothing: boolean;
  /** The helpdesk's own article(s): what every fallback hands over to anyway. */
  contact?: ReadonlySet<string>;
}

const answer = (s: Scored, reason: DecisionReason, rest: readonly Scored[], t: Thresholds): Decision => ({
  kind: 'answer', id: s.id, anchor: s.anchor, confidence: s.p, reason,
  alternatives: rest.filter((x) => x.id !== s.id && x.p >= t.option).slice(0, MAX_OPTIONS).map((x) => x.id),
});

/** No answer: the best probability as the confidence, and the likely articles as related links. */
const fallback = (reason: DecisionReason, scored: readonly Scored[], t: Thresholds): Decision => ({
  kind: 'fallback', reason, confidence: scored[0]?.p ?? 0, related: scored.filter((s) => s.p >= t.option).slice(0, MAX_OPTIONS).map((s) => s.id),
});

/** Decides what to do with one question (pure). `scored` must be sorted by probability, highest first. */
export function decide(input: DecideInput, t: Thresholds): Decision {
  const { scored } = input;
  const [best, next] = scored;
  if (input.secretOnly) return { kind: 'fallback', reason: 'secret-only', confidence: 0, related: [] };
  if (input.namesOtherSystem && !input.namesOurs) return { kind: 'fallback', reason: 'other-system', confidence: 0, related: [] };
  // Whatever article is likely, it does not hold what is asked: a guess would state a fact we do not have.
  if (input.namesUnstated) return UNSTATED;
  const firing = input.namesOtherSystem ? [] : scored.filter((s) => s.fires);
  if (firing.length === 1 || (firing.length > 1 && firing[0]!.p - firing[1]!.p >= t.margin)) return answer(firing[0]!, 'rule', scored, t);
  if (firing.length > 1) return { kind: 'clarify', reason: 'rules-close', confidence: firing[0]!.p, options: firing.slice(0, MAX_OPTIONS).map((s) => s.id) };
  const classed = input.namesOtherSystem || input.unknownBesidesClasses ? [] : scored.filter((s) => s.classDecides);
  if (classed.length === 1) return answer(classed[0]!, 'class', scored, t);
  const lead = scored.find((s) => !s.ruleIncomplete);
  // Nothing of ours was named: no article is related either (「ラーメン」 shares only kana pairs with エラー).
  if (!best || input.unknownOnly) return fallback('unlikely', [], t);
  if (input.systemOnly) return fallback('system-only', scored, t);
  // Vague means several articles could be meant: with no other candidate at all there is
  // nothing to ask back between (「料金は？」 has the licence as its one candidate).
  const vague = input.vague && (best.p < t.vague || !input.namesVocabulary) && next !== undefined;
  if (!vague && !input.saysNothing && lead === best && best.p >= t.answer && best.p - (next?.p ?? 0) >= t.margin) return answer(best, 'likely', scored, t);
  const options = scored.filter((s) => s.p >= t.option).slice(0, MAX_OPTIONS);
  // The helpdesk's contact is what a fallback gives anyway: a question it leads is not asked back with it
  // (「電話番号おしえて」 offered the contact and the application's phone field).
  if (best.p >= t.answer && input.contact?.has(best.id) && !best.ruleIncomplete) return answer(best, 'contact-first', scored, t);
  if (options.length >= 2 && options.reduce((sum, s) => sum + s.p, 0) >= t.clarify) {
    return { kind: 'clarify', reason: 'several-likely', confidence: best.p, options: options.map((s) => s.id) };
  }
  // A vague question with a likely article is asked back with it and the next most likely; so is one whose
  // most likely article's rule lacks a concept (「有効期限が切れています」 without saying of what).
  const heldBack = best.ruleIncomplete && best.p >= t.clarify;
  if ((vague || heldBack) && best.p >= t.option && next) {
    return { kind: 'clarify', reason: vague ? 'vague' : 'rule-incomplete', confidence: best.p, options: scored.slice(0, Math.max(2, options.length)).map((s) => s.id) };
  }
  return fallback('unlikely', scored, t);
}

import { describe, expect, it } from 'vitest';
import { CONVERSATION_LABELS, DECISION_LABELS, FEATURE_LABELS, UNKNOWN_LABEL, VIA_LABELS, strongestReasons } from '../../../widget/console/trace-labels.ts';
import { FEATURES } from '../../../server/answer/features.ts';

const JAPANESE = /[\u3041-\u30ff\u4e00-\u9fff]/;

describe('trace labels', () => {
  it('give every feature of the engine a Japanese label', () => {
    for (const f of FEATURES) expect(FEATURE_LABELS[f], f).toMatch(JAPANESE);
  });

  it('give every decision and conversation reason a Japanese label', () => {
    for (const r of ['secret-only', 'other-system', 'unstated', 'rule', 'rules-close', 'class', 'likely', 'contact-first', 'step-after', 'step-before', 'step-order', 'several-likely', 'vague', 'rule-incomplete', 'unlikely', 'system-only', 'follow-up', 'smalltalk']) expect(DECISION_LABELS[r], r).toMatch(JAPANESE);
    for (const r of ['no-previous', 'secret', 'marks-only', 'other-system', 'rule', 'next-step', 'step-before', 'first-step', 'numbered-step', 'not-stated', 'not-stated-of-last', 'unknown-words', 'own-topic', 'answered-elsewhere', 'not-covered', 'corrected', 'follows', 'repeated', 'chosen-option']) expect(CONVERSATION_LABELS[r], r).toMatch(JAPANESE);
  });

  it('are Japanese only: no Latin words (developer terms such as 「intent」, or examples such as 「Mac」)', () => {
    const all = [...Object.values(DECISION_LABELS), ...Object.values(CONVERSATION_LABELS), ...Object.values(FEATURE_LABELS), ...Object.values(VIA_LABELS), UNKNOWN_LABEL];
    const latin = all.filter((label) => /[A-Za-z]{2,}/.test(label.replace(/\b(ID|OS|PC)\b/g, '')));
    expect(latin).toEqual([]);
  });

  it('never show a code the table does not know', () => {
    const candidate = { id: 'a', title: 'A', probability: 0.5, features: {}, contributions: { someNewFeature: 1 } };
    expect(strongestReasons(candidate)).toEqual([`${UNKNOWN_LABEL}（+1.0）`]);
  });

  it('names the strongest reasons of a candidate, strongest first', () => {
    const candidate = { id: 'a', title: 'A', probability: 0.9, features: {}, contributions: { ruleFires: 2.5, voteShare: -0.4, searchTop: 1.2 } };
    expect(strongestReasons(candidate, 2)).toEqual(['ルール成立（+2.5）', '検索1位（+1.2）']);
  });

  it('says when a feature weighs by its absence (its value is 0)', () => {
    const candidate = { id: 'a', title: 'A', probability: 0.9, features: { otherSystem: 0, ruleFires: 1 }, contributions: { otherSystem: 2.2, ruleFires: 1.5 } };
    expect(strongestReasons(candidate)).toEqual(['ほかのシステムの名前：なし（+2.2）', 'ルール成立（+1.5）']);
  });
});

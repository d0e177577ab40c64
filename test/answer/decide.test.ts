import { describe, expect, it } from 'vitest';
import { decide, type Scored } from '../../server/answer/decide.ts';

const t = { answer: 0.5, margin: 0.2, option: 0.1, clarify: 0.4, vague: 2, vagueness: 2 };
const c = (id: string, p: number, more: Partial<Scored> = {}): Scored => ({ id, p, anchor: null, fires: false, ruleIncomplete: false, classDecides: false, ...more });
const input = (scored: Scored[], more = {}) => ({ scored, vague: false, secretOnly: false, namesOtherSystem: false, namesOurs: false, namesVocabulary: true, namesUnstated: false, unknownOnly: false, unknownBesidesClasses: false, systemOnly: false, saysNothing: false, ...more });

describe('decide', () => {
  it('answers the most likely article when it is likely and clearly ahead', () => {
    expect(decide(input([c('a', 0.8), c('b', 0.1)]), t)).toMatchObject({ kind: 'answer', id: 'a', reason: 'likely', alternatives: ['b'] });
  });

  it('never answers outright a question that names nothing to tell articles apart, however likely its match', () => {
    expect(decide(input([c('a', 0.99)], { saysNothing: true }), t)).toMatchObject({ kind: 'fallback', reason: 'unlikely', related: ['a'] });
    expect(decide(input([c('a', 0.7), c('b', 0.2)], { saysNothing: true }), t)).toMatchObject({ kind: 'clarify', options: ['a', 'b'] });
    // The helpdesk's contact is what a fallback gives anyway: it is still answered.
    expect(decide(input([c('help', 0.9)], { saysNothing: true, contact: new Set(['help']) }), t)).toMatchObject({ kind: 'answer', reason: 'contact-first' });
    // A rule that fires is the editors' word all the same.
    expect(decide(input([c('a', 0.9, { fires: true })], { saysNothing: true }), t)).toMatchObject({ kind: 'answer', reason: 'rule' });
  });

  it('asks back with the likely ones when none is likely alone but together they are', () => {
    expect(decide(input([c('a', 0.3), c('b', 0.25), c('c', 0.05)]), t)).toMatchObject({ kind: 'clarify', options: ['a', 'b'] });
    expect(decide(input([c('a', 0.6), c('b', 0.5)]), t)).toMatchObject({ kind: 'clarify', options: ['a', 'b'] });
  });

  it('asks a vague question back even when one article is likely', () => {
    expect(decide(input([c('a', 0.8), c('b', 0.1)], { vague: true }), t)).toMatchObject({ kind: 'clarify', options: ['a', 'b'] });
  });

  it('answers a vague question whose one candidate is likely: there is nothing to ask back between (「料金は？」)', () => {
    expect(decide(input([c('a', 0.8)], { vague: true }), t)).toMatchObject({ kind: 'answer', id: 'a', reason: 'likely' });
    expect(decide(input([c('a', 0.3)], { vague: true }), t)).toMatchObject({ kind: 'fallback' });
  });

  it('answers a vague question all the same when its best article is at least the vague threshold likely', () => {
    const sure = { ...t, vague: 0.95 };
    expect(decide(input([c('a', 0.97), c('b', 0.01)], { vague: true }), sure)).toMatchObject({ kind: 'answer', id: 'a', reason: 'likely' });
    expect(decide(input([c('a', 0.9), c('b', 0.05)], { vague: true }), sure)).toMatchObject({ kind: 'clarify', reason: 'vague' });
    // Only when the question names the subject in the vocabulary's words (「エラーが出ました」 does not).
    expect(decide(input([c('a', 0.97), c('b', 0.01)], { vague: true, namesVocabulary: false }), sure)).toMatchObject({ kind: 'clarify', reason: 'vague' });
  });

  it('answers the helpdesk contact when it is the likely best, instead of asking back with it', () => {
    const contact = new Set(['contact']);
    // Vague, or not far enough ahead: another article would be asked back, the contact is answered.
    expect(decide(input([c('contact', 0.8), c('b', 0.15)], { vague: true, contact }), t)).toMatchObject({ kind: 'answer', id: 'contact', reason: 'contact-first' });
    expect(decide(input([c('contact', 0.55), c('b', 0.45)], { contact }), t)).toMatchObject({ kind: 'answer', id: 'contact', reason: 'contact-first' });
    expect(decide(input([c('a', 0.55), c('b', 0.45)], { contact }), t)).toMatchObject({ kind: 'clarify' });
    // Not when it is unlikely, not when another article leads, not when its rule lacks a concept.
    expect(decide(input([c('contact', 0.3), c('b', 0.25)], { contact }), t)).toMatchObject({ kind: 'clarify' });
    expect(decide(input([c('b', 0.6), c('contact', 0.35)], { vague: true, contact }), t)).toMatchObject({ kind: 'clarify', options: ['b', 'contact'] });
    expect(decide(input([c('contact', 0.8, { ruleIncomplete: true }), c('b', 0.15)], { contact }), t)).not.toMatchObject({ reason: 'contact-first' });
  });

  it('falls back when nothing is likely', () => {
    expect(decide(input([c('a', 0.12), c('b', 0.11)]), t)).toMatchObject({ kind: 'fallback', reason: 'unlikely' });
    expect(decide(input([]), t)).toMatchObject({ kind: 'fallback' });
  });

  it('lets a firing rule decide, unless the question names another system', () => {
    expect(decide(input([c('a', 0.9), c('r', 0.05, { fires: true })]), t)).toMatchObject({ kind: 'answer', id: 'r', reason: 'rule' });
    expect(decide(input([c('r', 0.9, { fires: true })], { namesOtherSystem: true, namesOurs: true }), t)).toMatchObject({ kind: 'answer', id: 'r', reason: 'likely' });
    expect(decide(input([c('r', 0.9, { fires: true })], { namesOtherSystem: true }), t)).toMatchObject({ kind: 'fallback', reason: 'other-system' });
  });

  it('falls back, without articles, when the question names a topic the sources do not cover, even with a firing rule and our words', () => {
    expect(decide(input([c('r', 0.95, { fires: true })], { namesUnstated: true, namesOurs: true }), t)).toEqual({ kind: 'fallback', reason: 'unstated', confidence: 0, related: [] });
  });

  it('falls back, offering the likely articles, when the question names the system and nothing to tell its articles apart; a firing rule still decides', () => {
    expect(decide(input([c('a', 0.9), c('b', 0.2)], { systemOnly: true }), t)).toEqual({ kind: 'fallback', reason: 'system-only', confidence: 0.9, related: ['a', 'b'] });
    expect(decide(input([c('r', 0.9, { fires: true })], { systemOnly: true }), t)).toMatchObject({ kind: 'answer', id: 'r', reason: 'rule' });
  });

  it('lets a class decide only when the question has no word the corpus does not know besides the class member', () => {
    expect(decide(input([c('pc', 0.2, { classDecides: true }), c('b', 0.1)]), t)).toMatchObject({ kind: 'answer', id: 'pc', reason: 'class' });
    expect(decide(input([c('pc', 0.2, { classDecides: true }), c('b', 0.1)], { unknownBesidesClasses: true }), t)).toMatchObject({ kind: 'fallback' });
  });

  it('asks which when two firing rules are close', () => {
    expect(decide(input([c('r1', 0.4, { fires: true }), c('r2', 0.35, { fires: true })]), t)).toMatchObject({ kind: 'clarify', reason: 'rules-close' });
  });

  it('never answers an article whose rule did not fire, and never answers a message of secrets', () => {
    expect(decide(input([c('r', 0.9, { ruleIncomplete: true }), c('b', 0.05)]), t).kind).not.toBe('answer');
    expect(decide(input([c('a', 0.99)], { secretOnly: true }), t)).toMatchObject({ kind: 'fallback', reason: 'secret-only' });
  });

  it('asks back with a likely article held back only by its incomplete rule, not falling back', () => {
    expect(decide(input([c('r', 0.9, { ruleIncomplete: true }), c('b', 0.01)]), t)).toMatchObject({ kind: 'clarify', reason: 'rule-incomplete', options: ['r', 'b'] });
    expect(decide(input([c('r', 0.3, { ruleIncomplete: true }), c('b', 0.01)]), t)).toMatchObject({ kind: 'fallback' });
  });

  it('falls back on a question whose every word is unknown, however likely the letters make an article, and links none as related', () => {
    expect(decide(input([c('a', 0.9), c('b', 0.01)], { unknownOnly: true }), t)).toEqual({ kind: 'fallback', reason: 'unlikely', confidence: 0, related: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { compileIntents, containsTerm, matchIntent, ruleText } from '../../server/answer/intents.ts';
import { handMadeKnowledgeBase } from './kb.ts';
import { analyserFor } from './fixtures.ts';

const kb = handMadeKnowledgeBase();
const rules = compileIntents(kb);
const read = analyserFor(kb);
const expanded = (q: string) => ruleText(read(q));
const rule = (id: string) => rules.find((r) => r.id === id)!;

describe('intent rules from front matter', () => {
  it('compiles only the articles that carry a rule', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(['kj-password-lost', 'password-expired']);
  });

  it('fires when every must group matches, through normalisation and the lexicon', () => {
    for (const q of ['KJのパスワードを忘れました', 'けいじぇいのぱす わすれた', 'ＫＪ　ﾊﾟｽﾜｰﾄﾞ　紛失']) {
      expect(matchIntent(rule('kj-password-lost'), expanded(q)).fires, q).toBe(true);
    }
  });

  it('matches a rule term typed in hiragana by its generated reading, not one too short to tell', () => {
    const readKb = { ...kb, ruleReadings: new Map([['紛失', 'ふんしつ'], ['有効期限', 'ゆうこうきげん'], ['KJ', 'けー'], ['表示', 'ひょ']]) };
    const withReadings = compileIntents(readKb);
    const lost = withReadings.find((r) => r.id === 'kj-password-lost')!;
    expect(lost.must[2]).toContain('ふんしつ');
    expect(matchIntent(lost, 'kjのぱすわーどをふんしつ').fires).toBe(true);
    expect(matchIntent(rule('kj-password-lost'), 'kjのぱすわーどをふんしつ').fires).toBe(false);
    // Two kana are too short to stand for a term (ひょ would be found inside ひょっとして).
    expect(withReadings.find((r) => r.id === 'password-expired')!.may).not.toContain('ひょ');
  });

  it('does not count a term the message sets aside with とは違う or とは別', () => {
    for (const q of ['パスワードを忘れた。KJのとは違うやつ', 'パスワード忘れました、KJのパスワードとは別のです']) {
      expect(matchIntent(rule('kj-password-lost'), expanded(q)).fires, q).toBe(false);
    }
    expect(matchIntent(rule('kj-password-lost'), expanded('それとは別にKJのパスワードも忘れた')).fires).toBe(true);
  });

  it('does not fire when a group is missing, and says how much matched', () => {
    const m = matchIntent(rule('kj-password-lost'), expanded('パスワードを忘れました'));
    expect(m.fires).toBe(false);
    expect(m.matched).toBe(2);
    expect(m.total).toBe(3);
  });

  it('is vetoed by a `not` term', () => {
    const m = matchIntent(rule('kj-password-lost'), expanded('KJとGmailのパスワードを忘れた'));
    expect(m.fires).toBe(false);
    expect(m.vetoedBy).toBe('gmail');
  });

  it('reports the terms it found, for the trace', () => {
    expect(matchIntent(rule('kj-password-lost'), expanded('KJのパスワードを忘れてログインできない')).hits).toEqual(['kj', 'ぱすわーど', '忘れ', 'ろぐいん', 'できない']);
  });

  it('lets Latin terms stand on their own only', () => {
    expect(containsTerm('kjのid', 'kj')).toBe(true);
    expect(containsTerm('kjx', 'kj')).toBe(false);
    expect(containsTerm('lifeline', 'life')).toBe(false);
    expect(containsTerm('電子証明書', '証明書')).toBe(true);
  });

  it('counts the may terms a firing rule holds', () => {
    const rule = rules.find((r) => r.id === 'kj-password-lost')!;
    const match = matchIntent(rule, expanded('KJのパスワードを忘れてログインできない'));
    expect(match.fires).toBe(true);
    expect(match.may).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { compileIntents, matchIntent, ruleText } from '../../server/answer/intents.ts';
import { compileRuleMatcher } from '../../server/answer/rule-matcher.ts';
import { handMadeKnowledgeBase } from './kb.ts';
import { analyserFor } from './fixtures.ts';

const kb = handMadeKnowledgeBase();
const rules = compileIntents(kb);
const read = analyserFor(kb);

const QUESTIONS = [
  'KJのパスワードを忘れました',
  'けいじぇいのぱす わすれた',
  'パスワードを忘れました',
  'パスワードの有効期限が切れています',
  '証明書のパスワードを忘れた',
  'ライセンスの更新',
  '',
];

describe('all intent rules matched at once', () => {
  it('matches every rule as matching each rule alone does, in the rules’ order', () => {
    const matcher = compileRuleMatcher(rules);
    for (const q of QUESTIONS) {
      const text = ruleText(read(q));
      expect(matcher.match(text), q).toEqual(rules.map((r) => matchIntent(r, text)));
    }
  });

  it('forgets the previous question: asked again in another order, the same matches', () => {
    const matcher = compileRuleMatcher(rules);
    const texts = QUESTIONS.map((q) => ruleText(read(q)));
    const first = texts.map((t) => matcher.match(t));
    const again = [...texts].reverse().map((t) => matcher.match(t)).reverse();
    expect(again).toEqual(first);
  });
});

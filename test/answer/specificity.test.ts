import { describe, expect, it } from 'vitest';
import { buildTermStats, pointsTo, readQuestion } from '../../server/answer/specificity.ts';
import { handMadeKnowledgeBase } from './kb.ts';

const kb = handMadeKnowledgeBase();
const stats = buildTermStats(kb.articles);

describe('readQuestion', () => {
  it('counts a lexicon term typed in hiragana as a concept, as if typed in katakana', () => {
    const typed = readQuestion(stats, 'ふりーぱすの手続き', kb.lexicon.concat([{ term: 'フリーパス', variants: [] }]));
    const katakana = readQuestion(stats, 'フリーパスの手続き', kb.lexicon.concat([{ term: 'フリーパス', variants: [] }]));
    expect(typed.concepts).toBe(katakana.concepts);
    expect(typed.information).toBeCloseTo(katakana.information, 5);
    expect(typed.named.map((c) => c.text)).toContain('ふりーぱす');
  });
});

describe('pointsTo', () => {
  it('points to an article whose topic alone (with the passed-over one) names a rare concept of the question', () => {
    const q = readQuestion(stats, '証明書発行用パスワードの再発行', kb.lexicon);
    expect(pointsTo(stats, 'certificate-password', 'kj-password-lost', q.named)).toBe(true);
  });
  it('does not point anywhere for a question made of hub concepts (「パスワードを忘れました」)', () => {
    const q = readQuestion(stats, 'パスワードを忘れました', kb.lexicon);
    expect(pointsTo(stats, 'certificate-password', 'kj-password-lost', q.named)).toBe(false);
    expect(pointsTo(stats, 'personal-user-id', 'kj-password-lost', q.named)).toBe(false);
  });
});

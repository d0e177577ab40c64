/** The card figures of `npm run eval`: length percentiles and key facts, read from what /api/ask returned. */
import { describe, expect, it } from 'vitest';
import { cardFigures, percentile, sampleCard } from '../../../scripts/lib/card-metrics.ts';
import type { AskResult } from '../../../server/answer/types.ts';
import { handMadeKnowledgeBase } from '../../answer/kb.ts';

const kb = handMadeKnowledgeBase();
kb.byId.get('kj-password-lost')!.card.keyFacts.push('電子請求受付システム');

function result(html: string, section: NonNullable<AskResult['answer']>['section']): AskResult {
  return {
    queryId: 'q', kind: 'answer', intent: null, confidence: 1, message: '', options: [], related: [], contact: null, notices: [],
    answer: { id: 'kj-password-lost', title: 't', summary: 's', html, section, url: '/kb/kj-password-lost' },
  };
}

describe('percentile', () => {
  it('is the nearest rank', () => {
    const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
    expect([percentile(sorted, 0.5), percentile(sorted, 0.95), percentile(sorted, 1)]).toEqual([10, 19, 20]);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBe(0);
  });
});

describe('sampleCard', () => {
  it("measures the visible characters and checks the default card's key facts", () => {
    const ok = sampleCard(kb, 'q1', result('<p>電子請求受付システム&amp;で</p>', null))!;
    expect(ok).toEqual({ q: 'q1', card: 'kj-password-lost', length: 12, missing: [] });
    expect(sampleCard(kb, 'q2', result('<p>別の説明</p>', null))!.missing).toEqual(['電子請求受付システム']);
  });

  it("checks a case card against the case's own facts, and an unknown section as all missing", () => {
    const section = { anchor: 'without-security-mail', title: 'メールアドレスがない場合' };
    expect(sampleCard(kb, 'q', result('<p>数日から1週間程度</p>', section))).toMatchObject({ card: 'kj-password-lost#without-security-mail', missing: [] });
    expect(sampleCard(kb, 'q', result('<p>x</p>', { anchor: 'nowhere', title: '' }))!.missing).toEqual(['(unknown card)']);
  });

  it('skips anything but an answer', () => {
    expect(sampleCard(kb, 'q', { ...result('', null), kind: 'clarify', answer: null })).toBeNull();
  });
});

describe('cardFigures', () => {
  it('gives p50, p95, max and the share of cards with every key fact', () => {
    const samples = [10, 30, 20, 40].map((length, i) => ({ q: `q${i}`, card: 'a', length, missing: i === 3 ? ['x'] : [] }));
    expect(cardFigures(samples)).toEqual({ count: 4, p50: 20, p95: 40, max: 40, keyFactsPresent: { right: 3, total: 4, value: 0.75 } });
  });
});

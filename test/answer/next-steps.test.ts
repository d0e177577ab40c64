import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../server/content/types.ts';
import { nextSteps } from '../../server/answer/next-steps.ts';
import { realKnowledgeBase } from './fixtures.ts';

/** A knowledge base of bare articles: only ids and sections matter here. */
function kbOf(articles: { id: string; sections: { anchor: string; html: string }[] }[]): KnowledgeBase {
  return { articles, byId: new Map(articles.map((a) => [a.id, a])) } as unknown as KnowledgeBase;
}

describe('nextSteps', () => {
  it('reads the next step of each guide from its next-step section (real content)', async () => {
    const next = nextSteps(await realKnowledgeBase());
    expect(next.get('pc-environment')).toBe('care-software');
    expect(next.get('download')).toBe('certificate');
    expect(next.get('application')).toBe('start');
    // An FAQ answer has no next-step section.
    expect(next.has('contact')).toBe(false);
  });

  it('takes the first link to another known article, in that section only', () => {
    const next = nextSteps(
      kbOf([
        { id: 'a', sections: [{ anchor: 'steps', html: '<a href="/kb/c">c</a>' }, { anchor: 'next', html: '<a href="/kb/a">a</a> <a href="/kb/missing">x</a> <a href="/kb/b#top">b</a>' }] },
        { id: 'b', sections: [{ anchor: 'next', html: '<p>次はありません</p>' }] },
        { id: 'c', sections: [] },
      ]),
    );
    expect([...next]).toEqual([['a', 'b']]);
  });
});

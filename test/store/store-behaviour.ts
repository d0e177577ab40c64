/**
 * One behaviour suite for every insights store: SQLite (sqlite-store.test.ts) and PostgreSQL
 * (pg-store.test.ts) must give the same answers to the same calls.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AskRecord, FeedbackRecord, InsightsStore } from '../../server/store/types.ts';
import { askRecord } from '../helpers/ask-records.ts';

type Store = Required<InsightsStore>;

export interface StoreFixture {
  /** Opens a store on the fixture's (empty at first) database; several may be open at once. */
  open(): Promise<Store>;
  /** Empties the database between tests. */
  reset(): Promise<void>;
}

const opts = { days: 30, limit: 100 };
const vote = (queryId: string, extra: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  queryId,
  helpful: true,
  reason: null,
  comment: null,
  at: new Date().toISOString(),
  ...extra,
});

/** Declares the suite for a store kind. */
export function describeStoreBehaviour(kind: string, fixture: () => StoreFixture): void {
  describe(`${kind} insights store: behaviour`, () => {
    const open: Store[] = [];
    const openStore = async () => {
      const store = await fixture().open();
      open.push(store);
      return store;
    };
    const record = async (store: Store, ...records: AskRecord[]) => {
      const written = await Promise.all(records.map((r) => store.recordAsk(r)));
      expect(written.every(Boolean)).toBe(true);
    };

    beforeEach(async () => {
      await fixture().reset();
    });
    afterEach(async () => {
      for (const s of open.splice(0)) await s.close().catch(() => undefined);
    });

    it('writes an ask before recordAsk resolves, and many at once in batches', async () => {
      const store = await openStore();
      const asks = Array.from({ length: 450 }, () => askRecord());
      await record(store, ...asks);
      expect(await store.hasQuery(asks[0]!.queryId)).toBe(true);
      expect(await store.hasQuery(asks[449]!.queryId)).toBe(true);
      expect((await store.summary(opts)).totals.asks).toBe(450);
    });

    it('records one vote per query and refuses unknown queries', async () => {
      const store = await openStore();
      const ask = askRecord();
      await record(store, ask);
      expect(await store.recordFeedback(vote(ask.queryId))).toBe('recorded');
      expect(await store.recordFeedback(vote(ask.queryId, { helpful: false }))).toBe('duplicate');
      expect(await store.recordFeedback(vote('nope'))).toBe('unknown-query');
    });

    it('accepts a vote on an ask another connection (replica) recorded, and keeps data across a restart', async () => {
      const a = await openStore();
      const b = await openStore();
      const ask = askRecord();
      await record(a, ask);
      expect(await b.recordFeedback(vote(ask.queryId))).toBe('recorded');
      expect(await a.recordFeedback(vote(ask.queryId))).toBe('duplicate');
      await a.close();
      await b.close();
      const again = await openStore();
      expect(await again.hasQuery(ask.queryId)).toBe(true);
      expect(again.health()).toEqual({ ok: true });
      await again.close();
      expect(again.health().ok).toBe(false);
    });

    it('summarises asks per Japan-time day and kind, top articles, helpfulness and unhelpful reasons', async () => {
      const store = await openStore();
      const now = Date.now();
      const todayJst = new Date(now + 9 * 3600e3).toISOString().slice(0, 10);
      const a = [
        askRecord({ at: new Date(now).toISOString() }),
        askRecord({ at: new Date(now).toISOString() }),
        askRecord({ answerId: 'password-expired', intent: 'password-expired' }),
        askRecord({ kind: 'fallback', answerId: null, intent: null, question: '天気', normalized: 'てんき' }),
        askRecord({ kind: 'smalltalk', answerId: null, intent: null }),
        askRecord({ at: new Date(now - 400 * 86400e3).toISOString() }), // outside the window
      ];
      await record(store, ...a);
      await store.recordFeedback(vote(a[0]!.queryId));
      await store.recordFeedback(vote(a[1]!.queryId, { helpful: false, reason: 'not-solved', comment: 'わかりにくい' }));
      await store.recordFeedback(vote(a[2]!.queryId));
      await store.recordFeedback(vote(a[3]!.queryId, { helpful: false }));

      const s = await store.summary(opts);
      expect(s.totals).toEqual({ asks: 5, answer: 3, clarify: 0, fallback: 1, smalltalk: 1, votes: 4, helpful: 2 });
      expect(s.unhelpfulReasons).toEqual({ irrelevant: 0, 'not-solved': 1, other: 0, none: 1 });
      expect(s.perDay).toEqual([{ day: todayJst, total: 5, answer: 3, clarify: 0, fallback: 1, smalltalk: 1 }]);
      expect(s.topArticles).toEqual([
        { id: 'kj-password-lost', count: 2 },
        { id: 'password-expired', count: 1 },
      ]);
      expect(s.helpfulness).toEqual([
        { id: 'kj-password-lost', votes: 2, helpful: 1, rate: 0.5 },
        { id: 'password-expired', votes: 1, helpful: 1, rate: 1 },
      ]);
      expect((await store.summary({ days: 1000, limit: 1 })).topArticles).toEqual([{ id: 'kj-password-lost', count: 3 }]);
    });

    it('groups unanswered questions by normalised text, most frequent first, with the latest wording', async () => {
      const store = await openStore();
      const now = Date.now();
      const t = (min: number) => new Date(now - min * 60e3).toISOString();
      await record(
        store,
        askRecord({ kind: 'fallback', question: 'エラーが出ます', normalized: 'えらーがでます', at: t(30) }),
        askRecord({ kind: 'clarify', question: 'ｴﾗｰが出ます', normalized: 'えらーがでます', at: t(10) }),
        askRecord({ kind: 'fallback', question: '天気は', normalized: 'てんきは', at: t(5) }),
        askRecord({ kind: 'answer', question: 'エラーが出ます', normalized: 'えらーがでます', at: t(1) }),
      );
      expect(await store.unanswered(opts)).toEqual([
        { normalized: 'えらーがでます', question: 'ｴﾗｰが出ます', count: 2, fallback: 1, clarify: 1, lastSeen: t(10) },
        { normalized: 'てんきは', question: '天気は', count: 1, fallback: 1, clarify: 0, lastSeen: t(5) },
      ]);
      expect(await store.unanswered({ ...opts, limit: 1 })).toHaveLength(1);
    });

    it('lists feedback newest first with its question and reason, filtered by vote', async () => {
      const store = await openStore();
      const [a, b] = [askRecord(), askRecord({ question: '別の質問' })];
      await record(store, a, b);
      await store.recordFeedback(vote(a.queryId, { at: '2099-01-01T00:00:00.000Z' }));
      await store.recordFeedback(vote(b.queryId, { helpful: false, reason: 'irrelevant', comment: '違う', at: '2099-01-02T00:00:00.000Z' }));
      const all = await store.feedback(opts);
      expect(all.map((f) => [f.queryId, f.helpful, f.reason, f.question])).toEqual([
        [b.queryId, false, 'irrelevant', '別の質問'],
        [a.queryId, true, null, a.question],
      ]);
      expect(all[0]).toEqual({ queryId: b.queryId, at: '2099-01-02T00:00:00.000Z', helpful: false, reason: 'irrelevant', comment: '違う', question: '別の質問', kind: 'answer', answerId: 'kj-password-lost' });
      expect((await store.feedback({ ...opts, helpful: false })).map((f) => f.comment)).toEqual(['違う']);
    });

    it('returns one conversation by reference, oldest first, with its votes', async () => {
      const store = await openStore();
      const now = Date.now();
      const t = (s: number) => new Date(now - s * 1000).toISOString();
      const first = askRecord({ reference: 'K7QD2M9X', at: t(30), question: '証明書' });
      const second = askRecord({ reference: 'K7QD2M9X', at: t(10), kind: 'fallback', answerId: null, question: 'それは？' });
      await record(store, second, first, askRecord({ reference: 'OTHER000', at: t(20) }), askRecord({ at: t(5) }));
      await store.recordFeedback(vote(first.queryId, { helpful: false, reason: 'other' }));
      expect(await store.conversation('K7QD2M9X')).toEqual([
        { queryId: first.queryId, at: t(30), question: '証明書', kind: 'answer', answerId: 'kj-password-lost', helpful: false, reason: 'other' },
        { queryId: second.queryId, at: t(10), question: 'それは？', kind: 'fallback', answerId: null, helpful: null, reason: null },
      ]);
      expect(await store.conversation('NONE0000')).toEqual([]);
    });

    it('prunes asks older than the retention, with their feedback, and keeps the rest', async () => {
      const store = await openStore();
      const now = Date.now();
      const old = askRecord({ at: new Date(now - 400 * 86400e3).toISOString() });
      const recent = askRecord({ at: new Date(now - 10 * 86400e3).toISOString() });
      await record(store, old, recent);
      await store.recordFeedback(vote(old.queryId));
      await store.recordFeedback(vote(recent.queryId));
      expect(await store.prune(new Date(now - 365 * 86400e3))).toBe(1);
      expect(await store.hasQuery(old.queryId)).toBe(false);
      expect(await store.hasQuery(recent.queryId)).toBe(true);
      expect((await store.feedback({ days: 366, limit: 10 })).map((f) => f.queryId)).toEqual([recent.queryId]);
      expect(await store.prune(new Date(now - 365 * 86400e3))).toBe(0);
    });

    it('writes what is queued on close', async () => {
      const store = await openStore();
      const ask = askRecord();
      void store.recordAsk(ask); // not awaited: close must write it
      await store.close();
      const again = await openStore();
      expect(await again.hasQuery(ask.queryId)).toBe(true);
    });
  });
}

import { describe, expect, it, vi } from 'vitest';
import { createInsightsService } from '../../server/store/insights-service.ts';
import { createNoopStore } from '../../server/store/noop-store.ts';
import type { InsightsStore } from '../../server/store/types.ts';
import { throwingStore } from '../helpers/throwing-store.ts';
import { askRecord } from '../helpers/ask-records.ts';

const vote = (queryId: string) => ({ queryId, helpful: true, comment: null, at: new Date().toISOString() });

describe('createInsightsService', () => {
  it('never throws and reports a failing store as degraded, without paths', () => {
    const onFailure = vi.fn();
    const service = createInsightsService(throwingStore(), { onFailure });
    expect(() => service.recordAsk(askRecord())).not.toThrow();
    expect(service.health()).toEqual({ ok: false, reason: 'insights store: write failed (SQLITE_IOERR)' });
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(() => service.close()).not.toThrow();
  });

  it('keeps feedback rules in memory while the store fails', () => {
    const service = createInsightsService(throwingStore());
    const ask = askRecord();
    service.recordAsk(ask);
    expect(service.recordFeedback(vote('unknown'))).toBe('unknown-query');
    expect(service.recordFeedback(vote(ask.queryId))).toBe('recorded');
    expect(service.recordFeedback(vote(ask.queryId))).toBe('duplicate');
  });

  it('forgets queryIds beyond what it remembers', () => {
    const service = createInsightsService(createNoopStore(), { remember: 2 });
    const asks = [askRecord(), askRecord(), askRecord()];
    asks.forEach((a) => service.recordAsk(a));
    expect(asks.map((a) => service.knows(a.queryId))).toEqual([false, true, true]);
  });

  it('asks the store about queries it has not seen (after a restart)', () => {
    const store: InsightsStore = { ...createNoopStore(), hasQuery: (id) => id === 'old', recordFeedback: () => 'recorded' };
    const service = createInsightsService(store);
    expect(service.recordFeedback(vote('old'))).toBe('recorded');
    expect(service.recordFeedback(vote('other'))).toBe('unknown-query');
  });

  it('turns healthy again when a write succeeds', () => {
    let broken = true;
    const store: InsightsStore = {
      ...createNoopStore(),
      recordAsk() {
        if (broken) throw new Error('x');
      },
    };
    const service = createInsightsService(store);
    service.recordAsk(askRecord());
    expect(service.health().ok).toBe(false);
    broken = false;
    service.recordAsk(askRecord());
    expect(service.health()).toEqual({ ok: true });
  });

  it('passes on the reason of an unhealthy store', () => {
    const service = createInsightsService({ ...createNoopStore(), health: () => ({ ok: false, reason: 'insights store: closed' }) });
    expect(service.health()).toEqual({ ok: false, reason: 'insights store: closed' });
    expect(service.readable).toBe(false);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createInsightsService } from '../../server/store/insights-service.ts';
import { StoreUnavailableError } from '../../server/store/failure.ts';
import { createNoopStore } from '../../server/store/noop-store.ts';
import type { InsightsStore } from '../../server/store/types.ts';
import { throwingStore } from '../helpers/throwing-store.ts';
import { askRecord } from '../helpers/ask-records.ts';

const vote = (queryId: string) => ({ queryId, helpful: true, reason: null, comment: null, at: new Date().toISOString() });

describe('createInsightsService', () => {
  it('never rejects an ask and reports a failing store as degraded, without paths', async () => {
    const onFailure = vi.fn();
    const onWriteError = vi.fn();
    const service = createInsightsService(throwingStore(), { onFailure, onWriteError });
    await expect(service.recordAsk(askRecord())).resolves.toBeUndefined();
    expect(service.health()).toEqual({ ok: false, reason: 'insights store: write failed (SQLITE_IOERR)' });
    expect(onWriteError).toHaveBeenCalledTimes(1);
    await expect(service.close()).resolves.toBeUndefined();
    expect(onFailure).toHaveBeenCalled();
  });

  it('refuses a vote it cannot write (a disk full) instead of counting it as recorded', async () => {
    const service = createInsightsService(throwingStore('SQLITE_FULL'));
    await expect(service.recordFeedback(vote('q1'))).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(service.health()).toEqual({ ok: false, reason: 'insights store: write failed (SQLITE_FULL)' });
  });

  it('answers after the wait limit when the store hangs', async () => {
    const hanging: InsightsStore = { ...createNoopStore(), recordAsk: () => new Promise(() => undefined) };
    const service = createInsightsService(hanging, { askWriteWaitMs: 30 });
    const started = Date.now();
    await service.recordAsk(askRecord());
    expect(Date.now() - started).toBeLessThan(1000);
    expect(service.health()).toEqual({ ok: false, reason: 'insights store: write failed (TIMEOUT)' });
  });

  it('asks the store about queries (so any replica accepts a vote)', async () => {
    const store: InsightsStore = { ...createNoopStore(), recordFeedback: async (r) => (r.queryId === 'old' ? 'recorded' : 'unknown-query') };
    const service = createInsightsService(store);
    expect(await service.recordFeedback(vote('old'))).toBe('recorded');
    expect(await service.recordFeedback(vote('other'))).toBe('unknown-query');
  });

  it('turns healthy again when a write succeeds', async () => {
    let broken = true;
    const store: InsightsStore = { ...createNoopStore(), recordAsk: async () => !broken };
    const service = createInsightsService(store);
    await service.recordAsk(askRecord());
    expect(service.health().ok).toBe(false);
    broken = false;
    await service.recordAsk(askRecord());
    expect(service.health()).toEqual({ ok: true });
  });

  it('passes on the reason of an unhealthy store', () => {
    const service = createInsightsService({ ...createNoopStore(), health: () => ({ ok: false, reason: 'insights store: closed' }) });
    expect(service.health()).toEqual({ ok: false, reason: 'insights store: closed' });
    expect(service.readable).toBe(false);
  });

  it('says whether the store keeps traces: every store does but the memory-only one', () => {
    expect(createInsightsService(createNoopStore()).keepsTraces).toBe(false);
    const { keepsTraces: _none, ...store } = createNoopStore();
    expect(createInsightsService(store).keepsTraces).toBe(true);
  });

  it('the memory-only store (INSIGHTS=false) keeps the feedback rules', async () => {
    const service = createInsightsService(createNoopStore(2));
    const asks = [askRecord(), askRecord(), askRecord()];
    for (const a of asks) await service.recordAsk(a);
    expect(await service.recordFeedback(vote(asks[0]!.queryId))).toBe('unknown-query'); // forgotten beyond 2
    expect(await service.recordFeedback(vote(asks[2]!.queryId))).toBe('recorded');
    expect(await service.recordFeedback(vote(asks[2]!.queryId))).toBe('duplicate');
  });
});

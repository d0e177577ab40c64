import { describe, expect, it } from 'vitest';
import { medianRound, type LoadRound } from '../../../scripts/lib/load-test.ts';

const run = (requestsPerSec: number) => ({ requestsPerSec, p50Ms: 1, p99Ms: 2, requests: requestsPerSec, errors: 0, timeouts: 0, non2xx: 0 });
const round = (ask: number, health: number): LoadRound => ({ ask: run(ask), health: run(health), ratio: ask / health, cpu: null, generatorUs: { ask: 50, health: 30 } });

describe('medianRound', () => {
  it('picks the round with the middle ratio, whatever the order they ran in', () => {
    const rounds = [round(3000, 30000), round(3000, 15000), round(3000, 20000)];
    expect(medianRound(rounds).ratio).toBeCloseTo(0.15);
    expect(medianRound(rounds).health.requestsPerSec).toBe(20000);
  });

  it('takes the lower middle one of an even count, never an average of two runs', () => {
    expect(medianRound([round(1, 4), round(1, 2)]).ratio).toBe(0.25);
  });

  it('refuses no rounds with the load prefix', () => {
    expect(() => medianRound([])).toThrow(/^load: no rounds/);
  });
});

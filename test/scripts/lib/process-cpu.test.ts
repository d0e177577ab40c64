import { describe, expect, it } from 'vitest';
import { cpuOfStat, cpuPerRequest, readCpu } from '../../../scripts/lib/process-cpu.ts';

describe('process CPU from /proc', () => {
  it('reads user + system time of a stat line, whatever spaces the command name holds', () => {
    const fields = ['S', '1', '1', '1', '0', '-1', '4194560', '100', '0', '0', '0', '250', '50', '0', '0'];
    expect(cpuOfStat(`1234 (node a (b)) ${fields.join(' ')}`)).toBe(3_000_000);
  });

  it('divides the time spent between two readings by the requests served', () => {
    expect(cpuPerRequest({ mainUs: 1000, processUs: 2000 }, { mainUs: 31_000, processUs: 62_000 }, 100)).toEqual({ mainUs: 300, processUs: 600 });
    expect(cpuPerRequest(null, { mainUs: 1, processUs: 1 }, 100)).toBeNull();
    expect(cpuPerRequest({ mainUs: 1, processUs: 1 }, { mainUs: 2, processUs: 2 }, 0)).toBeNull();
  });

  it('reads this process, and gives null for one that is not there', () => {
    const now = readCpu(process.pid);
    if (now) expect(now.processUs).toBeGreaterThanOrEqual(now.mainUs);
    expect(readCpu(2 ** 22 + 7)).toBeNull();
  });
});

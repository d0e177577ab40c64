/**
 * CPU time of a child process from Linux /proc: its main thread's (the event loop, which an ask holds
 * while it is answered) and the whole process's (the store's writer thread and the garbage collector's
 * helpers too): what a request costs the server, beside how many it served. It moves with the machine's
 * load too — an ask cost 268 µs of the event loop on a quiet machine and 313 µs on a loaded one, a health
 * request 32 and 58 µs — but it shows where the time goes. Null where /proc is not there.
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface CpuTimes {
  /** The main thread's user + system time, in µs. */
  mainUs: number;
  /** The whole process's user + system time, in µs. */
  processUs: number;
}

/** utime + stime (fields 14 and 15) of a /proc stat line, in µs. */
export function cpuOfStat(stat: string): number {
  // The command name (field 2) is in brackets and may hold spaces: the fields after it are counted from its end.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / TICKS_PER_SECOND;
}

/** The process's CPU times now, or null where /proc cannot be read. */
export function readCpu(pid: number): CpuTimes | null {
  try {
    return {
      mainUs: cpuOfStat(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')),
      processUs: cpuOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8')),
    };
  } catch {
    return null;
  }
}

/** CPU µs per request between two readings, or null when either is missing or nothing was served. */
export function cpuPerRequest(before: CpuTimes | null, after: CpuTimes | null, requests: number): CpuTimes | null {
  if (!before || !after || requests <= 0) return null;
  return { mainUs: (after.mainUs - before.mainUs) / requests, processUs: (after.processUs - before.processUs) / requests };
}

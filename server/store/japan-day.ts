/** Dates as the helpdesk sees them: Japan time (UTC+9, no daylight saving). */

const OFFSET_MS = 9 * 60 * 60 * 1000;

/** The Japan-time calendar day (YYYY-MM-DD) of an ISO timestamp or Date. */
export function japanDay(at: string | Date): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** The first day of a window of `days` days ending today (Japan time). */
export function windowStart(days: number, now: Date = new Date()): string {
  return japanDay(new Date(now.getTime() - (days - 1) * 24 * 60 * 60 * 1000));
}

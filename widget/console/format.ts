/** Formatting for the console: percentages, Japan-time dates, kind labels. */
import type { AskKind } from '../../server/answer/types.ts';

export const KIND_LABELS: Record<AskKind, string> = {
  answer: '回答',
  clarify: '聞き返し',
  fallback: '回答できず',
  smalltalk: '雑談',
};

/** 0.8333 → "83%". */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** An ISO timestamp as Japan time, "2026-04-01 09:30". */
export function japanTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 9 * 3600e3).toISOString().slice(0, 16).replace('T', ' ');
}

/** Formatting for the console: percentages, Japan-time dates, kind and reason labels. */
import type { AskKind } from '../../server/answer/types.ts';
import type { UnhelpfulReason } from '../../server/store/types.ts';
import { REASON_LABELS } from '../src/reasons.ts';

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

/** Why a 「いいえ」 was given, as users saw it; 「理由なし」 for votes without one. */
export function reasonLabel(reason: UnhelpfulReason | null): string {
  return reason ? REASON_LABELS[reason] : '理由なし';
}

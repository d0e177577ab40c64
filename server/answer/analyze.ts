/**
 * Reads a question once for the whole engine: secrets taken out, normalised, expanded through the lexicon.
 * Every later step (intents, smalltalk, search, follow-ups) works on this, never on the raw text.
 */
import type { LexiconEntry } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { expandWithLexicon } from '../text/lexicon.ts';
import { findSecrets, type SecretKind } from '../text/redact.ts';

export interface Analysis {
  /** The question with IDs and passwords replaced by what they are (「KJ080899999999」→「KJのID」). */
  text: string;
  /** `normalize(text)`. */
  normalized: string;
  /** `normalized` plus the official terms of every lexicon variant found in it. */
  expanded: string;
}

/**
 * What a secret stands for in the question. An ID still tells us the topic (a KJ ID means the office's
 * ID), but its digits must not steer the search; a password's value means nothing at all.
 */
const STANDS_FOR: Record<SecretKind, string> = {
  'kj-id': ' KJのID ',
  'kj-id-malformed': ' KJのID ',
  'personal-id': ' 個人ユーザID ',
  'office-number': ' 事業所番号 ',
  phone: ' 電話番号 ',
  email: ' メールアドレス ',
  password: ' ',
  'long-number': ' ',
};

/** Replaces each secret by the words it stands for. */
export function withoutSecrets(question: string): string {
  const spans = findSecrets(question);
  if (spans.length === 0) return question;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += question.slice(at, s.start) + STANDS_FOR[s.kind];
    at = s.end;
  }
  return out + question.slice(at);
}

/** Analyses one question (pure; the lexicon comes from the knowledge base). */
export function analyze(question: string, lexicon: readonly LexiconEntry[]): Analysis {
  const text = withoutSecrets(question);
  const normalized = normalize(text);
  return { text, normalized, expanded: expandWithLexicon(normalized, lexicon) };
}

/**
 * True when `term` (normalised) occurs in `text` (normalised). Latin and digit terms must stand on their
 * own (「kj」 not inside 「kjx」, 「life」 not inside 「lifeline」); Japanese terms match anywhere, as
 * Japanese has no spaces to anchor on.
 */
export function containsTerm(text: string, term: string): boolean {
  if (!term) return false;
  if (!/^[a-z0-9 ]+$/.test(term)) return text.includes(term);
  let from = 0;
  for (;;) {
    const i = text.indexOf(term, from);
    if (i < 0) return false;
    const before = text[i - 1];
    const after = text[i + term.length];
    if (!(before && /[a-z0-9]/.test(before)) && !(after && /[a-z0-9]/.test(after))) return true;
    from = i + 1;
  }
}

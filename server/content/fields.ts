/**
 * Small field checkers shared by the front-matter and data-file validators. Each reads one key of a
 * parsed YAML map, reports a line-exact problem when it is wrong, and returns the value when it is right.
 */
import type { ContentProblem } from './types.ts';
import type { YamlPath } from './front-matter.ts';
import { normalize } from '../text/normalize.ts';

/** Where problems of one file go. */
export interface FieldContext {
  path: string;
  lineOf(path: YamlPath): number;
  problems: ContentProblem[];
  /** Keys an unknown key was taken for (a typo): their "missing" problem would only repeat it. */
  suggested?: Set<string>;
}

export type YamlMap = Record<string, unknown>;

/** YYYY-MM-DD, checked again against the calendar by `isRealDate`. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Adds an error (or warning) at the line of `at` (a YAML path or a file line). */
export function report(ctx: FieldContext, at: YamlPath | number, message: string, severity: ContentProblem['severity'] = 'error'): void {
  const line = typeof at === 'number' ? at : ctx.lineOf(at);
  ctx.problems.push({ path: ctx.path, line, message, severity });
}

/** Whether an error was reported in `ctx` since it held `before` problems: the validator's result is then null. */
export function failedSince(ctx: FieldContext, before: number): boolean {
  return ctx.problems.slice(before).some((p) => p.severity === 'error');
}

/** Dotted name of a key for messages: `intent.must`. */
export function label(path: YamlPath): string {
  return path.join('.');
}

export function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Edit distance with transpositions (optimal string alignment), so "titel" is one step from "title". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The candidate closest to `word`, when it is close enough to be a typo of it. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const dist = editDistance(word.toLowerCase(), c.toLowerCase());
    if (dist < bestDistance) [best, bestDistance] = [c, dist];
  }
  return bestDistance <= limit ? best : undefined;
}

/** Reports every key of `map` not in `allowed`, suggesting the nearest allowed key for typos. */
export function checkKeys(ctx: FieldContext, map: YamlMap, allowed: readonly string[], at: YamlPath = []): void {
  for (const key of Object.keys(map)) {
    if (allowed.includes(key)) continue;
    const guess = nearest(key, allowed);
    if (guess) (ctx.suggested ??= new Set()).add(label([...at, guess]));
    const hint = guess ? `did you mean "${label([...at, guess])}"?` : `allowed: ${allowed.join(', ')}`;
    report(ctx, [...at, key], `unknown key "${label([...at, key])}" (${hint})`);
  }
}

/** Reports a missing required key, unless a typo of it was already reported as an unknown key. */
function missing(ctx: FieldContext, at: YamlPath, key: string, startLine: number): undefined {
  const name = label([...at, key]);
  if (!ctx.suggested?.has(name)) report(ctx, at.length ? at : startLine, `missing required key "${name}"`);
  return undefined;
}

/** True for values an editor left blank: null, '' or only spaces. */
function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A required, non-empty single line of text. */
export function readString(ctx: FieldContext, map: YamlMap, key: string, at: YamlPath = [], startLine = 1): string | undefined {
  const path = [...at, key];
  if (!(key in map)) return missing(ctx, at, key, startLine);
  const value = map[key];
  if (isBlank(value)) return void report(ctx, path, `"${label(path)}" is empty`);
  if (typeof value !== 'string') return void report(ctx, path, `"${label(path)}" must be text`);
  return value.trim();
}

/** A list of non-empty texts; `required` lists must be present (they may still be empty lists). */
export function readStringList(ctx: FieldContext, map: YamlMap, key: string, required: boolean, at: YamlPath = [], startLine = 1): string[] | undefined {
  const path = [...at, key];
  if (!(key in map)) return required ? missing(ctx, at, key, startLine) : [];
  const value = map[key];
  if (value === null) return void report(ctx, path, `"${label(path)}" is empty (write [] for an empty list)`);
  if (!Array.isArray(value)) return void report(ctx, path, `"${label(path)}" must be a list`);
  let ok = true;
  value.forEach((item, i) => {
    if (isBlank(item)) report(ctx, [...path, i], `"${label(path)}" item ${i + 1} is empty`);
    else if (typeof item !== 'string') report(ctx, [...path, i], `"${label(path)}" item ${i + 1} must be text (put it in quotes)`);
    else return;
    ok = false;
  });
  return ok ? value.map((s: string) => s.trim()) : undefined;
}

/** True when `text` is YYYY-MM-DD and names a day that exists. */
export function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A required date in YYYY-MM-DD form that exists on the calendar. */
export function readDate(ctx: FieldContext, map: YamlMap, key: string, startLine = 1): string | undefined {
  if (!(key in map)) return missing(ctx, [], key, startLine);
  const value = map[key];
  if (isBlank(value)) return void report(ctx, [key], `"${key}" is empty`);
  const text = String(value).trim();
  if (!isRealDate(text)) return void report(ctx, [key], `"${key}" must be a real date in YYYY-MM-DD form, got "${text}"`);
  return text;
}

/** A required true/false. */
export function readBoolean(ctx: FieldContext, map: YamlMap, key: string, at: YamlPath = [], startLine = 1): boolean | undefined {
  const path = [...at, key];
  if (!(key in map)) return missing(ctx, at, key, startLine);
  const value = map[key];
  if (typeof value !== 'boolean') return void report(ctx, path, `"${label(path)}" must be true or false`);
  return value;
}

/** A list of non-empty terms; `name` is how messages call it (`"intent.may"`, `"intent.must" group 2`). */
export function readTerms(ctx: FieldContext, value: unknown, path: YamlPath, name: string, example: string, allowEmpty = false): string[] | undefined {
  if (!Array.isArray(value) || (value.length === 0 && !allowEmpty)) {
    return void report(ctx, path, `${name} must be ${allowEmpty ? 'a' : 'a non-empty'} list of terms, e.g. ${example}`);
  }
  const bad = value.findIndex((t) => typeof t !== 'string' || t.trim() === '');
  if (bad >= 0) return void report(ctx, [...path, bad], `${name} has an empty or non-text term (item ${bad + 1})`);
  // Questions are normalised before they are matched, and normalising turns punctuation and symbols into spaces:
  // a term of nothing else (「-」, 「？」) would never match anything.
  const blank = value.findIndex((t: string) => normalize(t).trim() === '');
  if (blank >= 0) {
    return void report(ctx, [...path, blank], `${name} term "${value[blank]}" (item ${blank + 1}) is only punctuation or symbols, which questions are matched without: write it in words (ハイフン, 横棒)`);
  }
  return value.map((t: string) => t.trim());
}

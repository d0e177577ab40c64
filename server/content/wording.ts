/**
 * Step 3e: wording readers must never see (issue 13 §3), as editors list it in wording.yaml — phrases
 * about our own sources or editing policy (「手元の資料」「別名として扱います」), and one term per thing
 * (クライアントアプリ, not also クライアントソフト). Checked on what people read: articles' titles,
 * summaries and bodies, notices' titles and summaries, smalltalk replies. Never on `examples` (the
 * users' own words) or on the lexicon.
 */
import type { ContentFile } from './load.ts';
import type { ContentProblem } from './types.ts';
import { isSyntaxProblem, parseFrontMatter, parseYaml } from './front-matter.ts';
import { checkKeys, failedSince, isMap, readString, readStringList, report, type FieldContext, type YamlMap } from './fields.ts';

export interface AvoidedPhrase {
  phrase: string;
  /** What to write instead, shown in the message. */
  why: string;
}

export interface PreferredTerm {
  use: string;
  not: string[];
  /** Fixed names that contain a `not` word and stay as they are (a document's title). */
  except: string[];
}

export interface Wording {
  avoid: AvoidedPhrase[];
  terms: PreferredTerm[];
}

/** Width-insensitive comparison form (ＰＣ = PC). */
const fold = (text: string) => text.normalize('NFKC');

/** The maps of a required top-level list, each with its YAML path (bad items reported). */
function readItems(ctx: FieldContext, map: YamlMap, key: string): { item: YamlMap; at: (string | number)[] }[] {
  const list = map[key];
  if (!Array.isArray(list)) {
    report(ctx, key in map ? [key] : 1, key in map ? `"${key}" must be a list` : `missing required key "${key}"`);
    return [];
  }
  return list.flatMap((item: unknown, i: number) => {
    if (isMap(item)) return [{ item, at: [key, i] }];
    report(ctx, [key, i], `"${key}" item ${i + 1} must be a map of keys`);
    return [];
  });
}

/** wording.yaml: `avoid: [{phrase, why}]`, `terms: [{use, not, except?}]`. */
export function validateWording(ctx: FieldContext, data: unknown): Wording | null {
  if (!isMap(data)) {
    report(ctx, 1, 'wording.yaml must be a map of keys');
    return null;
  }
  const before = ctx.problems.length;
  checkKeys(ctx, data, ['avoid', 'terms']);
  const avoid: AvoidedPhrase[] = [];
  for (const { item, at } of readItems(ctx, data, 'avoid')) {
    checkKeys(ctx, item, ['phrase', 'why'], at);
    const phrase = readString(ctx, item, 'phrase', at, ctx.lineOf(at));
    const why = readString(ctx, item, 'why', at, ctx.lineOf(at));
    if (phrase && why) avoid.push({ phrase, why });
  }
  const terms: PreferredTerm[] = [];
  for (const { item, at } of readItems(ctx, data, 'terms')) {
    checkKeys(ctx, item, ['use', 'not', 'except'], at);
    const use = readString(ctx, item, 'use', at, ctx.lineOf(at));
    const not = readStringList(ctx, item, 'not', true, at, ctx.lineOf(at));
    const except = readStringList(ctx, item, 'except', false, at, ctx.lineOf(at));
    if (use && not && except) terms.push({ use, not, except });
  }
  return failedSince(ctx, before) ? null : { avoid, terms };
}

/** The wording problems of one line of reader-facing text. */
export function wordingProblems(text: string, wording: Wording): string[] {
  const line = fold(text);
  const found: string[] = [];
  for (const a of wording.avoid) {
    if (line.includes(fold(a.phrase))) found.push(`"${a.phrase}" must not reach readers: ${a.why} (wording.yaml)`);
  }
  for (const t of wording.terms) {
    const rest = t.except.reduce((s, e) => s.split(fold(e)).join(' '), line);
    // The longest avoided word first, so 「PC端末」 is reported once rather than again as 「端末」.
    const words = [...t.not].sort((a, b) => b.length - a.length);
    let left = rest;
    for (const w of words) {
      if (!left.includes(fold(w))) continue;
      found.push(`write "${t.use}", not "${w}": one term per thing (wording.yaml)`);
      left = left.split(fold(w)).join(' ');
    }
  }
  return found;
}

/** Lines people read in one content file, with their file lines. */
function readerLines(file: ContentFile): { line: number; text: string }[] {
  if (file.path.endsWith('.md')) {
    const fm = parseFrontMatter(file.text);
    if (isSyntaxProblem(fm) || !isMap(fm.data)) return [];
    const data = fm.data;
    const fields = ['title', 'summary']
      .filter((k) => typeof data[k] === 'string')
      .map((k) => ({ line: fm.lineOf([k]), text: data[k] as string }));
    // A notice has front matter only; an article's body is all read.
    return [...fields, ...fm.body.split('\n').map((text, i) => ({ line: fm.bodyLine + i, text }))];
  }
  if (file.path === 'smalltalk.yaml') {
    const parsed = parseYaml(file.text);
    if (isSyntaxProblem(parsed) || !isMap(parsed.data) || !Array.isArray(parsed.data.rules)) return [];
    // The reply, and the reply after what the clerk did (afterTry), are both shown.
    return parsed.data.rules.flatMap((r: unknown, i: number) =>
      isMap(r) ? (['reply', 'afterTry'] as const).flatMap((k) => (typeof r[k] === 'string' ? [{ line: parsed.lineOf(['rules', i, k]), text: r[k] as string }] : [])) : [],
    );
  }
  return [];
}

/** Reports every listed phrase and avoided term in what readers see, at its file line. */
export function checkWording(files: readonly ContentFile[], wording: Wording, problems: ContentProblem[]): void {
  for (const file of files) {
    for (const { line, text } of readerLines(file)) {
      for (const message of wordingProblems(text, wording)) problems.push({ path: file.path, line, message, severity: 'error' });
    }
  }
}

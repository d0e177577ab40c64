/**
 * Step 3b: check notices and the top-level YAML files (site, lexicon, smalltalk, suggestions).
 */
import type { LexiconEntry, Notice, Site, SmalltalkRule } from './types.ts';
import { checkId } from './validate.ts';
import {
  checkKeys, failedSince, isMap, readBoolean, readDate, readString, readStringList, report, type FieldContext, type YamlMap,
} from './fields.ts';

export const NOTICE_KEYS = ['id', 'date', 'title', 'summary', 'important'] as const;
export const SITE_KEYS = ['systemName', 'supportSiteName', 'supportSiteUrl', 'faqUrl', 'helpdesk'] as const;
export const HELPDESK_KEYS = ['name', 'phone', 'hours', 'formUrl', 'formLabel'] as const;
const IMPORTANT_MARK = '【重要】';

/** Everything but the notice's page URL, which the pipeline assigns. */
export type NoticeMeta = Omit<Notice, 'url'>;

function readMap(ctx: FieldContext, data: unknown, what: string): YamlMap | null {
  if (isMap(data)) return data;
  report(ctx, 1, `${what} must be a map of keys`);
  return null;
}

/** A notice's front matter; `important` must agree with 【重要】 in the title. */
export function validateNotice(ctx: FieldContext, data: unknown, fileName: string): NoticeMeta | null {
  const map = readMap(ctx, data, 'front matter');
  if (!map) return null;
  const before = ctx.problems.length;
  checkKeys(ctx, map, NOTICE_KEYS);
  const id = readString(ctx, map, 'id');
  if (id !== undefined) checkId(ctx, id, fileName);
  const date = readDate(ctx, map, 'date');
  const title = readString(ctx, map, 'title');
  const summary = readString(ctx, map, 'summary');
  const important = readBoolean(ctx, map, 'important');
  if (title !== undefined && important !== undefined && important !== title.includes(IMPORTANT_MARK)) {
    report(ctx, ['important'], important ? `"important" is true but the title has no ${IMPORTANT_MARK}` : `"important" is false but the title has ${IMPORTANT_MARK}`);
  }
  if (failedSince(ctx, before)) return null;
  return { id: id!, date: date!, title: title!, summary: summary!, important: important! };
}

function readUrl(ctx: FieldContext, map: YamlMap, key: string, at: string[] = []): string | undefined {
  const url = readString(ctx, map, key, at);
  if (url !== undefined && !/^https:\/\/[^\s]+$/.test(url)) return void report(ctx, [...at, key], `"${[...at, key].join('.')}" must be an https:// URL`);
  return url;
}

/** site.yaml: official names and the helpdesk contact. */
export function validateSite(ctx: FieldContext, data: unknown): Site | null {
  const map = readMap(ctx, data, 'site.yaml');
  if (!map) return null;
  const before = ctx.problems.length;
  checkKeys(ctx, map, SITE_KEYS);
  const systemName = readString(ctx, map, 'systemName');
  const supportSiteName = readString(ctx, map, 'supportSiteName');
  const supportSiteUrl = readUrl(ctx, map, 'supportSiteUrl');
  const faqUrl = readUrl(ctx, map, 'faqUrl');
  const h = isMap(map.helpdesk) ? map.helpdesk : null;
  if (!h) report(ctx, 'helpdesk' in map ? ['helpdesk'] : 1, 'helpdesk' in map ? '"helpdesk" must be a map of keys' : 'missing required key "helpdesk"');
  else checkKeys(ctx, h, HELPDESK_KEYS, ['helpdesk']);
  const at = ['helpdesk'];
  const helpdesk = h && {
    name: readString(ctx, h, 'name', at), phone: readString(ctx, h, 'phone', at), hours: readString(ctx, h, 'hours', at),
    formUrl: readUrl(ctx, h, 'formUrl', at), formLabel: readString(ctx, h, 'formLabel', at),
  };
  if (failedSince(ctx, before) || !helpdesk) return null;
  return { systemName: systemName!, supportSiteName: supportSiteName!, supportSiteUrl: supportSiteUrl!, faqUrl: faqUrl!, helpdesk: helpdesk as Site['helpdesk'] };
}

/** Reads a required, non-empty top-level list of maps (`entries:`, `rules:`), reporting bad items. */
function readItems(ctx: FieldContext, map: YamlMap, key: string): Array<{ item: YamlMap; i: number }> {
  if (!(key in map)) {
    report(ctx, 1, `missing required key "${key}"`);
    return [];
  }
  const list = map[key];
  if (!Array.isArray(list) || list.length === 0) {
    report(ctx, [key], `"${key}" must be a non-empty list`);
    return [];
  }
  const items: Array<{ item: YamlMap; i: number }> = [];
  list.forEach((item, i) => {
    if (isMap(item)) items.push({ item, i });
    else report(ctx, [key, i], `"${key}" item ${i + 1} must be a map of keys`);
  });
  return items;
}

/** lexicon.yaml: `entries: [{term, variants}]`; a term appears once. */
export function validateLexicon(ctx: FieldContext, data: unknown): LexiconEntry[] | null {
  const map = readMap(ctx, data, 'lexicon.yaml');
  if (!map) return null;
  const before = ctx.problems.length;
  checkKeys(ctx, map, ['entries', 'classes', 'neutral']);
  const entries: LexiconEntry[] = [];
  const seen = new Map<string, number>();
  readItems(ctx, map, 'entries').forEach(({ item, i }) => {
    const start = ctx.lineOf(['entries', i]);
    const ctxAt = { ...ctx, lineOf: (p: (string | number)[]) => ctx.lineOf(['entries', i, ...p]) };
    checkKeys(ctxAt, item, ['term', 'variants']);
    const term = readString(ctxAt, item, 'term', [], start);
    const variants = readStringList(ctxAt, item, 'variants', true, [], start);
    if (term === undefined || variants === undefined) return;
    const line = ctxAt.lineOf(['term']);
    if (seen.has(term)) report(ctx, line, `duplicate term "${term}" (also on line ${seen.get(term)})`);
    seen.set(term, line);
    entries.push({ term, variants });
  });
  return failedSince(ctx, before) ? null : entries;
}

/** smalltalk.yaml: `rules: [{id, patterns, reply, contact, alone?, afterTry?}]`. */
export function validateSmalltalk(ctx: FieldContext, data: unknown): SmalltalkRule[] | null {
  const map = readMap(ctx, data, 'smalltalk.yaml');
  if (!map) return null;
  const before = ctx.problems.length;
  checkKeys(ctx, map, ['rules']);
  const rules: SmalltalkRule[] = [];
  readItems(ctx, map, 'rules').forEach(({ item, i }) => {
    const ctxAt = { ...ctx, lineOf: (p: (string | number)[]) => ctx.lineOf(['rules', i, ...p]) };
    const start = ctx.lineOf(['rules', i]);
    checkKeys(ctxAt, item, ['id', 'patterns', 'reply', 'contact', 'alone', 'afterTry']);
    const id = readString(ctxAt, item, 'id', [], start);
    const patterns = readStringList(ctxAt, item, 'patterns', true, [], start);
    const reply = readString(ctxAt, item, 'reply', [], start);
    const contact = readBoolean(ctxAt, item, 'contact', [], start);
    // Optional: most rules (greetings, thanks) also answer a message that carries a few more words.
    const alone = 'alone' in item ? readBoolean(ctxAt, item, 'alone', [], start) : false;
    // Optional: the reply when what the clerk did came first (SmalltalkRule.afterTry); only a hand-over rule reads it.
    const afterTry = 'afterTry' in item ? readString(ctxAt, item, 'afterTry', [], start) : undefined;
    if (afterTry !== undefined && !(contact && alone)) report(ctxAt, ['afterTry'], '"afterTry" is read only for a rule with "contact: true" and "alone: true"');
    if (id && rules.some((r) => r.id === id)) report(ctxAt, ['id'], `duplicate smalltalk rule id "${id}"`);
    if (id && patterns && reply && contact !== undefined && alone !== undefined) rules.push({ id, patterns, reply, contact, alone, ...(afterTry ? { afterTry } : {}) });
  });
  return failedSince(ctx, before) ? null : rules;
}

/** suggestions.yaml: `questions: [text]`. */
export function validateSuggestions(ctx: FieldContext, data: unknown): string[] | null {
  const map = readMap(ctx, data, 'suggestions.yaml');
  if (!map) return null;
  const before = ctx.problems.length;
  checkKeys(ctx, map, ['questions']);
  const questions = readStringList(ctx, map, 'questions', true);
  if (questions && questions.length === 0) report(ctx, ['questions'], '"questions" must be a non-empty list');
  return failedSince(ctx, before) || !questions ? null : questions;
}

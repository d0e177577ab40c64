/**
 * Validation of the vocabulary an editor keeps besides the lexicon's entries: the concept classes
 * (`classes:` in lexicon.yaml), the neutral words (`neutral:` in lexicon.yaml) and the other-systems list
 * (other-systems.yaml). Pure, like the other validators: problems are reported with the line they are on,
 * and nothing is returned when any is an error.
 */
import type { ConceptClass, ContentProblem, OtherSystems } from './types.ts';
import type { ContentFile } from './load.ts';
import { isSyntaxProblem, parseYaml, type YamlPath } from './front-matter.ts';
import { checkKeys, failedSince, isMap, readString, readStringList, report, type FieldContext, type YamlMap } from './fields.ts';
import { normalize, normalizeWithMap } from '../text/normalize.ts';
import { GAP_MARK, gappedParts, isGapped } from '../text/gapped-terms.ts';

/** The other-systems file; optional (a content folder without it has no other systems). */
export const OTHER_SYSTEMS_FILE = 'other-systems.yaml';
/** The generated readings (`npm run readings`); optional. */
export const READINGS_FILE = 'lexicon-readings.yaml';
const HIRAGANA_ONLY = /^[\u3041-\u3096ー]+$/;
const HIRAGANA = /[\u3041-\u3096]/;
/** Shortest word of the other-systems list, in characters after normalising: one kana would match everywhere. */
const MIN_TERM = 2;

/** Items of a list of maps under `key`, with their index; reports a missing or malformed list when `required`. */
function readMaps(ctx: FieldContext, map: YamlMap, key: string, required: boolean): { item: YamlMap; i: number }[] {
  if (!(key in map)) {
    if (required) report(ctx, 1, `missing required key "${key}"`);
    return [];
  }
  const list = map[key];
  if (!Array.isArray(list) || list.length === 0) {
    report(ctx, [key], `"${key}" must be a non-empty list`);
    return [];
  }
  const out: { item: YamlMap; i: number }[] = [];
  list.forEach((item, i) => (isMap(item) ? out.push({ item, i }) : report(ctx, [key, i], `"${key}" item ${i + 1} must be a map of keys`)));
  return out;
}

function at(ctx: FieldContext, key: string, i: number): FieldContext {
  return { ...ctx, lineOf: (p) => ctx.lineOf([key, i, ...p]) };
}

/** Where a class's `notListed` line names the member. */
export const MEMBER_SLOT = '{member}';

/**
 * `classes:` of lexicon.yaml: `[{name, term, about: [article ids], members: [words], notListed?}]`; absent means
 * none. A `notListed` line names the member once (MEMBER_SLOT).
 */
export function validateClasses(ctx: FieldContext, data: unknown): ConceptClass[] | null {
  if (!isMap(data)) return [];
  const before = ctx.problems.length;
  const classes: ConceptClass[] = [];
  for (const { item, i } of readMaps(ctx, data, 'classes', false)) {
    const c = at(ctx, 'classes', i);
    const start = ctx.lineOf(['classes', i]);
    checkKeys(c, item, ['name', 'term', 'about', 'members', 'notListed']);
    const name = readString(c, item, 'name', [], start);
    const term = readString(c, item, 'term', [], start);
    const about = readStringList(c, item, 'about', true, [], start);
    const members = readStringList(c, item, 'members', true, [], start);
    if (about?.length === 0) report(c, ['about'], '"about" must name at least one article id');
    if (members?.length === 0) report(c, ['members'], '"members" must list at least one word');
    const notListed = 'notListed' in item ? readString(c, item, 'notListed', [], start) : undefined;
    if (notListed !== undefined && notListed.split(MEMBER_SLOT).length !== 2) report(c, ['notListed'], `"notListed" must name the member once, as ${MEMBER_SLOT}`);
    if (name && classes.some((x) => x.name === name)) report(c, ['name'], `duplicate class name "${name}"`);
    if (name && term && about?.length && members?.length) classes.push({ name, term, about, members, ...(notListed !== undefined ? { notListed } : {}) });
  }
  return failedSince(ctx, before) ? null : classes;
}

/**
 * `neutral:` of lexicon.yaml: words of a message's background (time, people, courtesy) that name no subject;
 * absent means none. Each at least MIN_TERM characters (a single character never counts as a word of its
 * own), without hiragana (a question's words are its runs of kanji, katakana or Latin letters: お世話 is read
 * as 世話) and listed once.
 */
export function validateNeutral(ctx: FieldContext, data: unknown): string[] | null {
  if (!isMap(data) || !('neutral' in data)) return [];
  const before = ctx.problems.length;
  const words = readStringList(ctx, data, 'neutral', true) ?? [];
  const seen = new Set<string>();
  words.forEach((w, k) => {
    const normalized = normalize(w);
    if (Array.from(normalized).length < MIN_TERM) report(ctx, ['neutral', k], `neutral word "${w}" is too short: at least ${MIN_TERM} characters (one character never counts as a word)`);
    else if (HIRAGANA.test(normalizeWithMap(w, { fold: false }).text)) report(ctx, ['neutral', k], `neutral word "${w}" holds hiragana: write its kanji, katakana or Latin letters only (世話, not お世話), as a question's words are read`);
    else if (seen.has(normalized)) report(ctx, ['neutral', k], `neutral word "${w}" is listed twice`);
    seen.add(normalized);
  });
  return failedSince(ctx, before) ? null : words;
}

/**
 * A neutral word must not also be a word of other-systems.yaml: it would say a word names something and
 * nothing. Reports each such word; false when there is one.
 */
export function checkNeutralWords(neutral: readonly string[], others: OtherSystems, lineOf: (k: number) => number, problems: ContentProblem[]): boolean {
  const named = new Map<string, string>();
  for (const s of [...others.systems, ...others.unstated]) for (const t of s.terms) named.set(normalize(t), `"${s.name}" of ${OTHER_SYSTEMS_FILE}`);
  for (const t of others.ours) named.set(normalize(t), `"ours" of ${OTHER_SYSTEMS_FILE}`);
  let ok = true;
  neutral.forEach((w, k) => {
    const where = named.get(normalize(w));
    if (!where) return;
    problems.push({ path: 'lexicon.yaml', line: lineOf(k), message: `neutral word "${w}" is also a term of ${where}`, severity: 'error' });
    ok = false;
  });
  return ok;
}

/** Every class's `about` must name an article that exists. */
export function checkClassArticles(classes: readonly ConceptClass[], ids: ReadonlySet<string>, path: string, lineOf: (name: string) => number, problems: ContentProblem[]): void {
  for (const c of classes) {
    for (const id of c.about) {
      if (!ids.has(id)) problems.push({ path, line: lineOf(c.name), message: `class "${c.name}": article "${id}" in "about" does not exist`, severity: 'error' });
    }
  }
}

/**
 * One list of named word groups of other-systems.yaml (`systems` or `unstated`): each `{name, terms}`, every
 * term at least MIN_TERM characters and under one group only (`owner`: normalised term → its group, across lists).
 */
function readGroups(ctx: FieldContext, data: YamlMap, key: 'systems' | 'unstated', required: boolean, owner: Map<string, string>): { name: string; terms: string[] }[] {
  const groups: { name: string; terms: string[] }[] = [];
  for (const { item, i } of readMaps(ctx, data, key, required)) {
    const c = at(ctx, key, i);
    const start = ctx.lineOf([key, i]);
    checkKeys(c, item, ['name', 'terms']);
    const name = readString(c, item, 'name', [], start);
    const terms = readStringList(c, item, 'terms', true, [], start);
    if (!name || !terms) continue;
    if (terms.length === 0) report(c, ['terms'], '"terms" must list at least one word');
    terms.forEach((t, k) => {
      const normalized = normalize(t);
      const parts = isGapped(t) ? gappedParts(t) : [normalized];
      if (isGapped(t) && key !== 'systems') report(c, ['terms', k], `term "${t}": only "systems" may write a term in two parts with "${GAP_MARK}"`);
      else if (parts === null) report(c, ['terms', k], `term "${t}" must be two words with one "${GAP_MARK}" between them`);
      else if (parts.some((p) => Array.from(p).length < MIN_TERM)) report(c, ['terms', k], `term "${t}" is too short: at least ${MIN_TERM} characters${parts.length > 1 ? ` on each side of "${GAP_MARK}"` : ''}`);
      else if (owner.has(normalized)) report(c, ['terms', k], `term "${t}" is also under "${owner.get(normalized)}"`);
      owner.set(normalized, name);
    });
    groups.push({ name, terms });
  }
  return groups;
}

/**
 * other-systems.yaml: `systems: [{name, terms}]`, `ours: [words]` and, optionally, `unstated: [{name, terms}]`
 * (topics of ours the sources do not cover) and `everyday: [words]` (everyday words read as one of ours). A word may
 * stand in one group only, and never also in `ours` (it would say a word is and is not ours).
 */
export function validateOtherSystems(ctx: FieldContext, data: unknown): OtherSystems | null {
  if (!isMap(data)) {
    report(ctx, 1, `${OTHER_SYSTEMS_FILE} must be a map of keys`);
    return null;
  }
  const before = ctx.problems.length;
  checkKeys(ctx, data, ['systems', 'ours', 'unstated', 'everyday']);
  const owner = new Map<string, string>();
  const systems = readGroups(ctx, data, 'systems', true, owner);
  const unstated = readGroups(ctx, data, 'unstated', false, owner);
  const ours = readStringList(ctx, data, 'ours', true) ?? [];
  ours.forEach((t, k) => {
    const other = owner.get(normalize(t));
    if (other) report(ctx, ['ours', k], `"${t}" is in "ours" and also a term of "${other}"`);
  });
  const everyday = readStringList(ctx, data, 'everyday', false) ?? [];
  const oursSet = new Set(ours.map((t) => normalize(t)));
  everyday.forEach((t, k) => {
    const other = owner.get(normalize(t));
    if (other) report(ctx, ['everyday', k], `"${t}" is in "everyday" and also a term of "${other}"`);
    else if (oursSet.has(normalize(t))) report(ctx, ['everyday', k], `"${t}" is in "everyday" and also in "ours": a word only ours is no everyday word`);
  });
  return failedSince(ctx, before) ? null : { systems, ours, unstated, everyday };
}

/** Reads one YAML file of the content into `check`, reporting syntax problems; null when absent. */
function readYamlFile<T>(files: readonly ContentFile[], name: string, problems: ContentProblem[], check: (ctx: FieldContext, data: unknown) => T | null): { value: T | null; lineOf: (p: YamlPath) => number } | null {
  const file = files.find((f) => f.path === name);
  if (!file) return null;
  const parsed = parseYaml(file.text.replace(/^\uFEFF/, ''));
  if (isSyntaxProblem(parsed)) {
    problems.push({ path: name, ...parsed, severity: 'error' });
    return { value: null, lineOf: () => 1 };
  }
  return { value: check({ path: name, lineOf: parsed.lineOf, problems }, parsed.data), lineOf: parsed.lineOf };
}

/**
 * The classes and neutral words of lexicon.yaml and the other-systems list, checked against the articles'
 * ids and one another: the content pipeline's one step for them. A YAML syntax error of lexicon.yaml is
 * reported by the lexicon's own step.
 */
export function readVocabulary(
  files: readonly ContentFile[],
  problems: ContentProblem[],
  ids: ReadonlySet<string>,
): { classes: ConceptClass[]; neutral: string[]; otherSystems: OtherSystems; readings: Map<string, string>; ruleReadings: Map<string, string> } | null {
  const lexicon = files.find((f) => f.path === 'lexicon.yaml');
  const parsed = lexicon ? parseYaml(lexicon.text.replace(/^\uFEFF/, '')) : null;
  const others = readYamlFile(files, OTHER_SYSTEMS_FILE, problems, validateOtherSystems);
  const otherSystems = others ? others.value : { systems: [], ours: [], unstated: [] };
  let classes: ConceptClass[] | null = [];
  let neutral: string[] | null = [];
  if (parsed && !isSyntaxProblem(parsed)) {
    classes = validateClasses({ path: 'lexicon.yaml', lineOf: parsed.lineOf, problems }, parsed.data);
    neutral = validateNeutral({ path: 'lexicon.yaml', lineOf: parsed.lineOf, problems }, parsed.data);
    if (neutral && otherSystems && !checkNeutralWords(neutral, otherSystems, (k) => parsed.lineOf(['neutral', k]), problems)) neutral = null;
    const lineOf = (name: string) => {
      const i = (classes ?? []).findIndex((c) => c.name === name);
      return parsed.lineOf(['classes', i, 'about']);
    };
    if (classes) checkClassArticles(classes, ids, 'lexicon.yaml', lineOf, problems);
  }
  const generated = readYamlFile(files, READINGS_FILE, problems, validateReadings);
  const read = generated ? generated.value : { readings: new Map<string, string>(), ruleReadings: new Map<string, string>() };
  return classes && neutral && otherSystems && read ? { classes, neutral, otherSystems, ...read } : null;
}

/**
 * lexicon-readings.yaml: `readings: {word: hiragana}` and, optionally, `rules: {rule term: hiragana}`, as `npm run readings`
 * writes them.
 */
function validateReadings(ctx: FieldContext, data: unknown): { readings: Map<string, string>; ruleReadings: Map<string, string> } | null {
  const map = isMap(data) ? data.readings : undefined;
  if (!isMap(map)) {
    report(ctx, 1, `${READINGS_FILE} must hold "readings:", a map of words to their readings (run npm run readings)`);
    return null;
  }
  const rules = isMap(data) ? data.rules : undefined;
  if (rules !== undefined && !isMap(rules)) {
    report(ctx, ['rules'], `"rules:" of ${READINGS_FILE} must be a map of rule terms to their readings (run npm run readings)`);
    return null;
  }
  return { readings: readingsOf(ctx, 'readings', map), ruleReadings: rules === undefined ? new Map() : readingsOf(ctx, 'rules', rules) };
}

/** The hiragana readings of one map of the readings file, each other value reported. */
function readingsOf(ctx: FieldContext, key: string, map: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [word, reading] of Object.entries(map)) {
    if (typeof reading !== 'string' || !HIRAGANA_ONLY.test(reading)) report(ctx, [key, word], `reading of "${word}" must be hiragana (run npm run readings)`);
    else out.set(word, reading);
  }
  return out;
}

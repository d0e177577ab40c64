/**
 * Step 3a, the answer-card fields of an article's front matter: `keyFacts` (required), `card` (the
 * default card's sections, optional) and `cases` (optional). Whether the named sections exist and every
 * card holds its facts is checked once the body is read (check-card.ts).
 */
import { checkKeys, isMap, readString, readStringList, readTerms, report, type FieldContext, type YamlMap } from './fields.ts';

export const CASE_KEYS = ['section', 'when', 'keyFacts'] as const;

/** One case as written: the section it shows, the words that select it, the facts its own card must hold. */
export interface CaseSpec {
  section: string;
  when: string[][];
  keyFacts: string[];
}

/** The card fields of an article's front matter. */
export interface CardFields {
  keyFacts: string[];
  /** Anchors of the default card's sections, or null for the convention (answer or lead text, then steps). */
  cardSections: string[] | null;
  cases: CaseSpec[];
}

const WHEN_EXAMPLE = '- [セキュリティ用メールアドレス, メールアドレス]';

/** `when`: a non-empty list of non-empty word groups, read like `intent.must`. */
function readWhen(ctx: FieldContext, item: YamlMap, at: (string | number)[], start: number): string[][] | undefined {
  if (!('when' in item)) return void report(ctx, start, `missing required key "${[...at, 'when'].join('.')}"`);
  const value = item.when;
  const name = `"${[...at, 'when'].join('.')}"`;
  if (!Array.isArray(value) || value.length === 0) {
    return void report(ctx, [...at, 'when'], `${name} must be a list of word groups, each a list of words, e.g. ${WHEN_EXAMPLE}`);
  }
  const groups = value.map((group: unknown, g: number) => readTerms(ctx, group, [...at, 'when', g], `${name} group ${g + 1}`, '[未登録, 登録していない]'));
  return groups.every((g) => g !== undefined) ? (groups as string[][]) : undefined;
}

function readCase(ctx: FieldContext, item: unknown, i: number): CaseSpec | undefined {
  const at = ['cases', i];
  if (!isMap(item)) return void report(ctx, at, `"cases" item ${i + 1} must be a map with "section" and "when"`);
  checkKeys(ctx, item, CASE_KEYS, at);
  const start = ctx.lineOf(at);
  const section = readString(ctx, item, 'section', at, start);
  const when = readWhen(ctx, item, at, start);
  const keyFacts = readStringList(ctx, item, 'keyFacts', true, at, start);
  if (keyFacts?.length === 0) report(ctx, [...at, 'keyFacts'], `"${[...at, 'keyFacts'].join('.')}" must list at least one fact the case's card holds`);
  if (section === undefined || when === undefined || !keyFacts?.length) return undefined;
  return { section, when, keyFacts };
}

/**
 * Reads `keyFacts`, `card` and `cases`.
 * @returns the fields, or null when any is wrong (problems are in `ctx`).
 */
export function readCardFields(ctx: FieldContext, map: YamlMap): CardFields | null {
  const before = ctx.problems.length;
  const keyFacts = readStringList(ctx, map, 'keyFacts', true);
  if (keyFacts?.length === 0) {
    report(ctx, ['keyFacts'], '"keyFacts" must list at least one fact every answer card holds, e.g. [「パスワード等を紛失した方はこちら」]');
  }
  let cardSections: string[] | null | undefined = null;
  if ('card' in map) {
    cardSections = readStringList(ctx, map, 'card', false);
    if (cardSections?.length === 0) report(ctx, ['card'], '"card" must list at least one section anchor, e.g. [answer, steps]');
  }
  const cases: CaseSpec[] = [];
  if ('cases' in map) {
    if (!Array.isArray(map.cases) || map.cases.length === 0) {
      report(ctx, ['cases'], '"cases" must be a list of cases, each with "section" and "when" (leave it out when there are none)');
    } else {
      const seen = new Map<string, number>();
      map.cases.forEach((item: unknown, i: number) => {
        const c = readCase(ctx, item, i);
        if (!c) return;
        const line = ctx.lineOf(['cases', i, 'section']);
        if (seen.has(c.section)) report(ctx, line, `case section "${c.section}" is already a case (line ${seen.get(c.section)}): add its words to that case's "when"`);
        else seen.set(c.section, line);
        cases.push(c);
      });
    }
  }
  if (ctx.problems.slice(before).some((p) => p.severity === 'error')) return null;
  return { keyFacts: keyFacts!, cardSections: cardSections!, cases };
}

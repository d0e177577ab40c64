/**
 * Every intent rule of a knowledge base matched against one question at once. The question is scanned
 * once for all the rules' terms (substrings.ts); a rule none of whose terms occurs is matched against
 * nothing, and the terms of a rule that is touched are tested by number against the terms found (a rule
 * has some fifty terms: a typed-array read each instead of a Set lookup).
 */
import { compileSubstrings, substringsIn, type SubstringIndex } from '../text/substrings.ts';
import { matchIntent, matchTerms, type CompiledIntent, type IntentMatch } from './intents.ts';

/** A knowledge base's rules, compiled for matching a question against all of them (see {@link compileRuleMatcher}). */
export interface RuleMatcher {
  /** Every rule matched against the rule text of a question (`ruleText`), in the rules' order. */
  match(text: string): IntentMatch[];
}

/** A rule's terms by number. */
interface NumberedRule {
  must: number[][];
  may: number[];
  not: number[];
}

/** Compiles the rules once per engine. `match` reuses working space: questions are matched one at a time. */
export function compileRuleMatcher(rules: readonly CompiledIntent[]): RuleMatcher {
  const numberOf = new Map<string, number>();
  const texts: string[] = [];
  const number = (t: string) => {
    let n = numberOf.get(t);
    if (n === undefined) {
      numberOf.set(t, (n = texts.length));
      texts.push(t);
    }
    return n;
  };
  const numbered: NumberedRule[] = rules.map((r) => ({ must: r.must.map((g) => g.map(number)), may: r.may.map(number), not: r.not.map(number) }));
  // Per term, the rules that name it: the rules a question touches are read off the terms found.
  const rulesOfTerm: number[][] = texts.map(() => []);
  numbered.forEach((r, i) => {
    for (const n of new Set([...r.must.flat(), ...r.may, ...r.not])) rulesOfTerm[n]!.push(i);
  });
  const scan: SubstringIndex = compileSubstrings(texts);
  // A rule none of whose terms the question holds matches the same way for every question: matched once
  // here, and that match (never changed by its readers) stands for it.
  const untouched = rules.map((r) => matchIntent(r, '', () => false));
  // Per term and per rule, the question that last found or touched it (a stamp, so nothing is cleared).
  const found = new Uint32Array(texts.length);
  const touched = new Uint32Array(rules.length);
  let stamp = 0;
  const has = (n: number) => found[n] === stamp;
  const text = (n: number) => texts[n]!;

  function match(question: string): IntentMatch[] {
    if (stamp === 0xffffffff) {
      found.fill(0);
      touched.fill(0);
      stamp = 0;
    }
    stamp += 1;
    for (const t of substringsIn(scan, question)) {
      const n = numberOf.get(t)!;
      found[n] = stamp;
      for (const i of rulesOfTerm[n]!) touched[i] = stamp;
    }
    const matched: IntentMatch[] = [];
    for (let i = 0; i < rules.length; i++) {
      const r = numbered[i]!;
      matched.push(touched[i] === stamp ? matchTerms(rules[i]!.id, r.must, r.may, r.not, has, text) : untouched[i]!);
    }
    return matched;
  }

  return { match };
}

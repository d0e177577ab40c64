/**
 * Smalltalk (greetings, thanks, 「人と話したい」) from content/smalltalk.yaml: patterns matched on
 * normalised text. What is left of the question once the pattern is taken out decides whether it was
 * only smalltalk (「ありがとうございました」) or a question with a greeting in front of it.
 */
import type { SmalltalkRule } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';

export interface CompiledSmalltalk {
  rule: SmalltalkRule;
  patterns: string[];
}

export interface SmalltalkMatch {
  rule: SmalltalkRule;
  /** The question with every matched pattern removed, without spaces. */
  residual: string;
}

/** Normalises every pattern once; longest first, so the most specific pattern is removed first. */
export function compileSmalltalk(rules: readonly SmalltalkRule[]): CompiledSmalltalk[] {
  return rules.map((rule) => ({
    rule,
    patterns: Array.from(new Set(rule.patterns.map((p) => normalize(p)).filter(Boolean))).sort((a, b) => b.length - a.length),
  }));
}

/**
 * What may be left of a message beside the patterns of an `alone` rule and leave it alone: a filler before
 * (「うーん、どうすれば？」「これどうしたらいいですか」), or a try said before it (「やってみたけどまだだめです」), and a sentence's ending after,
 * casual or polite (「うまくいかないんですけど」「わからないのですが」「動かないですね」), and a plea for what to do
 * (「うまくいきません。どうしたらいいですか」), which say nothing of what. A try is said done (「やってみたけど」) or in vain
 * (「やってもだめでした」).
 */
const ONLY_ENDING =
  /^(?:うーん|うーむ|んー|えーと|えっと|あのー?)?(?:これ|それ)?(?:なんか|何か)?(?:(?:やって|試して)?(?:みた|みました|やった|やりました|試した|試しました|言われた(?:通り|とおり)にした|その(?:通り|とおり)にした|(?:通り|とおり)にした)(?:んです)?(?:けど|けれど|が)|(?:やって|試して|言われた(?:通り|とおり)にして)(?:みて)?も)?(?:まだ|やっぱり|やっぱ|全然|ぜんぜん|それでも)?(?:ん|の)?(?:です|でした|だ|だった)?(?:けど|けれど|けども|けれども|が)?[ねよなわ]*(?:どう(?:したら|すれば)(?:いい|良い|よい)?(?:ですか|でしょうか|の|ん)?)?$/;

/**
 * The smalltalk rule the question matches, with what remains of it; the rule whose patterns cover the
 * most of the question wins. A rule marked `alone` matches only a question it covers whole. Null when no
 * pattern occurs.
 */
export function matchSmalltalk(compiled: readonly CompiledSmalltalk[], normalized: string): SmalltalkMatch | null {
  let best: SmalltalkMatch | null = null;
  for (const c of compiled) {
    let rest = normalized;
    let hit = false;
    for (const p of c.patterns) {
      if (rest.includes(p)) {
        hit = true;
        rest = rest.split(p).join(' ');
      }
    }
    if (!hit) continue;
    const residual = rest.replace(/\s+/g, '');
    if (c.rule.alone && !ONLY_ENDING.test(residual)) continue;
    if (!best || residual.length < best.residual.length) best = { rule: c.rule, residual };
  }
  return best;
}

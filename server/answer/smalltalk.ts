/**
 * Smalltalk (greetings, thanks, 「人と話したい」) from content/smalltalk.yaml: patterns matched on
 * normalised text. What is left of the question once the pattern is taken out decides whether it was
 * only smalltalk (「ありがとうございました」) or a question with a greeting in front of it.
 */
import type { SmalltalkRule } from '../content/types.ts';
import { normalize } from '../text/normalize.ts';
import { NEW_TOPIC } from './question-part.ts';

export interface CompiledSmalltalk {
  /** Each rule with its patterns normalised, longest first, in the order of the content. */
  rules: { rule: SmalltalkRule; patterns: string[] }[];
  /**
   * Every pattern by its first UTF-16 code unit, with its rule's place in `rules`: one scan of a message finds
   * the rules it may match (most messages match none), instead of looking for each of some 400 patterns in it.
   */
  byFirst: Map<number, { pattern: string; rule: number }[]>;
}

export interface SmalltalkMatch {
  rule: SmalltalkRule;
  /** The question with every matched pattern removed, without spaces. */
  residual: string;
  /**
   * The message closes on the rule's pattern after confirming what it was told, saying what was found or done, or
   * thanking first (「TOPページですね、見てみます」「DX証明書とればいいんですね。助かりました」「カレンダー西暦に変えたら
   * 解決しました！」「ありがとうございます、…再発行してみます」): what comes before is no question (`CONFIRMS`); or opens on
   * it and ends on what was found or done (「ありがとうございます、表示出てました」).
   */
  closes: boolean;
  /**
   * It closes saying what worked, with the thanks first or last (「ありがとうございました！無事ログインできました」「表示出てました、
   * 助かりました」): the end of a turn even as a first message, where a confirmation alone confirms nothing yet.
   */
  found: boolean;
  /**
   * A rule that matches only alone and hands over to the helpdesk, matched at the end of a message that first says
   * what the clerk did (「西暦にしたのに動かへん」「ボタン押してもなんも起きへん」): after an answer, that answer did not help.
   */
  afterTry: boolean;
  /** The message ends on one of the rule's patterns, a sentence's last particles aside (「ありがとの」「了解ね」). */
  endsOnPattern: boolean;
}

/** A word taking leave (「じゃあ」「ほな」「それじゃ」, 東北's 「へば」), before closing words or beside an `alone` rule's. */
const TAKING_LEAVE = 'じゃあ|じゃ|では|ほな|ほんなら|ほんじゃ|そんじゃ|それじゃ|へば';

/**
 * What may come before closing words and make them close: a confirmation of what was said (「…ですね」「…やね」「了解
 * です」「わかりました」「これで大丈夫です」), what the clerk found or did (「ありました」「西暦に変えたら」), what they will try
 * (「そっちは国保連に聞いてみます」), that they have not tried yet, or relief (東北 いがった), with a word taking leave
 * (「よかった〜。ほいじゃ、またね」 after the application status got the PC check at 0.76).
 */
const CONFIRMS = new RegExp(`(?:ね[ぇえー]*|了解(?:です|しました)?|わかりました|分かりました|なるほど|ありがとう(?:ございます|ございました)?|ありました|見つかりました|できました|解決しました|(?:これで)?大丈夫(?:です|でした|そうです)|[てで]みます|[てで]みるわ?|試して(?:ない|ません|いない)(?:けど|けれど|が)?|[ただ]ら|(?:よかった|良かった|いがった|助かった|安心した|ほっとした)[ー〜ぁあ]*(?:${TAKING_LEAVE}|ほいじゃ|ほいたら|したら)?)$`);
/** What may follow the closing words at the very end: a tone, a laugh. */
const CLOSING_TAIL = /(?:[わねよさ]|ー|w+|笑)*$/;
/** A sentence's last particles, casual or dialect (「ありがとの」 in 中国地方, 「了解ね」), and the marks after them. */
const LAST_PARTICLES = /[のねよなわさ]*[\s。．！!…]*$/;
const PARTICLE = /[のねよなわさ]/g;

/** The text without its last particles, its marks kept (「ありがとの。」→「ありがと。」): what is left to ask, after thanks. */
export function withoutLastParticles(text: string): string {
  return text.replace(LAST_PARTICLES, (tail) => tail.replace(PARTICLE, ''));
}
/** What the clerk says they did, before what went wrong (「西暦にしたのに」「再発行やってみたけど」「インターネットオプション開いたら」「ボタン押しても」). */
const TRIED = /(?:(?:した|やった|やってみた|試した|試してみた|変えた|かえた|開いた|ひらいた|入れた|いれた|押した|おした|入力した|見た|見てみた|確認した|確認してみた)(?:のに|けど|けれど|が|ら|んですけど|んですが|んだけど|んやけど)|(?:して|やって|試して|変えて|開いて|入れて|押して|入力して)も)$/;
/** A sentence's ending after what went wrong (「…できないんですけど」). */
const TROUBLE_TAIL = /(?:ん|の)?(?:です|でした)?(?:けど|けれど|が)?[ねよわ]*$/;

/** The text before the last of `patterns` that ends the message (after `tail`), without spaces; null when none ends it. */
function beforeLast(patterns: readonly string[], normalized: string, tail: RegExp): string | null {
  // As typed first: a tail's kana may end a pattern too (the ん of 「起きへん」).
  const typed = normalized.trim();
  for (const text of [typed, typed.replace(tail, '')]) {
    const last = patterns.find((p) => text.endsWith(p));
    if (last !== undefined) return text.slice(0, -last.length).replace(/\s+/g, '');
  }
  return null;
}

/**
 * Whether the message ends on one of `patterns` right after a confirmation or what was found or done, or in a last
 * sentence after sentences that confirm (「了解、電子請求受付システムから再発行やってみます」): see SmalltalkMatch.
 */
function closesOn(patterns: readonly string[], normalized: string): boolean {
  const before = beforeLast(patterns, normalized, CLOSING_TAIL);
  if (before === null) return false;
  const sentences = normalized.trim().split(/\s+/);
  return CONFIRMS.test(before) || (sentences.length > 1 && CONFIRMS.test(sentences.slice(0, -1).join('')));
}

/**
 * What the clerk found or got done, as a message's last words (「表示出てました」「ありました」「できました」「入れました」「なんとか
 * なりそうです」). Not thanks patterns of their own: 「なんとか」 holds かな, which asks, and a rule whose patterns ask takes a short rest
 * that asks as its own (engine.ts).
 */
const FOUND = /(?:(?:なんとか|何とか)(?:なりそう|なりました|なった)(?:です)?|ありました|あった|見つかりました|見つかった|できました|出来ました|できた|出てました|でてました|出ていました|出ました|表示されました|解決しました|終わってました|完了してました|大丈夫でした|入れました|いれました|入れた|はいれました|はいれた)[わねよ!！。]*$/;

/** FOUND as the whole of what an `alone` rule leaves (「ありました！」 of 「ありました！ログインできました」). */
const FOUND_ALONE = new RegExp(`^(?:${FOUND.source})`);

/** Whether the message opens on one of `patterns` (thanks first) and ends saying what was found or done (「ありがとうございます、表示出てました」). */
function opensThenFound(patterns: readonly string[], normalized: string): boolean {
  const typed = normalized.trim();
  return patterns.some((p) => typed.startsWith(p)) && FOUND.test(typed.replace(/\s+/g, ''));
}

/** Whether the message ends on one of `patterns` right after saying what was found or done (「表示出てました、助かりました」). */
function foundThenCloses(patterns: readonly string[], normalized: string): boolean {
  const before = beforeLast(patterns, normalized, CLOSING_TAIL);
  return before !== null && FOUND.test(before);
}

/** Whether the message ends on one of `patterns` after saying what the clerk did (see SmalltalkMatch). */
function endsAfterTry(patterns: readonly string[], normalized: string): boolean {
  const before = beforeLast(patterns, normalized, TROUBLE_TAIL);
  return !!before && TRIED.test(before);
}

/** Normalises every pattern once; longest first, so the most specific pattern is removed first. */
export function compileSmalltalk(rules: readonly SmalltalkRule[]): CompiledSmalltalk {
  const compiled = rules.map((rule) => ({
    rule,
    patterns: Array.from(new Set(rule.patterns.map((p) => normalize(p)).filter(Boolean))).sort((a, b) => b.length - a.length),
  }));
  const byFirst = new Map<number, { pattern: string; rule: number }[]>();
  compiled.forEach(({ patterns }, rule) => {
    for (const pattern of patterns) {
      const code = pattern.charCodeAt(0);
      const starting = byFirst.get(code) ?? [];
      if (starting.length === 0) byFirst.set(code, starting);
      starting.push({ pattern, rule });
    }
  });
  return { rules: compiled, byFirst };
}

/** The places in `compiled.rules` of the rules one of whose patterns occurs in the text. */
function rulesIn(compiled: CompiledSmalltalk, text: string): Set<number> {
  const hit = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const starting = compiled.byFirst.get(text.charCodeAt(i));
    if (starting === undefined) continue;
    for (const { pattern, rule } of starting) if (!hit.has(rule) && text.startsWith(pattern, i)) hit.add(rule);
  }
  return hit;
}

/**
 * What may be left of a message beside the patterns of an `alone` rule and leave it alone: a start of surprise (「あっ、」), a
 * word taking leave first (「じゃあ」「ほな」, 北海道の「したっけ」), an apology (「すみません、間違えて貼り付けました」), a turn to another
 * topic that does not say which (「あと、なんかうまくいかないんですけど」「別のことなんやけど、画面がおかしいんです」), that it worked
 * before (「昨日まで普通にできてたのに今日は」「前は使えてたのに急に」), one more thing to ask (「ほかにも」「ちょっと」), a filler before
 * (「うーん、どうすれば？」「これどうしたらいいですか」), how much (「よくわからなかったです」), or a try said before it (「やってみたけどまだだめです」), and a sentence's ending after,
 * casual or polite (「うまくいかないんですけど」「わからないのですが」「動かないですね」), and a plea for what to do
 * (「うまくいきません。どうしたらいいですか」), which say nothing of what; so may how truly it is meant (「ほんと」「まじで」) and a drawn-out
 * ending (「不便やねー」「面倒くさいなあ」). A try is said done (「やってみたけど」) or in vain
 * (「やってもだめでした」).
 */
const ONLY_ENDING = new RegExp(
  `^(?:あっ|あ|えっ)?(?:${TAKING_LEAVE}|したっけ)?(?:ほんと|ほんとに|ほんまに|本当に|まじで)?(?:すみません|すいません|ごめんなさい|申し訳ありません|失礼しました)?(?:あと|それと|それから|${NEW_TOPIC.source})?(?:(?:前|まえ|昨日|きのう|今まで|いままで|さっき)(?:は|まで)?(?:普通に|ふつうに)?(?:使えてた|使えてました|使えていた|できてた|できてました|できていた|動いてた|動いていた)(?:のに|けど|んですけど|んですが))?(?:急に|きゅうに|今日は|きょうは|突然)?(?:ちょっと|ほかにも|他にも|もうひとつ|もう一つ|もう1つ)?(?:うーん|うーむ|んー|えーと|えっと|あのー?)?(?:これ|それ|あれ)?(?:が|は)?(?:なんか|何か)?(?:(?:やって|試して)?(?:みた|みました|やった|やりました|試した|試しました|言われた(?:通り|とおり)にした|その(?:通り|とおり)にした|(?:通り|とおり)にした)(?:んです)?(?:けど|けれど|が)|(?:やって|試して|言われた(?:通り|とおり)にして)(?:みて)?も)?(?:まだ|やっぱり|やっぱ|全然|ぜんぜん|それでも)?(?:よく|よう|いまいち|あんまり|あまり)?(?:ん|の)?(?:です|でした|だ|だった|や|やった)?(?:けど|けれど|けども|けれども|が)?[ねよなわーあぁ]*(?:どう(?:したら|すれば)(?:いい|良い|よい)?(?:ですか|でしょうか|の|ん)?)?$`,
);

/**
 * The smalltalk rule the question matches, with what remains of it; the rule whose patterns cover the
 * most of the question wins. A rule marked `alone` matches only a question it covers whole. Null when no
 * pattern occurs.
 */
export function matchSmalltalk(compiled: CompiledSmalltalk, normalized: string): SmalltalkMatch | null {
  const ruled = rulesIn(compiled, normalized);
  if (ruled.size === 0) return null;
  let best: Omit<SmalltalkMatch, 'closes' | 'found' | 'endsOnPattern'> | null = null;
  let bestPatterns: readonly string[] = [];
  // The patterns of every rule matched that needs no helpdesk: the message may close on another's than the best's
  // (「あった！ありがとうございます、これで大丈夫です。失礼します」: thanks cover the most, it ends on a goodbye).
  const closing: (readonly string[])[] = [];
  for (const [place, c] of compiled.rules.entries()) {
    if (!ruled.has(place)) continue;
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
    // What was found, said before the words of a rule that needs no helpdesk (「ありました！ログインできました」 after the personal
    // ID's answer), leaves it alone all the same: the turn ends.
    const afterTry = c.rule.alone && !ONLY_ENDING.test(residual) && (c.rule.contact || !FOUND_ALONE.test(residual));
    // Only a rule that hands over to the helpdesk says the answer did not help (not 「ええ」, a nod, in 「どうしたらええの」).
    if (afterTry && !(c.rule.contact && endsAfterTry(c.patterns, normalized))) continue;
    if (!c.rule.contact && !c.rule.alone) closing.push(c.patterns);
    if (!best || residual.length < best.residual.length) [best, bestPatterns] = [{ rule: c.rule, residual, afterTry }, c.patterns];
  }
  if (!best) return null;
  const found = opensThenFound(bestPatterns, normalized) || foundThenCloses(bestPatterns, normalized);
  const closes = found || closesOn(bestPatterns, normalized) || (!best.rule.contact && closing.some((patterns) => patterns !== bestPatterns && closesOn(patterns, normalized)));
  return { ...best, closes, found, endsOnPattern: beforeLast(bestPatterns, normalized, LAST_PARTICLES) !== null };
}

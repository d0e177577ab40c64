/**
 * `npx tsx scripts/measure-readings.ts`: the measurement behind the choice of how homophone slips are read
 * (issue: "measure both on the labelled questions; keep what wins; state its start-up and memory cost").
 *
 * - table (kept): kanji stretches are read with the jōyō kanji reading table and compared with the readings
 *   `npm run readings` generated into content/lexicon-readings.yaml — no analyser at ask time.
 * - analyser: the same, but each stretch is read at ask time by the morphological analyser Lindera (IPADIC,
 *   lindera-wasm-nodejs-ipadic, the dev dependency that also generates the readings).
 * - none: no reading of slips at all (what the readings add).
 *
 * For each: the out-of-fold figures of `npm run train` (same folds, model refitted, thresholds rechosen),
 * a list of typed homophone slips (how many are read as the word meant), and the in-process median ask. Then
 * the analyser's start-up time and memory.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadKnowledgeBase } from '../server/content/pipeline.ts';
import { createSearchIndex } from '../server/search/search-index.ts';
import { createAnswerEngine, type EngineOptions } from '../server/answer/engine.ts';
import { foldKana } from '../server/text/normalize.ts';
import { labelledQuestions } from './lib/ask-labels.ts';
import { chooseThresholds, evaluate, fitModels, outOfFold, scoreOutOfFold } from './lib/ask-training.ts';
import { figuresOf } from './lib/ask-metrics.ts';
import { TRAINING } from './train-options.ts';

const require = createRequire(import.meta.url);

/** Homophone IME slips as staff type them, and the word each means. */
const SLIPS: [string, string][] = [
  ['身請のやり方を教えて', '申請'], ['利用身請が完了したか知りたい', '利用申請'], ['証明所のインストール', '証明書'],
  ['電子証明賞がエラーになる', '証明書'], ['パスワードの有効機嫌が切れました', '有効期限'], ['代理任証明書は使えますか', '代理人'],
  ['事業書ごとに証明書はいりますか', '事業所'], ['利用身請の手順', '利用申請'], ['紛質したKJのパスワード', '紛失'],
  ['再発効の手続き', '再発行'], ['証明書の確忍方法', '確認'], ['介護ソフトの対欧状況', '対応'], ['受付時刊は何時まで', '受付時間'],
  ['個人ユーザIDの確任', '確認'], ['利用開使までの流れ', '利用開始'],
];

function linderaReader(): { read: (s: string) => string[]; startupMs: number; rssMiB: number } {
  const before = process.memoryUsage().rss;
  const t = performance.now();
  const { TokenizerBuilder } = require('lindera-wasm-nodejs-ipadic') as { TokenizerBuilder: new () => { setDictionary(u: string): void; setMode(m: string): void; build(): { tokenize(t: string): { reading?: string }[] } } };
  const b = new TokenizerBuilder();
  b.setDictionary('embedded://ipadic');
  b.setMode('normal');
  const tokenizer = b.build();
  const startupMs = performance.now() - t;
  const rssMiB = (process.memoryUsage().rss - before) / 2 ** 20;
  const read = (s: string) => {
    const tokens = tokenizer.tokenize(s);
    return tokens.every((x) => x.reading && x.reading !== '*') ? [foldKana(tokens.map((x) => x.reading).join(''))] : [];
  };
  return { read, startupMs, rssMiB };
}

async function main(): Promise<void> {
  const { kb } = await loadKnowledgeBase(path.resolve('content'));
  if (!kb) throw new Error('measure: the content has errors');
  const items = labelledQuestions(kb);
  const lindera = linderaReader();
  const options: Record<string, EngineOptions> = { table: {}, analyser: { readKanji: lindera.read }, none: { readKanji: () => [] } };
  const questions = kb.articles.flatMap((a) => a.examples);
  for (const [name, opts] of Object.entries(options)) {
    const qs = scoreOutOfFold(kb, items, opts);
    const fitted = fitModels(qs, 0.3);
    const scorings = outOfFold(qs, fitted.folds);
    const f = figuresOf(evaluate(qs, scorings, chooseThresholds(qs, scorings, TRAINING.targets)));
    const engine = createAnswerEngine(kb, createSearchIndex(kb), opts);
    const slipsRead = SLIPS.filter(([q, word]) => engine.ask({ question: q }).trace.searched.includes(word)).length;
    for (const q of questions) engine.ask({ question: q });
    const times: number[] = [];
    for (let r = 0; r < 3; r++) for (const q of questions) {
      const t = performance.now();
      engine.ask({ question: q });
      times.push((performance.now() - t) * 1000);
    }
    times.sort((a, b) => a - b);
    const pct = (n: string) => `${(f[n]!.value * 100).toFixed(1)}%`;
    console.log(`${name.padEnd(9)} strict ${pct('inScopeAccuracy')}  wrong ${pct('inScopeWrongAnswers')}  clarify ${pct('inScopeClarifyRate')}  out-of-scope ${pct('outOfScopeRejection')}  look-alike ${pct('lookAlikeRejection')}  slips read ${slipsRead}/${SLIPS.length}  median ask ${Math.round(times[times.length >> 1]!)} µs`);
  }
  console.log(`analyser (Lindera IPADIC): start-up ${Math.round(lindera.startupMs)} ms, +${Math.round(lindera.rssMiB)} MiB RSS; the table: none at start-up (a 70 KB JSON module)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});

/**
 * `npm run content:check [-- --dir <folder>] [--stale-days N]`: checks every content file and prints each
 * problem as `path:line: message`, paths relative to the working directory (`content/faq/x.md:7: …`).
 * Exits 1 when there is any error; warnings (stale `updated` dates) alone exit 0.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { loadKnowledgeBase } from '../server/content/pipeline.ts';
import { countProblems, displayPrefix, formatProblem } from '../server/content/format.ts';

const USAGE = 'usage: npm run content:check [-- --dir <content folder>] [--stale-days N]';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function parse(argv: string[]): { dir: string; staleDays: number } {
  const config = loadConfig(process.env);
  const { values } = parseArgs({ args: argv, options: { dir: { type: 'string' }, 'stale-days': { type: 'string' } } });
  const stale = values['stale-days'];
  if (stale !== undefined && !/^\d+$/.test(stale)) throw new Error(`content:check: --stale-days must be a whole number of days, got "${stale}"`);
  return { dir: values.dir ? path.resolve(values.dir) : config.contentDir, staleDays: stale ? Number(stale) : config.staleDays };
}

async function main(): Promise<number> {
  let options: { dir: string; staleDays: number };
  try {
    options = parse(process.argv.slice(2));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { kb, problems } = await loadKnowledgeBase(options.dir, { staleDays: options.staleDays });
  const prefix = displayPrefix(options.dir);
  // Everything on stdout, in path and line order, so `| less` or an editor's problem matcher sees it all.
  for (const p of problems) console.log(formatProblem(p, prefix));
  const { errors, warnings } = countProblems(problems);
  const where = prefix || './';
  if (errors > 0) {
    console.log(`content:check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${where} — fix the errors above`);
    return 1;
  }
  console.log(`content:check: ${kb!.articles.length} articles, ${kb!.notices.length} notices in ${where} — 0 errors, ${plural(warnings, 'warning')}`);
  return 0;
}

process.exitCode = await main().catch((err: Error) => {
  console.error(err.message);
  return 1;
});

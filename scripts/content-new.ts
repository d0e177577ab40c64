/**
 * `npm run content:new -- faq <id>` or `-- guide <id>` [`--dir <content folder>`]: writes a new article
 * with every front-matter field, ready to fill in. Refuses a bad id or one that is already taken.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { idProblem, KIND_FOLDERS, scaffoldArticle, type ScaffoldKind } from '../server/content/scaffold.ts';

const USAGE = 'usage: npm run content:new -- faq <id>   or   npm run content:new -- guide <id>   [--dir <content folder>]';

async function exists(file: string): Promise<boolean> {
  return access(file).then(() => true, () => false);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { dir: { type: 'string' } } });
  const [kind, id, extra] = positionals;
  if (!kind || !id || extra || !(kind in KIND_FOLDERS)) {
    console.error(`content:new: give a kind (faq or guide) and an id\n${USAGE}`);
    return 2;
  }
  const bad = idProblem(id);
  if (bad) {
    console.error(bad);
    return 1;
  }
  const dir = values.dir ? path.resolve(values.dir) : loadConfig(process.env).contentDir;
  // Ids are shared by faq/ and guides/: one id, one article.
  for (const folder of Object.values(KIND_FOLDERS)) {
    const taken = path.join(dir, folder, `${id}.md`);
    if (await exists(taken)) {
      console.error(`content:new: the id "${id}" is already used by ${path.relative(process.cwd(), taken)}`);
      return 1;
    }
  }
  const file = path.join(dir, KIND_FOLDERS[kind as ScaffoldKind], `${id}.md`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, scaffoldArticle(kind as ScaffoldKind, id, new Date().toISOString().slice(0, 10)), { flag: 'wx' });
  console.log(`content:new: wrote ${path.relative(process.cwd(), file)} — fill in every field, then run npm run content:check`);
  return 0;
}

process.exitCode = await main().catch((err: Error) => {
  console.error(`content:new: ${err.message}`);
  return 1;
});

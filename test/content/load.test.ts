import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../server/content/load.ts';
import { MINIMAL_DIR } from './helpers.ts';

const temp: string[] = [];
afterAll(() => Promise.all(temp.map((d) => rm(d, { recursive: true, force: true }))));

describe('loadContentFiles', () => {
  it('reads the Markdown folders and the YAML files, paths relative with /', async () => {
    const files = await loadContentFiles(MINIMAL_DIR);
    expect(files.map((f) => f.path)).toEqual([
      'faq/sample-faq.md',
      'guides/sample-guide.md',
      'notices/2025-12-01-older.md',
      'notices/2026-01-10-sample.md',
      'site.yaml',
      'lexicon.yaml',
      'smalltalk.yaml',
      'suggestions.yaml',
      'wording.yaml',
    ]);
    expect(files[0].text.startsWith('---\nid: sample-faq')).toBe(true);
  });

  it('skips other files and missing folders', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-load-'));
    temp.push(dir);
    await mkdir(path.join(dir, 'faq'));
    await writeFile(path.join(dir, 'faq', 'a.md'), 'x');
    await writeFile(path.join(dir, 'faq', 'notes.txt'), 'x');
    await writeFile(path.join(dir, 'README.md'), 'x');
    expect((await loadContentFiles(dir)).map((f) => f.path)).toEqual(['faq/a.md']);
  });

  it('fails with a content: prefix when the folder is missing', async () => {
    await expect(loadContentFiles('/no/such/folder')).rejects.toThrow(/^content: cannot read the content folder \/no\/such\/folder/);
  });
});

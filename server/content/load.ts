/**
 * Step 1 of the content pipeline and its ONLY file-system step: read the content folder into plain
 * `{path, text}` records. Everything after this is pure, so tests can feed records directly.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One file of the content folder. `path` is relative to the folder, with `/` separators. */
export interface ContentFile {
  path: string;
  text: string;
}

/** Folders whose `*.md` files are read, in this order. */
export const ARTICLE_FOLDERS = ['faq', 'guides', 'notices'] as const;

/** The YAML files at the top of the content folder. */
export const DATA_FILES = ['site.yaml', 'lexicon.yaml', 'smalltalk.yaml', 'suggestions.yaml', 'wording.yaml'] as const;
/** YAML files a content folder may leave out. */
export const OPTIONAL_DATA_FILES = ['other-systems.yaml', 'lexicon-readings.yaml'] as const;

async function listMarkdown(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => e.name).sort();
  } catch (err) {
    // A missing folder is not a read failure: the pipeline reports what content is missing.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

async function readIfPresent(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Reads faq/*.md, guides/*.md, notices/*.md and the top-level YAML files of a content folder.
 * Files that do not exist are simply absent from the result (the pipeline reports them).
 * @throws Error prefixed `content:` when the folder itself cannot be read.
 */
export async function loadContentFiles(dir: string): Promise<ContentFile[]> {
  try {
    await readdir(dir);
  } catch (err) {
    throw new Error(`content: cannot read the content folder ${dir}: ${(err as Error).message}`);
  }
  const files: ContentFile[] = [];
  for (const folder of ARTICLE_FOLDERS) {
    for (const name of await listMarkdown(path.join(dir, folder))) {
      const text = await readFile(path.join(dir, folder, name), 'utf8');
      files.push({ path: `${folder}/${name}`, text });
    }
  }
  for (const name of [...DATA_FILES, ...OPTIONAL_DATA_FILES]) {
    const text = await readIfPresent(path.join(dir, name));
    if (text !== null) files.push({ path: name, text });
  }
  return files;
}

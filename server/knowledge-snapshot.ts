/**
 * A snapshot of the content pipeline's output, written by `npm run build` next to the compiled server,
 * so that a start need not parse YAML and render Markdown again (most of a cold start). It is used only
 * when it is provably the same knowledge base: its key is a hash of every content file and of the server
 * code that built it; any change to either, or a missing or unreadable file, means the pipeline runs as
 * usual. Reloads (npm run dev) always run the pipeline.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from './content/types.ts';
import type { Prebuilt } from './prebuilt.ts';
import { projectPath } from './paths.ts';

/** Where `npm run build` writes the snapshot (beside dist/server, not inside the hashed code). */
export const SNAPSHOT_FILE = projectPath('dist', 'knowledge.snapshot');

/**
 * The server code this module belongs to (server/ under tsx, dist/server/ when compiled): the nearest
 * folder named `server` above it, so that its copy in the bundle (or a chunk of it) hashes the same code.
 */
const CODE_DIR = codeDir(path.dirname(fileURLToPath(import.meta.url)));

function codeDir(from: string): string {
  for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) if (path.basename(dir) === 'server') return dir;
  return from;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return listFiles(full);
      return Promise.resolve(e.isFile() && !e.name.endsWith('.map') ? [full] : []);
    }),
  );
  return files.flat().sort();
}

/** Every file of `dir` with its bytes, in a fixed order (read at once: a start waits for the key). */
async function readTree(dir: string): Promise<{ name: string; bytes: Buffer }[]> {
  const files = await listFiles(dir);
  const contents = await Promise.all(files.map((file) => fs.readFile(file)));
  return files.map((file, i) => ({ name: path.relative(dir, file), bytes: contents[i]! }));
}

/** The key of a knowledge base: the content files and the code that turns them into one. */
export async function snapshotKey(contentDir: string): Promise<string> {
  const hash = createHash('sha256');
  const [content, code] = await Promise.all([readTree(contentDir), readTree(CODE_DIR)]);
  for (const [label, files] of [['content', content], ['code', code]] as const) {
    for (const { name, bytes } of files) {
      hash.update(`${label}\u0000${name}\u0000`);
      hash.update(bytes);
    }
  }
  return hash.digest('hex');
}

interface Snapshot {
  key: string;
  kb: Omit<KnowledgeBase, 'byId'>;
  /** The search corpus and engine state built from `kb` (prebuilt.ts); absent when not written. */
  prebuilt?: Prebuilt;
}

/** What a matching snapshot gives back: the knowledge base and, when written, its prebuilt structures. */
export interface BuildSnapshot {
  kb: KnowledgeBase;
  prebuilt: Prebuilt | null;
}

/**
 * Writes the snapshot of a knowledge base built from `contentDir`, with its prebuilt structures when given
 * (in the same serialisation: they hold the knowledge base's articles, which stay the same objects).
 */
export async function writeSnapshot(contentDir: string, file: string, kb: KnowledgeBase, prebuilt?: Prebuilt): Promise<void> {
  const { byId: _derived, ...rest } = kb;
  const snapshot: Snapshot = { key: await snapshotKey(contentDir), kb: rest, ...(prebuilt ? { prebuilt } : {}) };
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, v8.serialize(snapshot));
}

/** Reads the snapshot when it matches `contentDir` and this code exactly; null otherwise. */
export async function readSnapshot(contentDir: string, file: string): Promise<BuildSnapshot | null> {
  try {
    const [bytes, key] = await Promise.all([fs.readFile(file), snapshotKey(contentDir)]);
    const snapshot = v8.deserialize(bytes) as Snapshot;
    if (snapshot.key !== key) return null;
    const { kb } = snapshot;
    return { kb: { ...kb, byId: new Map(kb.articles.map((a) => [a.id, a])) }, prebuilt: snapshot.prebuilt ?? null };
  } catch {
    return null;
  }
}

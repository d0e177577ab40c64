/**
 * `npm run build`'s step after compiling: writes the knowledge-base snapshot (knowledge-snapshot.ts) with
 * the compiled pipeline, its search corpus and answer engine state prebuilt (prebuilt.ts), for CONTENT_DIR (default ./content). Content with errors gets no snapshot (the
 * server will report them at start, as `npm run content:check` does).
 */
import fs from 'node:fs';
import { loadConfig } from './config.ts';
import { loadKnowledgeBase } from './content/pipeline.ts';
import { SNAPSHOT_FILE, writeSnapshot } from './knowledge-snapshot.ts';
import { prebuild } from './prebuilt.ts';

const { contentDir } = loadConfig(process.env);
const { kb, problems } = await loadKnowledgeBase(contentDir);
if (!kb || problems.some((p) => p.severity === 'error')) {
  fs.rmSync(SNAPSHOT_FILE, { force: true });
  console.error('snapshot: the content has errors, no snapshot written (run npm run content:check)');
} else {
  await writeSnapshot(contentDir, SNAPSHOT_FILE, kb, prebuild(kb));
  console.log(`snapshot: ${kb.articles.length} articles → ${SNAPSHOT_FILE}`);
}

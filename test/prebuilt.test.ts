import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../server/content/types.ts';
import { readSnapshot, writeSnapshot, type BuildSnapshot } from '../server/knowledge-snapshot.ts';
import { prebuild, restorePrebuilt } from '../server/prebuilt.ts';
import { buildKnowledge } from '../server/plugins/knowledge.ts';
import { engineFor, realKnowledgeBase } from './answer/fixtures.ts';
import { createSearchIndex } from '../server/search/search-index.ts';
import { labelledQuestions } from '../scripts/lib/ask-labels.ts';

const CONTENT = path.resolve(import.meta.dirname, '../content');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prebuilt-'));
const file = path.join(dir, 'knowledge.snapshot');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let kb: KnowledgeBase;
let read: BuildSnapshot;
let questions: string[];
beforeAll(async () => {
  kb = await realKnowledgeBase();
  // Through the file, as a start reads it: the restored structures have been serialised and read back.
  await writeSnapshot(CONTENT, file, kb, prebuild(kb));
  read = (await readSnapshot(CONTENT, file))!;
  questions = labelledQuestions(kb).map((l) => l.q);
}, 60_000);

/** An answer without what differs on every ask (its query id). */
const comparable = (a: ReturnType<ReturnType<typeof engineFor>['ask']>) => ({ ...a.result, queryId: '', decision: a.decision, trace: a.trace });

describe('the knowledge restored from the build snapshot (prebuilt.ts)', () => {
  it('holds the prebuilt structures, over the articles of the knowledge base', () => {
    expect(read.prebuilt).not.toBeNull();
    expect(read.prebuilt!.corpus.data.articles[0]!.article).toBe(read.kb.articles[0]);
    expect(read.prebuilt!.corpus.flexsearch.length).toBeGreaterThan(0);
  });

  it('answers every labelled question exactly as an engine built afresh', () => {
    const fresh = engineFor(kb);
    const { engine } = restorePrebuilt(read.kb, read.prebuilt!);
    expect(questions.length).toBeGreaterThan(300);
    for (const q of questions) {
      expect(engine.score(q), q).toEqual(fresh.score(q));
      expect(comparable(engine.ask({ question: q })), q).toEqual(comparable(fresh.ask({ question: q })));
    }
    // A follow-up reads the previous article too.
    const previous = kb.articles[0]!.id;
    expect(comparable(engine.ask({ question: 'それはいつまで？', previous }))).toEqual(comparable(fresh.ask({ question: 'それはいつまで？', previous })));
  });

  it('searches (FlexSearch candidates, categories, type-ahead) exactly as an index built afresh', () => {
    const fresh = createSearchIndex(kb);
    const { search } = restorePrebuilt(read.kb, readSnapshotAgain());
    const categories = [...new Set(kb.articles.map((a) => a.category))];
    for (const q of questions.slice(0, 200)) {
      expect(search.search(q, { limit: 20 }), q).toEqual(fresh.search(q, { limit: 20 }));
      expect(search.suggest(q)).toEqual(fresh.suggest(q));
    }
    for (const category of categories) expect(search.search('パスワード', { category })).toEqual(fresh.search('パスワード', { category }));
  });

  it('is served by the knowledge plugin when the snapshot has it, and built afresh when not', () => {
    const restored = buildKnowledge(read.kb, 0, readSnapshotAgain());
    const built = buildKnowledge(read.kb, 0, null);
    const q = questions[0]!;
    expect(comparable(restored.engine.ask({ question: q }))).toEqual(comparable(built.engine.ask({ question: q })));
  });
});

/** A second copy of the prebuilt structures: an engine's state is used by one engine only. */
function readSnapshotAgain() {
  return structuredClone(read.prebuilt!);
}

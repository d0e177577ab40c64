import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSnapshot, snapshotKey, writeSnapshot } from '../server/knowledge-snapshot.ts';
import { loadKnowledgeBase } from '../server/content/pipeline.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-'));
const content = path.join(dir, 'content');
fs.cpSync('test/fixtures/content-minimal', content, { recursive: true });
const file = path.join(dir, 'knowledge.snapshot');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the knowledge-base snapshot of the build', () => {
  it('gives back exactly what the pipeline built, for the same content and code', async () => {
    const { kb } = await loadKnowledgeBase(content);
    await writeSnapshot(content, file, kb!);
    const read = await readSnapshot(content, file);
    expect(read!.kb).toEqual(kb);
    expect(read!.kb.byId.get(kb!.articles[0]!.id)).toBe(read!.kb.articles[0]);
    expect(read!.prebuilt).toBeNull();
  });

  it('is not used once any content file changes, is added or is missing', async () => {
    const before = await snapshotKey(content);
    const faq = path.join(content, 'faq', 'sample-faq.md');
    const text = fs.readFileSync(faq, 'utf8');
    fs.writeFileSync(faq, `${text}\n`);
    expect(await snapshotKey(content)).not.toBe(before);
    expect(await readSnapshot(content, file)).toBeNull();
    fs.writeFileSync(faq, text);
    expect(await snapshotKey(content)).toBe(before);
    expect(await readSnapshot(content, file)).not.toBeNull();
    fs.writeFileSync(path.join(content, 'faq', 'extra.md'), '---\n');
    expect(await readSnapshot(content, file)).toBeNull();
    fs.rmSync(path.join(content, 'faq', 'extra.md'));
    expect(await readSnapshot(content, path.join(dir, 'missing'))).toBeNull();
    fs.writeFileSync(path.join(dir, 'garbage'), 'not a snapshot');
    expect(await readSnapshot(content, path.join(dir, 'garbage'))).toBeNull();
  });
});

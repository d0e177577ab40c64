import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchContent } from '../../server/content/watch.ts';

let dir: string;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await rm(dir, { recursive: true, force: true });
});

function until(predicate: () => boolean, ms = 3000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => (predicate() ? resolve() : Date.now() - started > ms ? reject(new Error('timed out')) : setTimeout(tick, 20));
    tick();
  });
}

describe('watchContent', () => {
  it('folds a burst of writes in nested folders into one call', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kb-watch-'));
    await mkdir(path.join(dir, 'faq'));
    let calls = 0;
    stop = watchContent(dir, async () => void calls++, { debounceMs: 100 });
    for (let i = 0; i < 5; i++) await writeFile(path.join(dir, 'faq', `a${i}.md`), String(i));
    await until(() => calls > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(calls).toBe(1);
  });

  it('never overlaps runs: a change during a run gives one more run after it', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kb-watch-'));
    let running = 0;
    let maxRunning = 0;
    let calls = 0;
    stop = watchContent(dir, async () => {
      calls++;
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 200));
      running--;
    }, { debounceMs: 20 });
    await writeFile(path.join(dir, 'a.yaml'), '1');
    await until(() => calls === 1);
    await writeFile(path.join(dir, 'b.yaml'), '2');
    await new Promise((r) => setTimeout(r, 60));
    await writeFile(path.join(dir, 'c.yaml'), '3');
    await until(() => calls === 2 && running === 0);
    expect(maxRunning).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { createBatchWriter, type BatchWriterOptions } from '../../server/store/batch-writer.ts';

/** One turn of the event loop (setImmediate callbacks included). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A writer whose batches are recorded; `hold` makes each write wait until released. */
function recording(options: Partial<BatchWriterOptions<string>> = {}, hold = false) {
  const batches: string[][] = [];
  const releases: Array<() => void> = [];
  const writer = createBatchWriter<string>({
    flushAfterMs: 0,
    maxBatch: 100,
    maxQueue: 1000,
    write(batch) {
      batches.push([...batch]);
      return hold ? new Promise<void>((resolve) => releases.push(resolve)) : undefined;
    },
    ...options,
  });
  return { writer, batches, releases };
}

describe('createBatchWriter', () => {
  it('writes the items of one turn of the event loop together, with no gathering time', async () => {
    const { writer, batches } = recording();
    const written = [writer.add('a'), writer.add('b'), writer.add('c')];
    expect(batches).toEqual([]);
    await turn();
    await turn();
    expect(batches).toEqual([['a', 'b', 'c']]);
    expect(await Promise.all(written)).toEqual([true, true, true]);
  });

  it('gathers the items that arrive during a write into the next batch (group commit)', async () => {
    const { writer, batches, releases } = recording({}, true);
    const first = writer.add('a');
    await turn();
    expect(batches).toEqual([['a']]);
    const later = [writer.add('b'), writer.add('c')];
    await turn();
    await turn();
    // One write at a time: b and c wait for a's.
    expect(batches).toEqual([['a']]);
    releases.shift()!();
    expect(await first).toBe(true);
    await turn();
    expect(batches).toEqual([['a'], ['b', 'c']]);
    releases.shift()!();
    expect(await Promise.all(later)).toEqual([true, true]);
    expect(writer.pending).toBe(0);
  });

  it('waits flushAfterMs before a write when it is above 0', async () => {
    const { writer, batches } = recording({ flushAfterMs: 40 });
    const written = writer.add('a');
    await turn();
    await sleep(5);
    expect(batches).toEqual([]);
    expect(await written).toBe(true);
    expect(batches).toEqual([['a']]);
  });

  it('writes at most maxBatch items at once', async () => {
    const { writer, batches } = recording({ maxBatch: 2 });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((x) => writer.add(x)));
    expect(batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('tells the callers of a failed write, keeps its items and writes them at the next flush', async () => {
    let fail = true;
    const batches: string[][] = [];
    const writer = createBatchWriter<string>({
      flushAfterMs: 0,
      maxBatch: 100,
      maxQueue: 100,
      retryAfterMs: 60_000,
      write(batch) {
        if (fail) throw new Error('disk full');
        batches.push([...batch]);
      },
    });
    expect(await writer.add('a')).toBe(false);
    expect((writer.failure as Error).message).toBe('disk full');
    expect(writer.pending).toBe(1);
    // The retry is scheduled a minute away: new items wait with the kept one instead of hammering the store.
    const next = writer.add('b');
    await turn();
    await turn();
    expect(writer.pending).toBe(2);
    fail = false;
    await writer.flush();
    expect(batches).toEqual([['a', 'b']]);
    expect(await next).toBe(true);
    expect(writer.failure).toBeNull();
    writer.stop();
  });

  it('drops the oldest items beyond maxQueue and says how many', async () => {
    const dropped: number[] = [];
    const { writer, batches } = recording({ maxQueue: 2, onDrop: (n) => dropped.push(n) });
    writer.stop();
    const first = writer.add('a');
    void writer.add('b');
    void writer.add('c');
    expect(await first).toBe(false);
    expect(dropped).toEqual([1]);
    await writer.flush();
    expect(batches).toEqual([['b', 'c']]);
  });

  it('schedules nothing once stopped: queued items wait for an explicit flush', async () => {
    const { writer, batches } = recording();
    writer.add('a');
    writer.stop();
    await turn();
    await turn();
    expect(batches).toEqual([]);
    expect(writer.pending).toBe(1);
    await writer.flush();
    expect(batches).toEqual([['a']]);
  });
});

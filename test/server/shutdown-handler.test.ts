import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { handleShutdown } from '../../server/shutdown.ts';

function setup(close: () => Promise<void>, graceMs = 50, log = vi.fn()) {
  const proc = new EventEmitter();
  const stream = new EventEmitter();
  const exit = vi.fn();
  handleShutdown({ close, graceMs, exit, log, processLike: proc, streams: [stream] });
  return { proc, stream, exit };
}
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('handleShutdown', () => {
  it('closes and exits 0 on SIGTERM', async () => {
    const close = vi.fn(async () => undefined);
    const { proc, exit } = setup(close);
    proc.emit('SIGTERM');
    await tick();
    expect(close).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('exits 1 when close hangs past the grace period, even when logging throws', async () => {
    const log = vi.fn(() => {
      throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    });
    const { proc, exit } = setup(() => new Promise(() => undefined), 30, log);
    proc.emit('SIGTERM');
    await tick(60);
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('exits at once on a second signal', async () => {
    const { proc, exit } = setup(() => new Promise(() => undefined), 10_000);
    proc.emit('SIGINT');
    proc.emit('SIGINT');
    expect(exit).toHaveBeenCalledWith(130);
  });

  it('ignores a broken pipe, and shuts down with 1 on another uncaught error', async () => {
    const close = vi.fn(async () => undefined);
    const { proc, stream, exit } = setup(close);
    stream.emit('error', Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
    proc.emit('uncaughtException', Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
    await tick();
    expect(close).not.toHaveBeenCalled();
    proc.emit('uncaughtException', new Error('boom'));
    await tick();
    expect(exit).toHaveBeenCalledWith(1);
  });
});

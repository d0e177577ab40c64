/**
 * Watches the content folder for `npm run dev`: Node's own recursive fs.watch (Linux, Node 20), with
 * the bursts an editor's save makes (temp file, rename, chmod) folded into one call.
 */
import { watch, type FSWatcher } from 'node:fs';

export interface WatchOptions {
  /** Quiet time after the last event before `onChange` runs (default 150 ms). */
  debounceMs?: number;
  /** Called when the watcher itself fails (folder removed, too many files). */
  onError?: (err: Error) => void;
}

const DEFAULTS: Required<Omit<WatchOptions, 'onError'>> = { debounceMs: 150 };

/**
 * Calls `onChange` once per burst of changes under `dir`. Calls never overlap: a change during a run
 * schedules exactly one more run after it.
 * @returns a function that stops watching.
 */
export function watchContent(dir: string, onChange: () => Promise<void>, options: WatchOptions = {}): () => void {
  const { debounceMs } = { ...DEFAULTS, ...options };
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await onChange();
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };
  const watcher: FSWatcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  });
  watcher.on('error', (err) => options.onError?.(err));
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}

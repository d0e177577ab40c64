/**
 * Caps how far the V8 heap grows between full collections (HEAP_GROWING_PERCENT in tuning.ts says why).
 * Set from the code, at the start of the one process a supervisor runs (`node dist/server/server.js`), so it
 * holds however the process is started; `--heap-growing-percent` is one of the V8 settings read whenever
 * the heap's next limit is worked out, so setting it after start takes effect from the next collection.
 */
import v8 from 'node:v8';
import { HEAP_GROWING_PERCENT } from './tuning.ts';

const FLAG = '--heap-growing-percent';

/** Applies HEAP_GROWING_PERCENT unless node was given the flag itself (on its command line or in NODE_OPTIONS). */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => arg.replace(/_/g, '-').startsWith(FLAG));
  if (given) return false;
  v8.setFlagsFromString(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  return true;
}

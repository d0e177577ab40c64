/**
 * Counters per route group for @fastify/rate-limit. The plugin gives every route its own counter
 * (keyed by method and URL pattern); we want one counter per group of routes (search and suggest share
 * one allowance, every admin route another), so this store hands each group its own instance of the
 * plugin's own Redis store (shared by every replica) or memory store (one process).
 */
import RedisStore from '@fastify/rate-limit/store/RedisStore.js';
import LocalStore from '@fastify/rate-limit/store/LocalStore.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** What @fastify/rate-limit's stores do: count a key in a window, read it without counting. */
export interface CounterStore {
  incr(key: string, callback: Callback, timeWindow: number, max: number): void;
  read(key: string, callback: Callback, timeWindow: number, max: number): void;
  child(params: unknown): CounterStore;
}

/** Clients remembered per group by the memory store. */
const LOCAL_CLIENTS = 10_000;

/** Makes the counters of each group: in Redis under `prefix` when a client is given, else in memory. */
export function createGroupCounters(redis: unknown | null, prefix: string): (group: string) => CounterStore {
  const stores = new Map<string, CounterStore>();
  return (group) => {
    let store = stores.get(group);
    if (!store) {
      store = redis ? new RedisStore(false, false, redis, `${prefix}limit:${group}:`) : new LocalStore(false, false, LOCAL_CLIENTS);
      stores.set(group, store);
    }
    return store;
  };
}

/** A store class for @fastify/rate-limit's `store` option whose children are the group counters. */
export function groupStoreClass(countersOf: (group: string) => CounterStore) {
  return class GroupStore {
    incr(key: string, callback: Callback, timeWindow: number, max: number): void {
      countersOf('global').incr(key, callback, timeWindow, max);
    }

    read(key: string, callback: Callback, timeWindow: number, max: number): void {
      countersOf('global').read(key, callback, timeWindow, max);
    }

    /** A route's counter: its group's (`groupId` in the route's `config.rateLimit`). */
    child(params: { groupId?: string; routeInfo?: { method?: string; url?: string } }): CounterStore {
      return countersOf(params.groupId ?? `route:${params.routeInfo?.method}${params.routeInfo?.url}`);
    }
  };
}

/** Counts one more for `key`, or only reads it; resolves with the count and the milliseconds left. */
export function count(store: CounterStore, key: string, windowMs: number, increment: boolean): Promise<{ current: number; ttl: number }> {
  return new Promise((resolve, reject) => {
    const done: Callback = (err, result) => (err || !result ? reject(err ?? new Error('limits: no result')) : resolve(result));
    if (increment) store.incr(key, done, windowMs, Number.MAX_SAFE_INTEGER);
    else store.read(key, done, windowMs, Number.MAX_SAFE_INTEGER);
  });
}

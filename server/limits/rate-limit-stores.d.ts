/** Types of @fastify/rate-limit's own stores, which the package ships without declarations. */
declare module '@fastify/rate-limit/store/*' {
  type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
  interface Store {
    incr(key: string, callback: Callback, timeWindow: number, max: number): void;
    read(key: string, callback: Callback, timeWindow: number, max: number): void;
    child(params: unknown): Store;
  }
  const StoreClass: {
    new (continueExceeding: boolean, exponentialBackoff: boolean, redisOrCacheSize?: unknown, key?: string): Store;
  };
  export default StoreClass;
}

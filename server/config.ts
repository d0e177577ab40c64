/**
 * Configuration: the only module that reads `process.env` (through `loadConfig`).
 * Defaults are merged in one place; a bad value fails start-up with a clear message.
 */
import path from 'node:path';
import { projectPath } from './paths.ts';

export interface Config {
  /** Port the server listens on (`PORT`, default 3000). */
  port: number;
  /** Interface the server listens on (`HOST`, default 0.0.0.0). */
  host: string;
  /** Folder holding faq/, guides/, notices/ and the YAML files (`CONTENT_DIR`, default ./content). */
  contentDir: string;
  /** Folder for the insights store (`DATA_DIR`, default ./data). */
  dataDir: string;
  /** Bearer token for /api/insights; empty turns the insights API off (`ADMIN_TOKEN`). */
  adminToken: string;
  /** Origins allowed to embed the widget, comma-separated (`ALLOWED_ORIGINS`). */
  allowedOrigins: string[];
  /** Requests per minute per client on ask/feedback/search; 0 turns limiting off (`RATE_LIMIT_PER_MINUTE`). */
  rateLimitPerMinute: number;
  /** Trust X-Forwarded-* from a proxy (`TRUST_PROXY`: true/false, a hop count or addresses). */
  trustProxy: boolean | number | string;
  /** pino level (`LOG_LEVEL`, default info). */
  logLevel: string;
  /** content:check warns when an article's `updated` is older than this many days (`STALE_DAYS`). */
  staleDays: number;
  /** Record asks and feedback in the insights store (`INSIGHTS`, default on). */
  insights: boolean;
  /** Answers kept for repeated questions (`ANSWER_CACHE_SIZE`, default 2000; 0 turns the cache off). */
  answerCacheSize: number;
  /** A whole request (headers and body) must arrive within this many ms, else 408 (`REQUEST_TIMEOUT_MS`). */
  requestTimeoutMs: number;
  /** A socket with no traffic for this many ms is closed (`CONNECTION_TIMEOUT_MS`). */
  connectionTimeoutMs: number;
  /** An idle keep-alive connection is closed after this many ms (`KEEP_ALIVE_TIMEOUT_MS`). */
  keepAliveTimeoutMs: number;
  /** Connections one address may hold open at once; 0 turns the cap off, as does TRUST_PROXY (`MAX_CONNECTIONS_PER_CLIENT`). */
  maxConnectionsPerClient: number;
  /**
   * Strict-Transport-Security (`HSTS`): `auto` sends it only on requests that came over TLS (directly, or
   * per X-Forwarded-Proto when TRUST_PROXY is set); `true` always (TLS ends at a proxy that does not say
   * so); `false` never.
   */
  hsts: boolean | 'auto';
  /** PostgreSQL for the insights store (`DATABASE_URL`, postgres://…); empty keeps SQLite in dataDir. */
  databaseUrl: string;
  /** Connections in the PostgreSQL pool of each process (`DATABASE_POOL_SIZE`, default 10). */
  databasePoolSize: number;
  /** Redis for rate limits shared by every replica (`REDIS_URL`, redis://…); empty counts in memory. */
  redisUrl: string;
  /** Prefix of every Redis key this service writes (`REDIS_KEY_PREFIX`, default `careplan-help:`). */
  redisKeyPrefix: string;
  /** Asks (and their feedback) older than this many days are deleted (`INSIGHTS_RETENTION_DAYS`, default 365). */
  retentionDays: number;
  /** Serve Prometheus metrics at /metrics (`METRICS`, default on). */
  metrics: boolean;
  /** How long a shutdown may take before the process exits anyway (`SHUTDOWN_GRACE_MS`, default 10000). */
  shutdownGraceMs: number;
  /** Mean event-loop delay above which requests get 503 `overloaded` (`OVERLOAD_EVENT_LOOP_DELAY_MS`, default 1000; 0 turns it off). */
  overloadEventLoopDelayMs: number;
}

export const DEFAULT_CONFIG: Config = {
  port: 3000,
  host: '0.0.0.0',
  contentDir: projectPath('content'),
  dataDir: path.resolve('data'),
  adminToken: '',
  allowedOrigins: [],
  rateLimitPerMinute: 60,
  trustProxy: false,
  logLevel: 'info',
  staleDays: 365,
  insights: true,
  answerCacheSize: 2000,
  // A question is under 8 KB: 15 s is ample on a poor mobile line and cuts a trickling body well within 30 s.
  requestTimeoutMs: 15_000,
  connectionTimeoutMs: 30_000,
  // Above the idle timeout of a keep-alive proxy in front of us avoids reusing a connection we just closed;
  // raise it if your proxy keeps upstream connections longer.
  keepAliveTimeoutMs: 10_000,
  // A browser opens at most 6 per site; this leaves room for an office of people behind one address.
  maxConnectionsPerClient: 64,
  hsts: 'auto',
  databaseUrl: '',
  databasePoolSize: 10,
  redisUrl: '',
  redisKeyPrefix: 'careplan-help:',
  retentionDays: 365,
  metrics: true,
  shutdownGraceMs: 10_000,
  overloadEventLoopDelayMs: 1000,
};

const PREFIX = 'config:';

function toInt(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw new Error(`${PREFIX} ${name} must be a whole number, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new Error(`${PREFIX} ${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function toBool(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new Error(`${PREFIX} ${name} must be true or false, got "${value}"`);
}

function toHsts(value: string): boolean | 'auto' {
  if (value.trim().toLowerCase() === 'auto') return 'auto';
  try {
    return toBool('HSTS', value);
  } catch {
    throw new Error(`${PREFIX} HSTS must be auto, true or false, got "${value}"`);
  }
}

function toTrustProxy(value: string): boolean | number | string {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  if (/^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return v;
}

function toUrl(name: string, value: string, schemes: string[]): string {
  let scheme: string;
  try {
    scheme = new URL(value.trim()).protocol.replace(/:$/, '');
  } catch {
    throw new Error(`${PREFIX} ${name} must be a URL (${schemes.join('://… or ')}://…)`);
  }
  if (!schemes.includes(scheme)) throw new Error(`${PREFIX} ${name} must start with ${schemes.join(':// or ')}://, got ${scheme}://`);
  return value.trim();
}

/**
 * Reads configuration from an environment object (normally `process.env`).
 * @throws Error prefixed `config:` when a variable is malformed.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const c: Config = { ...DEFAULT_CONFIG };
  const get = (k: string) => (env[k] !== undefined && env[k] !== '' ? env[k] : undefined);
  const port = get('PORT');
  if (port) c.port = toInt('PORT', port, 0, 65535);
  const host = get('HOST');
  if (host) c.host = host;
  const contentDir = get('CONTENT_DIR');
  if (contentDir) c.contentDir = path.resolve(contentDir);
  const dataDir = get('DATA_DIR');
  if (dataDir) c.dataDir = path.resolve(dataDir);
  c.adminToken = get('ADMIN_TOKEN') ?? '';
  const origins = get('ALLOWED_ORIGINS');
  if (origins) c.allowedOrigins = origins.split(',').map((o) => o.trim()).filter(Boolean);
  const rate = get('RATE_LIMIT_PER_MINUTE');
  if (rate) c.rateLimitPerMinute = toInt('RATE_LIMIT_PER_MINUTE', rate, 0, 1_000_000);
  const trust = get('TRUST_PROXY');
  if (trust) c.trustProxy = toTrustProxy(trust);
  const level = get('LOG_LEVEL');
  if (level) c.logLevel = level;
  const stale = get('STALE_DAYS');
  if (stale) c.staleDays = toInt('STALE_DAYS', stale, 1, 100_000);
  const insights = get('INSIGHTS');
  if (insights) c.insights = toBool('INSIGHTS', insights);
  const cache = get('ANSWER_CACHE_SIZE');
  if (cache) c.answerCacheSize = toInt('ANSWER_CACHE_SIZE', cache, 0, 1_000_000);
  const requestTimeout = get('REQUEST_TIMEOUT_MS');
  if (requestTimeout) c.requestTimeoutMs = toInt('REQUEST_TIMEOUT_MS', requestTimeout, 1_000, 600_000);
  const connectionTimeout = get('CONNECTION_TIMEOUT_MS');
  if (connectionTimeout) c.connectionTimeoutMs = toInt('CONNECTION_TIMEOUT_MS', connectionTimeout, 1_000, 600_000);
  const keepAlive = get('KEEP_ALIVE_TIMEOUT_MS');
  if (keepAlive) c.keepAliveTimeoutMs = toInt('KEEP_ALIVE_TIMEOUT_MS', keepAlive, 1_000, 600_000);
  const perClient = get('MAX_CONNECTIONS_PER_CLIENT');
  if (perClient) c.maxConnectionsPerClient = toInt('MAX_CONNECTIONS_PER_CLIENT', perClient, 0, 1_000_000);
  const hsts = get('HSTS');
  if (hsts) c.hsts = toHsts(hsts);
  readOperations(c, get);
  return c;
}

/** The variables of a production deployment: shared stores, retention, metrics, shutdown and overload. */
function readOperations(c: Config, get: (k: string) => string | undefined): void {
  const db = get('DATABASE_URL');
  if (db) c.databaseUrl = toUrl('DATABASE_URL', db, ['postgres', 'postgresql']);
  const pool = get('DATABASE_POOL_SIZE');
  if (pool) c.databasePoolSize = toInt('DATABASE_POOL_SIZE', pool, 1, 1000);
  const redis = get('REDIS_URL');
  if (redis) c.redisUrl = toUrl('REDIS_URL', redis, ['redis', 'rediss']);
  const prefix = get('REDIS_KEY_PREFIX');
  if (prefix) c.redisKeyPrefix = prefix;
  const retention = get('INSIGHTS_RETENTION_DAYS');
  if (retention) c.retentionDays = toInt('INSIGHTS_RETENTION_DAYS', retention, 1, 36_500);
  const metrics = get('METRICS');
  if (metrics) c.metrics = toBool('METRICS', metrics);
  const grace = get('SHUTDOWN_GRACE_MS');
  if (grace) c.shutdownGraceMs = toInt('SHUTDOWN_GRACE_MS', grace, 100, 600_000);
  const overload = get('OVERLOAD_EVENT_LOOP_DELAY_MS');
  if (overload) c.overloadEventLoopDelayMs = toInt('OVERLOAD_EVENT_LOOP_DELAY_MS', overload, 0, 60_000);
}

/** Merges partial overrides (tests, scripts) onto the defaults. */
export function resolveConfig(overrides: Partial<Config> = {}): Config {
  return { ...DEFAULT_CONFIG, ...overrides };
}

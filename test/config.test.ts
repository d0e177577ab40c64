import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { DEFAULT_CONFIG, loadConfig } from '../server/config.ts';

describe('loadConfig', () => {
  it('returns the defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual(DEFAULT_CONFIG);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      CONTENT_DIR: 'x/content',
      DATA_DIR: 'x/data',
      ADMIN_TOKEN: 'secret',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example ,',
      RATE_LIMIT_PER_MINUTE: '0',
      TRUST_PROXY: '2',
      LOG_LEVEL: 'warn',
      STALE_DAYS: '30',
      INSIGHTS: 'false',
      ANSWER_CACHE_SIZE: '0',
      REQUEST_TIMEOUT_MS: '5000',
      CONNECTION_TIMEOUT_MS: '20000',
      KEEP_ALIVE_TIMEOUT_MS: '65000',
      MAX_CONNECTIONS_PER_CLIENT: '0',
      HSTS: 'true',
    });
    expect(c).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      contentDir: path.resolve('x/content'),
      dataDir: path.resolve('x/data'),
      adminToken: 'secret',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      rateLimitPerMinute: 0,
      trustProxy: 2,
      logLevel: 'warn',
      staleDays: 30,
      insights: false,
      answerCacheSize: 0,
      requestTimeoutMs: 5000,
      connectionTimeoutMs: 20000,
      keepAliveTimeoutMs: 65000,
      maxConnectionsPerClient: 0,
      hsts: true,
    });
  });

  it('reads HSTS as auto, true or false', () => {
    expect(loadConfig({}).hsts).toBe('auto');
    expect(loadConfig({ HSTS: 'AUTO' }).hsts).toBe('auto');
    expect(loadConfig({ HSTS: 'off' }).hsts).toBe(false);
  });

  it('reads TRUST_PROXY as a boolean or an address list', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1,10.0.0.2' }).trustProxy).toBe('10.0.0.1,10.0.0.2');
  });

  it.each([
    ['PORT', 'abc', /^config: PORT must be a whole number/],
    ['PORT', '70000', /^config: PORT must be between 0 and 65535/],
    ['RATE_LIMIT_PER_MINUTE', '-1', /^config: RATE_LIMIT_PER_MINUTE must be a whole number/],
    ['STALE_DAYS', '0', /^config: STALE_DAYS must be between/],
    ['INSIGHTS', 'maybe', /^config: INSIGHTS must be true or false/],
    ['REQUEST_TIMEOUT_MS', '0', /^config: REQUEST_TIMEOUT_MS must be between 1000 and 600000/],
    ['KEEP_ALIVE_TIMEOUT_MS', '5s', /^config: KEEP_ALIVE_TIMEOUT_MS must be a whole number/],
    ['HSTS', 'sometimes', /^config: HSTS must be auto, true or false/],
  ])('rejects %s=%s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});

describe('loadConfig: deployment variables', () => {
  it('reads the shared stores, retention, metrics, shutdown and overload settings', () => {
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://app@db.internal:5432/careplan',
        DATABASE_POOL_SIZE: '20',
        REDIS_URL: 'redis://cache.internal:6379',
        REDIS_KEY_PREFIX: 'cp:',
        INSIGHTS_RETENTION_DAYS: '90',
        METRICS: 'false',
        SHUTDOWN_GRACE_MS: '5000',
        OVERLOAD_EVENT_LOOP_DELAY_MS: '0',
      }),
    ).toMatchObject({
      databaseUrl: 'postgres://app@db.internal:5432/careplan',
      databasePoolSize: 20,
      redisUrl: 'redis://cache.internal:6379',
      redisKeyPrefix: 'cp:',
      retentionDays: 90,
      metrics: false,
      shutdownGraceMs: 5000,
      overloadEventLoopDelayMs: 0,
    });
    expect(DEFAULT_CONFIG).toMatchObject({ databaseUrl: '', redisUrl: '', retentionDays: 365, metrics: true });
  });

  it.each([
    ['DATABASE_URL', 'mysql://x/y', /^config: DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//],
    ['DATABASE_URL', 'not a url', /^config: DATABASE_URL must be a URL/],
    ['REDIS_URL', 'http://x', /^config: REDIS_URL must start with redis:\/\/ or rediss:\/\//],
    ['INSIGHTS_RETENTION_DAYS', '0', /^config: INSIGHTS_RETENTION_DAYS must be between 1/],
    ['METRICS', 'perhaps', /^config: METRICS must be true or false/],
  ])('rejects %s=%s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});

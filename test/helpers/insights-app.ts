/** An app over the tiny knowledge base with the SQLite insights store in a temp folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../../server/app.ts';
import type { Config } from '../../server/config.ts';
import { tinyKnowledgeBase } from './tiny-kb.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** Builds the app; `dataDir` is a fresh temp folder removed by `cleanup()`. */
export async function buildInsightsApp(
  config: Partial<Config> = {},
  options: Omit<BuildOptions, 'config'> = {},
): Promise<{ app: FastifyInstance; dataDir: string; cleanup(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-app-'));
  const app = await buildApp({
    config: { logLevel: 'silent', rateLimitPerMinute: 0, insights: true, dataDir, adminToken: ADMIN_TOKEN, metrics: false, overloadEventLoopDelayMs: 0, ...config },
    logger: false,
    knowledgeBase: tinyKnowledgeBase(),
    ...options,
  });
  return {
    app,
    dataDir,
    async cleanup() {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

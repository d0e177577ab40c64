/**
 * Builds the Fastify application. Never listens: `server.ts` does that, tests use `app.inject()`.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { resolveConfig, type Config } from './config.ts';
import type { KnowledgeBase } from './content/types.ts';
import type { InsightsStore } from './store/types.ts';
import { loggerOptions } from './logging.ts';
import { serverOptions } from './server-options.ts';
import { createSchemaCompilers, SCHEMA_CODE_FILE, type SchemaCompilers } from './compiled-schemas.ts';
import { readSnapshot, SNAPSHOT_FILE } from './knowledge-snapshot.ts';
import errorHandler from './plugins/error-handler.ts';
import configPlugin from './plugins/config.ts';
import security from './plugins/security.ts';
import requestGuards from './plugins/request-guards.ts';
import connectionCap from './plugins/connection-cap.ts';
import telemetry from './plugins/telemetry.ts';
import limits from './plugins/limits.ts';
import overload from './plugins/overload.ts';
import docs from './plugins/docs.ts';
import knowledge from './plugins/knowledge.ts';
import insights from './plugins/insights.ts';
import healthRoutes from './routes/health.ts';
import articleRoutes from './routes/articles.ts';
import noticeRoutes from './routes/notices.ts';
import kbPages from './routes/kb-pages.ts';
import searchRoutes from './routes/search.ts';
import askRoutes from './routes/ask.ts';
import feedbackRoutes from './routes/feedback.ts';
import suggestionRoutes from './routes/suggestions.ts';
import insightRoutes from './routes/insights.ts';
import staticPages from './routes/static-pages.ts';
import agentRoutes from './routes/agent.ts';

export interface BuildOptions {
  config?: Partial<Config>;
  /** A ready knowledge base instead of reading `config.contentDir`. */
  knowledgeBase?: KnowledgeBase;
  /** An insights store instead of the SQLite one (tests inject failing or in-memory stores). */
  store?: InsightsStore;
  /** Fastify logger option; defaults to the redacting pino logger at `config.logLevel`, off in tests. */
  logger?: FastifyServerOptions['logger'];
  /** Validator and serializer compilers; defaults to the build's compiled schemas (compiled-schemas.ts). */
  schemas?: SchemaCompilers;
}

/** Builds the app with every plugin and route registered; resolves once content is loaded. */
export async function buildApp(options: BuildOptions = {}): Promise<FastifyInstance> {
  return buildTypedApp(options) as unknown as Promise<FastifyInstance>;
}

async function buildTypedApp(options: BuildOptions) {
  const config = resolveConfig(options.config);
  // Read (files hashed, snapshot parsed) while the plugins before the knowledge plugin load.
  const snapshot = options.knowledgeBase ? undefined : readSnapshot(config.contentDir, SNAPSHOT_FILE);
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config.logLevel),
    bodyLimit: 8 * 1024,
    // Fastify accepts a hop count at run time; its types only list the other forms.
    trustProxy: config.trustProxy as boolean | string,
    genReqId: () => crypto.randomUUID(),
    // On SIGTERM, requests already on an open connection are answered normally rather than with
    // Fastify's own 503 body (which is not our error shape); idle connections are closed.
    return503OnClosing: false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
    // Request bodies are validated without type coercion (body-validator.ts).
    schemaController: { compilersFactory: options.schemas ?? createSchemaCompilers({ file: SCHEMA_CODE_FILE }) },
    ...serverOptions(config),
  }).withTypeProvider<TypeBoxTypeProvider>();

  // While closing, a request that still arrives on a kept-alive connection is answered and its connection
  // closed after the reply; connections that turn idle later (a reply sent, or opened and never used) are
  // closed as they do, so that the shutdown never waits for clients that keep their sockets open.
  let closing = false;
  let reaper: NodeJS.Timeout | null = null;
  app.addHook('preClose', async () => {
    closing = true;
    reaper = setInterval(() => app.server.closeIdleConnections(), 100).unref();
  });
  app.addHook('onClose', async () => {
    if (reaper) clearInterval(reaper);
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  // The API speaks JSON only: a text/plain body is a 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain');
  await app.register(configPlugin, { config });
  await app.register(errorHandler);
  await app.register(requestGuards);
  await app.register(connectionCap);
  await app.register(security);
  // First, so that its onRoute hook sees every route (the metrics endpoint too).
  await app.register(docs);
  await app.register(telemetry);
  await app.register(overload);
  await app.register(limits);
  await app.register(knowledge, { contentDir: config.contentDir, knowledgeBase: options.knowledgeBase, answerCacheSize: config.answerCacheSize, snapshot });
  await app.register(insights, { store: options.store });

  await app.register(healthRoutes);
  await app.register(articleRoutes);
  await app.register(noticeRoutes);
  await app.register(kbPages);
  await app.register(searchRoutes);
  await app.register(askRoutes);
  await app.register(feedbackRoutes);
  await app.register(suggestionRoutes);
  await app.register(insightRoutes);
  await app.register(staticPages);
  await app.register(agentRoutes);

  await app.ready();
  return app;
}

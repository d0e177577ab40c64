/**
 * The knowledge service: the knowledge base, its search index and the answer engine, built together and
 * swapped together, so a reload never serves an index of other content than the pages.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { ContentProblem, KnowledgeBase } from '../content/types.ts';
import type { SearchIndex } from '../search/types.ts';
import type { AnswerEngine } from '../answer/types.ts';
import { readSnapshot, SNAPSHOT_FILE, type BuildSnapshot } from '../knowledge-snapshot.ts';
import { restorePrebuilt, type Prebuilt } from '../prebuilt.ts';
import { createSearchIndex } from '../search/search-index.ts';
import { createAnswerEngine } from '../answer/engine.ts';
import { withAnswerCache, type AnswerCacheStats } from '../answer/cache.ts';

export interface Knowledge {
  kb: KnowledgeBase;
  search: SearchIndex;
  engine: AnswerEngine;
  loadedAt: Date;
  /** The answer cache's hits and misses, when the engine has a cache. */
  cacheStats?: () => AnswerCacheStats;
  /** Index and engine were restored from the build's prebuilt structures, not built (logged at start). */
  restored?: boolean;
}

export interface KnowledgeService {
  current(): Knowledge;
  /** Reloads content; on any error the last good knowledge stays in service. */
  reload(): Promise<{ ok: boolean; problems: ContentProblem[] }>;
  /** Answer-cache hits and misses since start, over every reload. */
  cacheStats(): AnswerCacheStats;
}

declare module 'fastify' {
  interface FastifyInstance {
    knowledge: KnowledgeService;
  }
}

export interface KnowledgePluginOptions {
  contentDir: string;
  /** A ready knowledge base (tests, evaluation folds); when set, contentDir is not read. */
  knowledgeBase?: KnowledgeBase;
  /** Answers kept for repeated questions; 0 turns the cache off. */
  answerCacheSize: number;
  /** The build's snapshot, already being read (`readSnapshot`); read here when not given. */
  snapshot?: Promise<BuildSnapshot | null>;
}

/**
 * Builds search index and answer engine over a knowledge base, or restores them from `prebuilt` (the
 * build's, for this very knowledge base); `cacheSize` 0 leaves the engine uncached.
 */
export function buildKnowledge(kb: KnowledgeBase, cacheSize = 0, prebuilt?: Prebuilt | null): Knowledge {
  const { search, engine } = prebuilt ? restorePrebuilt(kb, prebuilt) : freshly(kb);
  const restored = !!prebuilt;
  if (cacheSize <= 0) return { kb, search, engine, loadedAt: new Date(), restored };
  const cached = withAnswerCache(engine, { max: cacheSize });
  return { kb, search, engine: cached, loadedAt: new Date(), cacheStats: cached.stats, restored };
}

function freshly(kb: KnowledgeBase) {
  const search = createSearchIndex(kb);
  return { search, engine: createAnswerEngine(kb, search) };
}

/**
 * The knowledge a start serves from what `npm run build` wrote for this very content and code (the
 * knowledge-base snapshot, knowledge-snapshot.ts, with the search corpus and engine state prebuilt,
 * prebuilt.ts), or null when there is none. A snapshot without prebuilt structures still saves the pipeline.
 */
async function knowledgeFromBuild(opts: KnowledgePluginOptions): Promise<Knowledge | null> {
  const snapshot = await (opts.snapshot ?? readSnapshot(opts.contentDir, SNAPSHOT_FILE));
  return snapshot ? buildKnowledge(snapshot.kb, opts.answerCacheSize, snapshot.prebuilt) : null;
}

async function knowledgePlugin(app: FastifyInstance, opts: KnowledgePluginOptions): Promise<void> {
  async function load(): Promise<{ knowledge: Knowledge | null; problems: ContentProblem[] }> {
    // Loaded on demand: a start from the build's snapshot never needs the Markdown and YAML parsers.
    const { loadKnowledgeBase } = await import('../content/pipeline.ts');
    const { kb, problems } = await loadKnowledgeBase(opts.contentDir);
    if (!kb || problems.some((p) => p.severity === 'error')) return { knowledge: null, problems };
    return { knowledge: buildKnowledge(kb, opts.answerCacheSize), problems };
  }

  let current: Knowledge;
  if (opts.knowledgeBase) {
    current = buildKnowledge(opts.knowledgeBase, opts.answerCacheSize);
  } else {
    const started = performance.now();
    const built = await knowledgeFromBuild(opts);
    const first = built ? { knowledge: built, problems: [] } : await load();
    if (!first.knowledge) {
      const list = first.problems.map((p) => `${p.path}:${p.line}: ${p.message}`).join('\n');
      throw new Error(`content: the knowledge base has errors\n${list}`);
    }
    current = first.knowledge;
    const ms = Math.round(performance.now() - started);
    app.log.info({ from: built ? 'build snapshot' : 'content pipeline', restored: !!current.restored, articles: current.kb.articles.length, ms }, 'knowledge: ready');
  }

  // A reload starts a new cache: the counts of the ones before are kept here.
  const retired = { hits: 0, misses: 0 };
  const replace = (next: Knowledge) => {
    const old = current.cacheStats?.();
    if (old) {
      retired.hits += old.hits;
      retired.misses += old.misses;
    }
    current = next;
  };

  app.decorate('knowledge', {
    current: () => current,
    cacheStats() {
      const now = current.cacheStats?.() ?? { hits: 0, misses: 0 };
      return { hits: retired.hits + now.hits, misses: retired.misses + now.misses };
    },
    async reload() {
      if (opts.knowledgeBase) return { ok: true, problems: [] };
      try {
        const next = await load();
        if (!next.knowledge) return { ok: false, problems: next.problems };
        replace(next.knowledge);
        return { ok: true, problems: next.problems };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return { ok: false, problems: [{ path: opts.contentDir, line: 0, message, severity: 'error' }] };
      }
    },
  } satisfies KnowledgeService);
}

export default fp(knowledgePlugin, { name: 'knowledge' });

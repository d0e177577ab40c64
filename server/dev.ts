/**
 * `npm run dev`: the service as `server.ts` starts it, plus content/ watched. An edit re-indexes within a
 * second; a broken edit keeps the last good content in service and prints its `path:line: message`
 * problems (paths relative to the working directory, as `content:check` prints them).
 */
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { countProblems, displayPrefix, formatProblem } from './content/format.ts';
import { watchContent } from './content/watch.ts';
import { handleShutdown } from './shutdown.ts';

const config = loadConfig(process.env);
const prefix = displayPrefix(config.contentDir);

let app: Awaited<ReturnType<typeof buildApp>>;
try {
  app = await buildApp({ config });
} catch (err) {
  // The first load has no last good content to fall back on: show the problems and stop.
  console.error((err as Error).message);
  process.exit(1);
}

const stopWatching = watchContent(
  config.contentDir,
  async () => {
    const started = performance.now();
    const { ok, problems } = await app.knowledge.reload();
    const ms = Math.round(performance.now() - started);
    for (const p of problems) console.log(formatProblem(p, p.line > 0 ? prefix : ''));
    const { errors, warnings } = countProblems(problems);
    if (ok) {
      console.log(`content: re-indexed ${app.knowledge.current().kb.articles.length} articles in ${ms} ms (${warnings} warnings)`);
    } else {
      console.log(`content: ${errors} errors — still serving the last good content; fix the lines above and save again`);
    }
  },
  { onError: (err) => console.error(`content: watching ${config.contentDir} failed: ${err.message}`) },
);

handleShutdown({
  graceMs: config.shutdownGraceMs,
  async close() {
    stopWatching();
    await app.close();
  },
  log: (level, message, extra) => app.log[level](extra ?? {}, message),
});

await app.listen({ port: config.port, host: config.host });
console.log(`content: watching ${prefix || './'} for changes`);

/**
 * The compiled build (npm run build, run by npm test before vitest) works without devDependencies: every
 * package the server imports at run time is a dependency, so `npm ci && npm run build && npm prune
 * --omit=dev && node dist/server/server.js` starts.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { buildApp } from '../../server/app.ts';
import { createSchemaCompilers, SCHEMA_CODE_FILE } from '../../server/compiled-schemas.ts';
import { startServer } from '../helpers/server-process.ts';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsFiles(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));
}

describe('the compiled build', () => {
  it('starts with plain node: npm start runs dist/server/server.js; tsx and vite are devDependencies', () => {
    // exec: npm's child is the server itself, so a SIGTERM to npm reaches it (no shell in between).
    expect(pkg.scripts.start).toBe('exec node dist/server/server.js');
    expect(pkg.devDependencies.tsx).toBeDefined();
    expect(pkg.devDependencies.vite).toBeDefined();
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(fs.existsSync('dist/server/server.js')).toBe(true);
    expect(fs.statSync('dist/knowledge.snapshot').size).toBeGreaterThan(10_000);
  });

  it('is one bundled module (TypeBox inlined) that starts from the build snapshot', async () => {
    const bundle = fs.readFileSync('dist/server/server.js', 'utf8');
    expect(bundle).not.toMatch(/from ["']@sinclair\/typebox/);
    // The CommonJS plugins every start loads are inlined too (bundle-server.mjs).
    expect(bundle).not.toMatch(/from ["'](prom-client|fastify-metrics|@fastify\/static)["']/);
    expect(bundle).not.toMatch(/from ["']\.\.?\/(app|plugins|routes)\//);
    const server = await startServer({ INSIGHTS: 'false', LOG_LEVEL: 'info' }, 'pipe');
    server.child.stderr!.resume();
    let log = '';
    server.child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const answer = await fetch(`${server.base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"question":"KJのパスワードを忘れました"}' });
    expect(answer.status).toBe(200);
    server.child.kill('SIGTERM');
    await server.exited;
    const ready = log.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { msg: string; from?: string; restored?: boolean }).find((l) => l.msg === 'knowledge: ready');
    expect(ready?.from).toBe('build snapshot');
    // The search index and the answer engine too: restored from the snapshot, not built (prebuilt.ts).
    expect(ready?.restored).toBe(true);
  });

  it('holds the compiled validators and serializers of every route: a start with the default config compiles none', async () => {
    const schemas = createSchemaCompilers({ file: SCHEMA_CODE_FILE });
    const app = await buildApp({ config: { insights: false, logLevel: 'silent' }, logger: false, schemas });
    await app.close();
    expect(schemas.stats().compiled).toBe(0);
    expect(schemas.stats().restored).toBeGreaterThan(20);
  });

  it('imports only dependencies, built-ins and its own files (with .js extensions, or .json data)', () => {
    const wrong: string[] = [];
    let imports = 0;
    for (const file of jsFiles('dist/server')) {
      const text = fs.readFileSync(file, 'utf8');
      // Not a JSDoc type (`{import('../fastify').FastifyInstance}` in bundled Fastify's comments).
      for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?<!\{)import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        imports += 1;
        const spec = m[1] ?? m[2]!;
        if (spec.startsWith('.')) {
          // JSON data (the model's parameters, the kanji reading table) is imported as JSON modules; tsc copies it.
          if (!spec.endsWith('.js') && !spec.endsWith('.json')) wrong.push(`${file}: ${spec}`);
          else if (!fs.existsSync(path.resolve(path.dirname(file), spec))) wrong.push(`${file}: ${spec} does not exist`);
          continue;
        }
        if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!pkg.dependencies[name]) wrong.push(`${file}: ${spec} is not a dependency`);
      }
    }
    expect(imports).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});

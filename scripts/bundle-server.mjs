/**
 * `npm run build`'s step after tsc: bundles the compiled server (dist/server/server.js and every module of
 * dist/server it imports) into that one ES module, in place; what is imported on demand (the content
 * pipeline, the SQLite and PostgreSQL stores) becomes chunks in dist/server/chunks/, still loaded only when
 * used. Node 20 loads ES modules one at a time (resolve, read, compile, link): the server's ~95 modules and
 * TypeBox's ~250 were about a sixth of a cold start. Packages stay external and load from node_modules as
 * before, except TypeBox, which is inlined: its ES build is those ~250 small modules. The other compiled
 * files stay as tsc wrote them (the build's other steps and the tests import them). Plain JavaScript, like
 * build-if-stale.mjs: it runs before anything else of the build.
 */
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const ENTRY = 'dist/server/server.js';
const CHUNKS = 'dist/server/chunks';
/**
 * Packages bundled into the server instead of loaded from node_modules (see above). Besides TypeBox, the
 * CommonJS plugins every start loads, with what they require: prom-client alone pulls in 51 modules of
 * @opentelemetry/api, @fastify/static some 20 (send, mime, glob…), and each CommonJS module costs a
 * resolution, a read and a compile. fastify-plugin is inlined too, so that fastify-metrics keeps its own
 * (older) copy. Fastify itself too, with what it requires (avvio, find-my-way, ajv, pino…: some 250
 * modules); our logger has no transport, so pino never looks for its worker files. Not here: the stores'
 * drivers (loaded on demand), swagger (on demand, and it serves files beside itself), and the schema
 * compilers that compiled-schemas.ts resolves in node_modules for the build's standalone code.
 */
const INLINED = new Set([
  '@sinclair/typebox',
  'fastify',
  'fastify-plugin',
  'fastify-metrics',
  'prom-client',
  '@fastify/static',
  '@fastify/rate-limit',
  'helmet',
  '@fastify/cors',
  '@fastify/under-pressure',
]);

const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const external = Object.keys(dependencies)
  .filter((name) => !INLINED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

/**
 * Requires of inlined plugins that few starts use, made lazy: the module is bundled as before but run on
 * first use. @fastify/static needs glob only for `wildcard: false` (ours are wildcard routes), and
 * @fastify/rate-limit needs ip-address only for an IPv6 client; together they were some 30 ms of a start.
 * Each rewrite must match exactly, or the build fails (an updated plugin is then looked at again).
 */
const LAZY_REQUIRES = [
  {
    file: /node_modules\/@fastify\/static\/index\.js$/,
    from: "const { glob } = require('glob')",
    to: "const glob = (...args) => require('glob').glob(...args)",
  },
  {
    file: /node_modules\/@fastify\/rate-limit\/index\.js$/,
    from: "const { Address6 } = require('ip-address')",
    to: "const Address6 = function (...args) { return new (require('ip-address').Address6)(...args) }",
  },
];

/** The esbuild plugin applying {@link LAZY_REQUIRES}. */
const lazyRequires = {
  name: 'lazy-requires',
  setup(b) {
    for (const { file, from, to } of LAZY_REQUIRES) {
      b.onLoad({ filter: file }, (args) => {
        const code = readFileSync(args.path, 'utf8');
        if (!code.includes(from)) throw new Error(`bundle: ${args.path} no longer has \`${from}\``);
        return { contents: code.replace(from, to), loader: 'js' };
      });
    }
  },
};

rmSync(CHUNKS, { recursive: true, force: true });
await build({
  entryPoints: { server: ENTRY },
  outdir: 'dist/server',
  chunkNames: 'chunks/[name]-[hash]',
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [lazyRequires],
  // Maps back to the TypeScript sources through tsc's own source maps.
  sourcemap: true,
  // The inlined CommonJS packages require Node's modules: an ES module has no \`require\` of its own.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log(`bundle: ${ENTRY} (chunks in ${CHUNKS})`);

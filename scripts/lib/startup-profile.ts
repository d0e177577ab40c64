/**
 * Where a cold start's time goes: one start of the compiled server under `node --cpu-prof`, its samples up
 * to the first 200 from /api/health sorted into parts (knowledge build, module loading, schemas, plugins,
 * garbage collection…). CPU milliseconds of the main thread; profiling itself adds some overhead, so the
 * parts are for comparing with each other, and the wall-clock ratio stays the measure.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMPILED_SERVER, startServerProcess } from './server-process.ts';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
/** The parts of V8's .cpuprofile format read here. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A part of the start: its name and the test on a sample's stack (leaf first) that claims it. */
interface Part {
  name: string;
  claims(stack: CallFrame[]): boolean;
}

const inFile = (pattern: RegExp) => (stack: CallFrame[]) => stack.some((f) => pattern.test(f.url));
/** A function of the server's own, by name: the compiled server is one bundled file, so not by file. */
const inFunction = (...names: string[]) => (stack: CallFrame[]) => stack.some((f) => names.includes(f.functionName) && f.url.includes('/dist/server/'));
/**
 * Loading a module: reading, compiling and running its top level. From the leaf up, a module loader's
 * frame comes before any function of the server's own (a module's top level is not one: it has no name).
 */
function loadingModule(stack: CallFrame[]): boolean {
  for (const f of stack) {
    if (f.url.startsWith('node:internal/modules/')) return true;
    if (f.url.includes('/dist/server/') && f.functionName !== '') return false;
  }
  return false;
}

/** In order: the first part whose test holds gets the sample. */
const PARTS: Part[] = [
  { name: 'garbage collection', claims: (s) => s[0]?.functionName === '(garbage collector)' },
  // Built, or restored from the build's snapshot (prebuilt.ts).
  { name: 'knowledge: search index', claims: inFunction('createSearchIndex', 'restoreCorpus') },
  { name: 'knowledge: answer engine', claims: inFunction('createAnswerEngine') },
  { name: 'knowledge: snapshot read, cache', claims: inFunction('knowledgePlugin', 'knowledgeFromBuild', 'buildKnowledge', 'restorePrebuilt', 'readSnapshot', 'snapshotKey') },
  // Fastify compiles (here: restores) every route's validators and serializers from validation.js.
  { name: 'schemas (validators, serializers)', claims: inFile(/node_modules\/fastify\/lib\/validation\.js$/) },
  { name: 'API reference (swagger)', claims: inFile(/node_modules\/@fastify\/swagger/) },
  // prom-client and fastify-metrics are bundled into the server (bundle-server.mjs): claimed by their
  // entry points' names there; the evaluation of their modules counts as module loading.
  { name: 'metrics (prom-client)', claims: (s) => inFile(/node_modules\/(fastify-metrics|prom-client)\//)(s) || inFunction('telemetryPlugin', 'FastifyMetrics', '_FastifyMetrics', 'collectDefaultMetrics')(s) },
  { name: 'module loading', claims: loadingModule },
  { name: 'fastify: plugins, routes, listen', claims: inFile(/node_modules\/(fastify|avvio|find-my-way)\//) },
];
const OTHER = 'other (node start-up, the rest)';

/** CPU ms per part of the samples taken up to `untilUs` (monotonic µs; all samples when out of range). */
export function partsOfStart(profile: CpuProfile, untilUs: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackOf = (id: number) => {
    const frames: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) frames.push(byId.get(at)!.callFrame);
    return frames;
  };
  let t = profile.startTime;
  const end = profile.startTime + profile.timeDeltas.reduce((a, b) => a + b, 0);
  const cut = untilUs > profile.startTime && untilUs <= end ? untilUs : end;
  const parts = new Map<string, number>([...PARTS.map((p) => [p.name, 0] as [string, number]), [OTHER, 0]]);
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    if (t > cut) break;
    const stack = stackOf(profile.samples[i]!);
    const leaf = stack[0]!.functionName;
    if (leaf === '(idle)' || leaf === '(root)') continue;
    const name = PARTS.find((p) => p.claims(stack))?.name ?? OTHER;
    parts.set(name, parts.get(name)! + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return parts;
}

/** Starts the compiled server once under the CPU profiler and returns the parts of its start. */
export async function profileStart(env: Record<string, string> = { INSIGHTS: 'false' }): Promise<{ readyMs: number; parts: Map<string, number> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cold-start-profile-'));
  try {
    const server = await startServerProcess(env, COMPILED_SERVER, '/api/health', ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    await server.stop();
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('bench: the server wrote no CPU profile');
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    return { readyMs: server.readyMs, parts: partsOfStart(profile, server.readyAtUs) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Validators and serializers compiled by `npm run build` (Fastify's standalone mode: Ajv's standalone code
 * and fast-json-stringify's), so that a start does not run both compilers over every route's schemas, a
 * quarter of a cold start. Each piece of code is keyed by a hash of its schema, the compiler options and
 * the compilers' versions, so it is used only for exactly the schema it was made from; anything else (a
 * schema changed since the build, no build at all) is compiled at start as before. Functions are shared by
 * every route with the same schema: the eight error responses of each route are compiled once, not per route.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ValidatorFactory } from '@fastify/ajv-compiler';
import type { SerializerFactory } from '@fastify/fast-json-stringify-compiler';
import { ajvOptionsFor, isStrictPart } from './body-validator.ts';
import { projectPath } from './paths.ts';
import { serializerSchema } from './serializer-schema.ts';

/** Where `npm run build` writes the compiled schemas (CommonJS, as the compilers' standalone code is). */
export const SCHEMA_CODE_FILE = projectPath('dist', 'schema-code.cjs');

/**
 * The compilers whose code the file holds and the libraries that code runs on, each resolved from the
 * package that loads it (a nested copy counts): a different version of any of them means other code.
 */
const COMPILERS = [
  ['@fastify/ajv-compiler'],
  ['@fastify/ajv-compiler', 'ajv'],
  ['@fastify/ajv-compiler', 'ajv-formats'],
  ['@fastify/fast-json-stringify-compiler'],
  ['@fastify/fast-json-stringify-compiler', 'fast-json-stringify'],
  ['@fastify/fast-json-stringify-compiler', 'fast-json-stringify', 'ajv'],
  ['@fastify/fast-json-stringify-compiler', 'fast-json-stringify', 'ajv-formats'],
];

type Kind = 'validator' | 'serializer';
/** One piece of standalone code (a CommonJS module body), wrapped as a function by the file. */
type ModuleBody = (require: NodeJS.Require, module: { exports: unknown }, exports: unknown) => void;
type SchemaCodeFile = { versions: string } & Record<Kind, Record<string, ModuleBody>>;

const require = createRequire(import.meta.url);
/** The standalone code requires the compilers' run-time helpers: resolved from the compilers themselves. */
const requireFrom: Record<Kind, () => NodeJS.Require> = {
  validator: () => createRequire(require.resolve('@fastify/ajv-compiler')),
  serializer: () => createRequire(require.resolve('@fastify/fast-json-stringify-compiler')),
};

/** `a>b@1.2.3`: the version of package `b` as package `a` loads it. */
function versionOf(chain: string[]): string {
  let from = require;
  let version = '';
  for (const name of chain) {
    const file = from.resolve(`${name}/package.json`);
    version = (from(file) as { version: string }).version;
    from = createRequire(file);
  }
  return `${chain.join('>')}@${version}`;
}

let versions: string | undefined;
function compilerVersions(): string {
  versions ??= COMPILERS.map(versionOf).join(' ');
  return versions;
}

/** The key of one compiled function: what it was compiled from, and with what. */
export function schemaKey(kind: Kind, ...inputs: unknown[]): string {
  return createHash('sha256').update(JSON.stringify([compilerVersions(), kind, ...inputs])).digest('base64url');
}

/** Reads the build's compiled schemas; null when the file is missing, unreadable or from other compilers. */
export function readSchemaCode(file: string): SchemaCodeFile | null {
  try {
    const loaded = require(file) as SchemaCodeFile;
    return loaded.versions === compilerVersions() ? loaded : null;
  } catch {
    return null;
  }
}

/** Writes the code collected by a recording `createSchemaCompilers` (the build step). */
export function writeSchemaCode(file: string, recorded: Record<Kind, Map<string, string>>): void {
  const part = (kind: Kind) =>
    [...recorded[kind]].map(([key, code]) => `${JSON.stringify(key)}: function (require, module, exports) {\n${code}\n},`).join('\n');
  const text = [
    '// Written by `npm run build` (server/schema-code-cli.ts from server/compiled-schemas.ts). Do not edit.',
    "'use strict';",
    `exports.versions = ${JSON.stringify(compilerVersions())};`,
    `exports.validator = {\n${part('validator')}\n};`,
    `exports.serializer = {\n${part('serializer')}\n};`,
    '',
  ].join('\n');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

export interface SchemaCompilers {
  /** For Fastify's `schemaController.compilersFactory`. */
  buildValidator: ValidatorFactory;
  buildSerializer: SerializerFactory;
  /** Distinct functions taken from the build's code and compiled at start. */
  stats(): { restored: number; compiled: number };
  /** The standalone code of every function compiled (recording only), by kind and key. */
  recorded(): Record<Kind, Map<string, string>>;
}

export interface SchemaCompilerOptions {
  /** The build's compiled schemas (`SCHEMA_CODE_FILE`); null compiles everything. */
  file: string | null;
  /** Compile everything as standalone code and keep it (the build step); the functions run that very code. */
  record?: boolean;
}

/** Makes the validator and serializer factories for Fastify, using the build's code where it fits. */
export function createSchemaCompilers(options: SchemaCompilerOptions): SchemaCompilers {
  const stored = options.file ? readSchemaCode(options.file) : null;
  const made = new Map<string, unknown>();
  const recorded: Record<Kind, Map<string, string>> = { validator: new Map(), serializer: new Map() };
  const stats = { restored: 0, compiled: 0 };
  const requires: Partial<Record<Kind, NodeJS.Require>> = {};

  const run = (kind: Kind, body: ModuleBody) => {
    const module = { exports: {} as unknown };
    body((requires[kind] ??= requireFrom[kind]()), module, module.exports);
    return module.exports;
  };
  /** The function for a route's schema: made before, from the build's code, or compiled now (recording its code). */
  function obtain(kind: Kind, compilers: () => Compilers, externalSchemas: unknown, compilerOptions: object, route: { schema?: unknown }): unknown {
    const key = schemaKey(kind, compilerOptions, externalSchemas, route.schema);
    let fn = made.get(key);
    if (fn) return fn;
    const body = stored?.[kind][key];
    if (body) {
      fn = run(kind, body);
      stats.restored += 1;
    } else if (options.record) {
      let code = '';
      // A copy of the options: the standalone compilers add their own code-generation options to them.
      compilers().standalone((_route, source) => (code = source))(externalSchemas, { ...compilerOptions })(route);
      recorded[kind].set(key, code);
      fn = run(kind, new Function('require', 'module', 'exports', code) as ModuleBody);
      stats.compiled += 1;
    } else {
      fn = compilers().pool(externalSchemas, compilerOptions)(route);
      stats.compiled += 1;
    }
    made.set(key, fn);
    return fn;
  }

  const buildValidator: ValidatorFactory = (externalSchemas, ajvOptions = {}) => (route) =>
    obtain('validator', ajvCompilers, externalSchemas, ajvOptionsFor(ajvOptions, isStrictPart(route.httpPart)), route) as ReturnType<ReturnType<ValidatorFactory>>;
  // Response schemas in the form that needs no Ajv to serialize (serializer-schema.ts); keyed in that form too.
  const buildSerializer: SerializerFactory = (externalSchemas, fjsOptions = {}) => (route) =>
    obtain('serializer', fjsCompilers, externalSchemas, fjsOptions, { ...route, schema: serializerSchema(route.schema) }) as ReturnType<ReturnType<SerializerFactory>>;

  return { buildValidator, buildSerializer, stats: () => ({ ...stats }), recorded: () => recorded };
}

type Store = (route: unknown, code: string) => void;
/** A compiler package as used here: its pool of compilers, and its standalone (code-writing) mode. */
interface Compilers {
  pool(externalSchemas: unknown, options: object): (route: object) => unknown;
  standalone(store: Store): (externalSchemas: unknown, options: object) => (route: object) => unknown;
}

/** The compilers themselves, loaded only when something must be compiled at start. */
function ajvCompilers(): Compilers {
  const { AjvCompiler, StandaloneValidator } = require('@fastify/ajv-compiler') as typeof import('@fastify/ajv-compiler');
  ajvPool ??= AjvCompiler();
  return { pool: ajvPool, standalone: (storeFunction: Store) => StandaloneValidator({ readMode: false, storeFunction }) } as Compilers;
}
let ajvPool: ValidatorFactory | undefined;

function fjsCompilers(): Compilers {
  const { SerializerSelector, StandaloneSerializer } = require('@fastify/fast-json-stringify-compiler') as typeof import('@fastify/fast-json-stringify-compiler');
  fjsPool ??= SerializerSelector();
  return { pool: fjsPool, standalone: (storeFunction: Store) => StandaloneSerializer({ readMode: false, storeFunction }) } as Compilers;
}
let fjsPool: SerializerFactory | undefined;

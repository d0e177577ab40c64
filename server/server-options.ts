/**
 * The Fastify options that guard the transport, built in one place: request bodies validated without
 * type coercion.
 */
import type { Server } from 'node:http';
import type { FastifyHttpOptions } from 'fastify';
import type { Config } from './config.ts';
import { buildValidator } from './body-validator.ts';

/** The transport options for `Fastify()`; spread them into the app's options. */
export function serverOptions(_config: Config) {
  return {
    schemaController: { compilersFactory: { buildValidator } },
  } satisfies FastifyHttpOptions<Server>;
}

/**
 * Schema validation with two faces: request bodies are JSON, so their types are taken as sent (no coercion:
 * `"true"`, `1`, `[true]` or `null` is not a boolean, `123` is not a string); query strings, params and
 * headers are text on the wire, so numbers and booleans there are still coerced (`?limit=5`).
 * Both compilers come from Fastify's own Ajv pool with the app's `ajv` options, so nothing else differs.
 */
import { AjvCompiler, type ValidatorFactory } from '@fastify/ajv-compiler';

const pool = AjvCompiler();

/**
 * A `schemaController.compilersFactory.buildValidator` for Fastify: strict for `body`, coercing elsewhere.
 * Fastify calls it with the shared schemas and the app's `ajv` option.
 */
export const buildValidator: ValidatorFactory = (externalSchemas, options = {}) => {
  const coercing = pool(externalSchemas, options);
  // The app does not use Ajv's JTD mode, whose options have no coerceTypes.
  const strict = options.mode === 'JTD' ? coercing : pool(externalSchemas, { ...options, customOptions: { ...options.customOptions, coerceTypes: false } });
  return (route) => (route.httpPart === 'body' ? strict : coercing)(route);
};

/**
 * Schema validation with two faces: request bodies are JSON, so their types are taken as sent (no coercion:
 * `"true"`, `1`, `[true]` or `null` is not a boolean, `123` is not a string); query strings, params and
 * headers are text on the wire, so numbers and booleans there are still coerced (`?limit=5`).
 * Both faces are Ajv with the app's `ajv` options; only `coerceTypes` differs. Which code runs them (built
 * by `npm run build`, or compiled at start) is compiled-schemas.ts' business.
 */
import type { ValidatorFactory } from '@fastify/ajv-compiler';

/** The `ajv` option Fastify hands to a validator factory. */
export type AjvOptions = NonNullable<Parameters<ValidatorFactory>[1]>;

/** Whether a part of the request is validated strictly (no type coercion): the JSON body only. */
export function isStrictPart(httpPart: string | undefined): boolean {
  return httpPart === 'body';
}

/** The Ajv options for one face: the app's own, with coercion off for the strict one. */
export function ajvOptionsFor(options: AjvOptions, strict: boolean): AjvOptions {
  // The app does not use Ajv's JTD mode, whose options have no coerceTypes.
  if (!strict || options.mode === 'JTD') return options;
  return { ...options, customOptions: { ...options.customOptions, coerceTypes: false } };
}

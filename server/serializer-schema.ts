/**
 * The form of a response schema that fast-json-stringify is given. TypeBox writes a union of string
 * literals (`Type.Union([Type.Literal('ok'), …])`) and a nullable value (`Type.Union([X, Type.Null()])`) as
 * `anyOf`, and for every `anyOf` fast-json-stringify picks the branch by running Ajv on the value: Ajv and
 * its ~75 modules loaded at start, and every answer validated again (the whole `answer` object among them)
 * before it is written. The same two shapes as `{type:'string', enum}` and `{…X, type:[X.type,'null']}`
 * are written by plain `typeof` and `=== null` tests, to the same bytes. The routes' schemas stay as they
 * are (the types and the API reference are read from them); only the serializer sees this form.
 */

type Schema = Record<string, unknown>;

/** Keywords that make a branch more than one plain type: such a union is left to fast-json-stringify as it is. */
const NOT_PLAIN = ['anyOf', 'oneOf', 'allOf', 'not', 'if', 'const', 'enum', '$ref', 'nullable'];

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own string keys only: TypeBox's symbols (Kind, Optional) mean nothing to the serializer. */
function keysOf(schema: Schema): string[] {
  return Object.keys(schema);
}

/** `{type:'string', const:'…'}` and nothing else (a TypeBox string literal). */
function isStringLiteral(branch: Schema): boolean {
  return branch.type === 'string' && typeof branch.const === 'string' && keysOf(branch).length === 2;
}

/** `{type:'null'}` and nothing else (TypeBox's `Type.Null()`). */
function isNull(branch: Schema): boolean {
  return branch.type === 'null' && keysOf(branch).length === 1;
}

/**
 * A branch of one plain type (string, object, array, number…), whose keywords do not clash with `siblings`'.
 * A string enum counts (a nullable union of literals): fast-json-stringify does not apply `enum` when writing.
 */
function isPlainBranch(branch: Schema, siblings: Schema): boolean {
  if (typeof branch.type !== 'string' || branch.type === 'null') return false;
  return keysOf(branch).every((k) => (k === 'enum' ? branch.type === 'string' : !NOT_PLAIN.includes(k)) && !(k in siblings));
}

/** One `anyOf` in the serializer's form, when it is one of the two shapes above; otherwise unchanged. */
function withoutAnyOf(schema: Schema & { anyOf: Schema[] }): Schema {
  const { anyOf: branches, ...siblings } = schema;
  const free = !('type' in siblings) && !NOT_PLAIN.some((k) => k in siblings);
  if (!free || branches.length === 0) return schema;
  if (branches.every(isStringLiteral)) return { ...siblings, type: 'string', enum: branches.map((b) => b.const) };
  const other = branches.find((b) => !isNull(b));
  if (branches.length === 2 && other && branches.some(isNull) && isPlainBranch(other, siblings)) {
    return { ...siblings, ...other, type: [other.type, 'null'] };
  }
  return schema;
}

/**
 * Rewrites a response schema (deeply, as plain JSON without TypeBox's symbols) into the form above. Pure:
 * the given schema is not changed. What fast-json-stringify writes for any value the original schema
 * admits is the same; only the branch choice by Ajv (which also checked patterns) is gone.
 */
export function serializerSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(serializerSchema);
  if (!isSchema(schema)) return schema;
  const out: Schema = {};
  for (const key of keysOf(schema)) out[key] = serializerSchema(schema[key]);
  const { anyOf } = out;
  return Array.isArray(anyOf) && anyOf.every(isSchema) ? withoutAnyOf(out as Schema & { anyOf: Schema[] }) : out;
}

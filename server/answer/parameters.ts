/**
 * The engine's fitted parameters: the model's weights, the decision's thresholds and how they were
 * obtained, in ONE committed file (model-params.json) written by `npm run train`. `hash` records the
 * content and labelled questions they were fitted on, `training.rowsDigest` the feature values the engine's
 * code computed from them; a test fails when either no longer matches (stale).
 */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { LinearModelSchema } from './model.ts';
import { ThresholdsSchema } from './decide.ts';
import { FEATURES } from './features.ts';
import file from './model-params.json' with { type: 'json' };

export const ParametersSchema = Type.Object({
  note: Type.String(),
  /** SHA-256 of the content and labelled questions the model was fitted on (see scripts/lib/ask-labels.ts). */
  hash: Type.String(),
  features: Type.Array(Type.String()),
  /** The model used by the service: fitted on every labelled question. */
  model: LinearModelSchema,
  /** One model per cross-validation fold, fitted without that fold (the evaluation asks each fold with its own). */
  folds: Type.Array(LinearModelSchema),
  thresholds: ThresholdsSchema,
  training: Type.Object({
    folds: Type.Number(),
    l2: Type.Number(),
    questions: Type.Number(),
    rows: Type.Number(),
    /**
     * SHA-256 of the feature rows fitted on (every labelled question's candidates and features, scored out of
     * fold): a test recomputes it, so a change to the engine's code that moves any feature marks the file
     * stale, as a change to the content does through `hash`.
     */
    rowsDigest: Type.String(),
    /** Out-of-fold figures at the chosen thresholds (what npm run eval reproduces). */
    figures: Type.Record(Type.String(), Type.Number()),
  }),
});

export type Parameters = Static<typeof ParametersSchema>;

/**
 * Checks a parameters object.
 * @throws Error prefixed `parameters:` when it is malformed or fitted on other features.
 */
export function checkParameters(value: unknown): Parameters {
  if (!Value.Check(ParametersSchema, value)) {
    const first = Value.Errors(ParametersSchema, value).First();
    throw new Error(`parameters: model-params.json is malformed at ${first?.path ?? '/'}: ${first?.message ?? 'unknown'}`);
  }
  if (value.features.join(',') !== FEATURES.join(',')) {
    throw new Error(`parameters: model-params.json was fitted on other features (${value.features.join(', ')}); run npm run train`);
  }
  return value;
}

let committed: Parameters | null = null;

/** The committed parameters (checked on first use, so `npm run train` can run while they are stale). */
export function committedParameters(): Parameters {
  committed ??= checkParameters(file);
  return committed;
}

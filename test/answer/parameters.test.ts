import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParameters, committedParameters } from '../../server/answer/parameters.ts';
import { FEATURES } from '../../server/answer/features.ts';
import { contentHash, FOLDS, labelledQuestions } from '../../scripts/lib/ask-labels.ts';
import { rowsDigest, scoreOutOfFold } from '../../scripts/lib/ask-training.ts';
import { readingsFile, ruleReadings, wordReadings } from '../../scripts/lib/readings.ts';
import { realKnowledgeBase } from './fixtures.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('committed parameters (server/answer/model-params.json)', () => {
  it('were fitted on the current content and labelled questions (else: npm run train, and commit)', async () => {
    const kb = await realKnowledgeBase();
    expect(committedParameters().hash, 'model-params.json is stale: run npm run train and commit it').toBe(contentHash(kb));
  });

  it('were fitted on the features the engine computes today (else: npm run train, npm run eval, and commit)', async () => {
    const kb = await realKnowledgeBase();
    // The content can stay the same while the engine's code changes what a feature is worth: then the
    // committed fit no longer describes the service, and npm run train would write another file.
    const digest = rowsDigest(scoreOutOfFold(kb, labelledQuestions(kb)));
    expect(committedParameters().training.rowsDigest, 'model-params.json was fitted on other feature values: run npm run train').toBe(digest);
  }, 120_000);

  it('hold one model per fold and the features of the engine', () => {
    const p = committedParameters();
    expect(p.features).toEqual([...FEATURES]);
    expect(p.folds).toHaveLength(FOLDS);
    for (const m of [p.model, ...p.folds]) expect(m.weights).toHaveLength(FEATURES.length);
  });

  it('are rejected when malformed or fitted on other features', () => {
    expect(() => checkParameters({})).toThrow(/^parameters: /);
    expect(() => checkParameters({ ...committedParameters(), features: ['x'] })).toThrow(/other features/);
  });
});

describe('generated readings (content/lexicon-readings.yaml)', () => {
  it('are those of the current content (else: npm run readings, and commit)', async () => {
    const kb = await realKnowledgeBase();
    const committed = readFileSync(path.join(root, 'content/lexicon-readings.yaml'), 'utf8');
    expect(committed, 'lexicon-readings.yaml is stale: run npm run readings').toBe(readingsFile(wordReadings(kb), ruleReadings(kb)));
  });
});

/**
 * Step 3 of the engine: the features of each candidate, the numbers the model weighs. Each says one thing
 * a person would look at; the names are the trace's and the parameters file's. Question-level features
 * (the same for every candidate) shift all probabilities: a question of unknown words, or about another
 * system, makes every article less likely.
 */
import { HOLDER_FIELD, holdsIn, type CorpusStats } from '../search/corpus-stats.ts';
import type { QueryAnalysis } from './analysis.ts';
import { holdsConcept, holdsEvery, type Rows } from './holders.ts';
import type { QuestionMeasures } from './measures.ts';
import type { Candidate } from './candidates.ts';
import type { QuestionSignals } from './profile.ts';

/** The features, in the order of the model's weights. Changing them makes the parameters stale (retrain). */
export const FEATURES = [
  'ruleFires', 'ruleIncomplete', 'ruleVetoed',
  'searchRelative', 'searchLead', 'searchTop', 'textRelative', 'examplesRelative', 'keyPenalty', 'agree',
  'coverage', 'topicCoverage', 'titleConcepts', 'holdsAll', 'distinct',
  'voteShare', 'voteNearest', 'voteLead', 'voteTop', 'voteStrength', 'searchStrength', 'coverageLead',
  'classHit', 'textClassLog', 'textClassLead', 'textClassTop', 'agreeAll', 'priceMissing', 'durationMissing', 'caseHit',
  'unknownShare', 'unknownWords', 'information', 'holders', 'otherSystem', 'ownWord',
] as const;

export type FeatureName = (typeof FEATURES)[number];

const HOLDS_ALL = FEATURES.indexOf('holdsAll');

/**
 * Whether candidate `id` of a scoring has a topic that holds every concept the message names (its `holdsAll` feature);
 * false for an article that is no candidate.
 */
export function holdsAll(scoring: { candidates: readonly { id: string }[]; features: readonly (readonly number[])[] }, id: string): boolean {
  const i = scoring.candidates.findIndex((c) => c.id === id);
  return i >= 0 && scoring.features[i]![HOLDS_ALL] === 1;
}

/** Least probability of the text classifier taken into account (its log is a feature). */
const CLASS_FLOOR = 1e-4;

/** Math.max(0, ...values without the i-th), without copying them. */
function maxBut(values: readonly number[], i: number): number {
  let max = 0;
  for (let j = 0; j < values.length; j++) {
    if (j === i) continue;
    if (Number.isNaN(values[j])) return NaN;
    if (values[j]! > max) max = values[j]!;
  }
  return max;
}

/** Share of the content's weight that the article at position `p` holds in field number `field` (`rows`: the content's). */
function share(stats: CorpusStats, m: QuestionMeasures, rows: Rows, p: number | undefined, field: number): number {
  if (p === undefined || m.mass === 0) return 0;
  let found = 0;
  for (let n = 0; n < m.content.length; n++) if (holdsIn(stats, rows[n], field, p)) found += m.content[n]!.weight;
  return found / m.mass;
}

/** Math.max(1e-9, ...values) without spreading them (NaN wins, as with the spread). */
function topOf(values: readonly number[]): number {
  let top = 1e-9;
  for (const v of values) top = Math.max(top, v);
  return top;
}

/**
 * featuresOf's working space (asks run one at a time): whether candidate i's topic holds content term n,
 * at `i * terms + n`.
 */
let inTopic = new Uint8Array(256);

/** The feature vector of every candidate, in FEATURES order. */
export function featuresOf(candidates: readonly Candidate[], analysis: QueryAnalysis, m: QuestionMeasures, stats: CorpusStats, signals: QuestionSignals): number[][] {
  const cls = signals.classification;
  const count = candidates.length;
  const terms = m.content.length;
  // Each candidate's numbers, in plain loops (no array made per map and spread per maximum).
  const scores: number[] = [];
  const shares: number[] = [];
  const positions: (number | undefined)[] = [];
  const coverages: number[] = [];
  const logP: number[] = [];
  let topText = 1e-9;
  let topExamples = 1e-9;
  let voteFirst = 0;
  const { contentRows, knownRows } = m;
  if (inTopic.length < count * terms) inTopic = new Uint8Array(count * terms * 2);
  for (let i = 0; i < count; i++) {
    const c = candidates[i]!;
    scores.push(c.search?.score ?? 0);
    shares.push(c.vote?.share ?? 0);
    topText = Math.max(topText, c.search?.parts.content ?? 0);
    topExamples = Math.max(topExamples, c.search?.parts.examples ?? 0);
    if (shares[i]! > shares[voteFirst]!) voteFirst = i;
    // Each content term and concept token is looked up once; each candidate is a bit in what comes back.
    const p = stats.position.get(c.id);
    positions.push(p);
    coverages.push(share(stats, m, contentRows, p, HOLDER_FIELD.tokens));
    for (let n = 0; n < terms; n++) inTopic[i * terms + n] = p !== undefined && holdsIn(stats, contentRows[n], HOLDER_FIELD.topics, p) ? 1 : 0;
    // The text classifier's log-probability of each candidate, and of the best article other than it.
    logP.push(Math.log(Math.max(CLASS_FLOOR, cls.of(c.id))));
  }
  const top = topOf(scores);
  const queryMass = Math.max(1e-9, m.mass);
  const { known } = m;
  const clsBest = Math.log(Math.max(CLASS_FLOOR, cls.best));
  const clsSecond = Math.log(Math.max(CLASS_FLOOR, cls.second));
  const features: number[][] = [];
  for (let i = 0; i < count; i++) {
    const c = candidates[i]!;
    const otherScore = maxBut(scores, i);
    const otherShare = maxBut(shares, i);
    const p = positions[i];
    let named = 0;
    for (const k of knownRows) if (holdsConcept(stats, k, p, HOLDER_FIELD.titles)) named += 1;
    // The best rival by search: what the question says that this article's topic holds and the rival's does not.
    let rival = -1;
    for (let j = 0; j < candidates.length; j++) if (j !== i && (rival < 0 || scores[j]! > scores[rival]!)) rival = j;
    let apart = 0;
    let topical = 0;
    for (let n = 0; n < m.content.length; n++) {
      if (!inTopic[i * terms + n]) continue;
      const weight = m.content[n]!.weight;
      topical += weight;
      if (rival < 0 || !inTopic[rival * terms + n]) apart += weight;
    }
    const rule = c.rule;
    // Built straight in FEATURES order (no object keyed by name, then read back by name: that cost a keyed
    // lookup per feature per candidate). The labels must follow FEATURES; test/answer/features-order.test.ts checks them.
    features.push([
      /* ruleFires */ rule?.fires ? 1 : 0,
      /* ruleIncomplete */ rule && !rule.fires ? 1 : 0,
      /* ruleVetoed */ rule?.vetoedBy ? 1 : 0,
      /* searchRelative */ Math.max(0, scores[i]!) / top,
      /* searchLead */ Math.max(-1, Math.min(1, (scores[i]! - otherScore) / Math.max(Math.abs(scores[i]!), otherScore, 1e-9))),
      /* searchTop */ c.rank === 0 ? 1 : 0,
      /* textRelative */ (c.search?.parts.content ?? 0) / topText,
      /* examplesRelative */ (c.search?.parts.examples ?? 0) / topExamples,
      /* keyPenalty */ Math.min(3, (c.search?.parts.penalty ?? 0) / queryMass),
      /* agree */ c.rank === 0 && voteFirst === i && shares[i]! > 0 ? 1 : 0,
      /* coverage */ coverages[i]!,
      /* topicCoverage */ p === undefined || m.mass === 0 ? 0 : topical / m.mass,
      /* titleConcepts */ known.length === 0 ? 0 : named / known.length,
      /* holdsAll */ known.length > 0 && holdsEvery(stats, knownRows, p, HOLDER_FIELD.topics) ? 1 : 0,
      /* distinct */ m.mass === 0 ? 0 : apart / m.mass,
      /* voteShare */ shares[i]!,
      /* voteNearest */ c.vote?.nearest ?? 0,
      /* voteLead */ shares[i]! - otherShare,
      /* voteTop */ voteFirst === i && shares[i]! > 0 ? 1 : 0,
      /* voteStrength */ shares[i]! * (c.vote?.nearest ?? 0),
      /* searchStrength */ Math.log(1 + Math.max(0, scores[i]!) / queryMass),
      /* coverageLead */ coverages[i]! - maxBut(coverages, i),
      /* classHit */ c.classHit ? 1 : 0,
      /* textClassLog */ logP[i]!,
      /* textClassLead */ logP[i]! - (logP[i]! >= clsBest ? clsSecond : clsBest),
      /* textClassTop */ logP[i]! >= clsBest ? 1 : 0,
      /* agreeAll */ c.rank === 0 && voteFirst === i && shares[i]! > 0 && logP[i]! >= clsBest ? 1 : 0,
      /* priceMissing */ signals.asksPrice && !signals.prices.has(c.id) ? 1 : 0,
      /* durationMissing */ signals.asksDuration && !signals.durations.has(c.id) ? 1 : 0,
      /* caseHit */ signals.namesCase(c.id) ? 1 : 0,
      /* unknownShare */ m.unknownShare,
      /* unknownWords */ m.unknownWords,
      /* information */ m.information,
      /* holders */ m.holders,
      /* otherSystem */ analysis.others.length > 0 ? 1 : 0,
      /* ownWord */ analysis.own.length > 0 ? 1 : 0,
    ]);
  }
  return features;
}

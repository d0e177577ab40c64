/**
 * The answer engine: smalltalk, rule-based intents, search-backed answers with a confidence, clarifying
 * questions, follow-ups and an honest fallback. Everything it knows comes from the knowledge base (rules,
 * lexicon, smalltalk, contact); this file only wires the steps together.
 */
import { randomUUID } from 'node:crypto';
import type { KnowledgeBase } from '../content/types.ts';
import type { SearchHit, SearchIndex } from '../search/types.ts';
import type { AnswerEngine, AskInput, AskResult, AskTrace } from './types.ts';
import { detectSecrets } from '../text/redact.ts';
import { analyze } from './analyze.ts';
import { compileIntents, matchIntents } from './intents.ts';
import { compileSmalltalk, matchSmalltalk } from './smalltalk.ts';
import { articleHas, buildTermStats, cover, distinct, readQuestion, pointsTo, weight } from './specificity.ts';
import { DEFAULT_DECIDE, decide, type Decision, type DecideOptions } from './decide.ts';
import { contentTokens, DEFAULT_FOLLOW_UP, decideFollowUp, type FollowUpOptions } from './followup.ts';
import { finish, respond, smalltalkBody } from './respond.ts';
import { buildNeighbours, vote, type NeighbourOptions } from './neighbours.ts';
import { buildHubs, distinguishing, DEFAULT_HUBS, type HubOptions } from './hubs.ts';

export interface EngineOptions {
  decide?: Partial<DecideOptions>;
  followUp?: Partial<FollowUpOptions>;
  neighbours?: Partial<NeighbourOptions>;
  hubs?: Partial<HubOptions>;
  /** Search hits considered per question (default 6: 4 options and 3 related need no more). */
  searchLimit?: number;
  /** Most characters left once a smalltalk pattern is removed for the question to be only smalltalk (default 6). */
  smalltalkResidual?: number;
}

/**
 * A Latin word of four letters or more that no article holds (「Amazon」「Zoom」「Gmail」) names another
 * product or service: the rest of the question (「ログインできません」) is then about that, not about us.
 * Shorter words and words with digits (「Mac」「Win10」「32bit」) describe the user's own setup instead.
 */
function isProductName(concept: string): boolean {
  return /^[a-z]{4,}$/.test(concept);
}

/** Builds the answer engine over a knowledge base and its index. */
export function createAnswerEngine(kb: KnowledgeBase, search: SearchIndex, options: EngineOptions = {}): AnswerEngine {
  const rules = compileIntents(kb);
  const ruled = new Set(rules.map((r) => r.id));
  const talk = compileSmalltalk(kb.smalltalk);
  const stats = buildTermStats(kb.articles);
  const hubs = buildHubs(kb.articles);
  const hubOpts: HubOptions = { ...DEFAULT_HUBS, ...options.hubs };
  // Built from the knowledge base it is given only: the evaluation removes the asked examples from it.
  const near = buildNeighbours(kb.articles, kb.lexicon, options.neighbours);
  const decideOpts: DecideOptions = { ...DEFAULT_DECIDE, ...options.decide };
  const followOpts: FollowUpOptions = { ...DEFAULT_FOLLOW_UP, ...options.followUp };
  const limit = options.searchLimit ?? 6;
  const smalltalkResidual = options.smalltalkResidual ?? 6;
  const has = (id: string, term: string) => articleHas(stats, id, term);
  const find = (text: string): SearchHit[] => (text.trim() ? search.search(text, { limit }).results : []);

  function ask(input: AskInput): { result: AskResult; trace: AskTrace } {
    const question = input.question.trim();
    const notices = detectSecrets(question);
    const a = analyze(question, kb.lexicon);
    const queryId = randomUUID();
    const talkMatch = matchSmalltalk(talk, a.normalized);
    const done = (body: ReturnType<typeof respond>, decidedBy: string, hits: SearchHit[] = []) => ({
      result: finish(body, queryId, notices),
      trace: { normalized: a.normalized, decidedBy, candidates: hits.map((h) => ({ id: h.id, score: h.score, coverage: h.coverage })) },
    });
    if (talkMatch && talkMatch.residual.length <= smalltalkResidual) {
      return done(smalltalkBody(kb, talkMatch.rule), `smalltalk rule ${talkMatch.rule.id}`);
    }

    const hits = find(a.text);
    const matches = matchIntents(rules, a.expanded);
    const terms = readQuestion(stats, a.text, kb.lexicon, a.normalized);
    const coverOf = (id: string) => cover(stats, id, terms.tokens);
    const foreign = terms.unknownConcepts.some(isProductName);
    let decision: Decision = decide(
      {
        matches, hits, ruled, articleHas: has, cover: coverOf, information: terms.information, peak: terms.peak, concepts: terms.concepts,
        distinct: (x, y) => distinct(stats, x, y, terms.tokens),
        neighbours: vote(near, a.text),
        foreign,
        owners: distinguishing(hubs, terms.named, hubOpts),
        pointsTo: (id, rival) => pointsTo(stats, id, rival, terms.named),
      },
      decideOpts,
    );

    const previous = input.previous ? kb.byId.get(input.previous) : undefined;
    let followUp = false;
    // A question about another product (「Gmailのパスワードは？」) is not a follow-up of ours.
    if (previous && !foreign) {
      const vetoed = new Set(matches.filter((m) => m.vetoedBy).map((m) => m.id));
      const content = contentTokens(terms.named);
      const fu = decideFollowUp(
        {
          previous,
          normalized: a.normalized,
          // On the content words as the follow-up reads them: 「何日」 is unknown, its 日 is not.
          unknownShare: content.length > 0 ? content.filter((t) => !stats.df.has(t)).length / content.length : terms.unknownShare,
          hits,
          content,
          cover: (id, only) => (only ? cover(stats, id, only.map((token) => ({ token, weight: weight(stats, token) }))) : coverOf(id)),
          inTitle: (id, token) => hubs.titles.get(id)?.has(token) ?? false,
          combinedHits: () => find(`${previous.title} ${a.text}`),
          admissible: (id) => !vetoed.has(id),
        },
        decision,
        followOpts,
      );
      if (fu) {
        decision = fu;
        followUp = true;
      }
    }

    if (talkMatch && decision.kind === 'fallback') {
      return done(smalltalkBody(kb, talkMatch.rule), `smalltalk rule ${talkMatch.rule.id} (no topic found)`, hits);
    }
    const body = respond(kb, decision, a.expanded);
    if (followUp && body.answer) body.message = `前の回答（${previous!.title}）の続きとしてご案内します。`;
    return done(body, decision.decidedBy, hits);
  }

  return { ask };
}

/**
 * The decision: answer, clarify or fall back, and how confident we are. Pure: it sees the intent matches,
 * the search hits and a few facts about the knowledge base, never the knowledge base's content by name.
 *
 * Principles (a wrong confident answer is the worst outcome):
 * - An intent rule that fires answers. An article that HAS a rule is never answered through search alone:
 *   its editors said which concepts the question must name, so a question that lacks one (「パスワードを
 *   忘れました」 without saying which ID) is asked back.
 * - A `not` term that vetoes a rule also vetoes that article, and only an article whose own text holds the
 *   vetoing word may answer instead (「証明書発行用パスワード」 → the certificate-password article; 「Gmail」 →
 *   nobody).
 * - Search answers only when the best hit covers the question well AND stands clearly above the runner-up
 *   AND the question says something that points to it rather than the runner-up (their topics differ on
 *   the question's words, or the margin is large). A short question whose every concept several topics
 *   share (「エラーが出ます」「ログインできません」) is asked back, whatever the ranking — except with the
 *   one article whose title alone names one of its concepts (hubs.ts: 「ダウンロード」「個人ユーザID」).
 * - A best hit whose rule is incomplete is passed over: a clear runner-up without a rule may answer, and a
 *   close one too, hedged, when a rare concept of the question points to it (specificity.ts `pointsTo`).
 */
import type { SearchHit } from '../search/types.ts';
import { agreed, fusedLeader } from './agree.ts';
import { decideFiring } from './firing.ts';
import { DEFAULT_DECIDE, margin, round, type DecideInput, type DecideOptions, type Decision } from './decision.ts';

export { DEFAULT_DECIDE, margin, type DecideInput, type DecideOptions, type Decision } from './decision.ts';

/** Decides what to do with one question. */
export function decide(input: DecideInput, opts: DecideOptions = DEFAULT_DECIDE): Decision {
  const { matches, ruled, articleHas, cover } = input;
  const vetoed = new Set(matches.filter((m) => m.vetoedBy).map((m) => m.id));
  // A veto word that hit a rule the question otherwise touched: only an article naming it may answer.
  const vetoTerms = matches.filter((m) => m.vetoedBy && m.matched > 0).map((m) => m.vetoedBy!);
  const admissible = (id: string) => !vetoed.has(id) && vetoTerms.every((t) => articleHas(id, t));
  const hits = input.hits.filter((h) => !vetoed.has(h.id));
  const hitOf = (id: string) => hits.find((h) => h.id === id);

  // 「住宅改修の申請は完了していますか」 fires the application-status rule, but its article explains
  // little of the question: then the rule does not decide.
  const firing = matches.filter((m) => m.fires && cover(m.id) >= opts.ruleCoverage);
  if (firing.length > 0) return decideFiring(firing, hits, opts);

  const top = hits[0];
  if (!top) return { kind: 'fallback', related: [], confidence: 0, decidedBy: 'no search hit' };
  const m = margin(hits);
  const c = cover(top.id);
  const related = () => hits.filter((h) => cover(h.id) >= opts.relatedCoverage).slice(0, opts.maxRelated).map((h) => h.id);
  const partial = matches.filter((x) => !x.fires && !x.vetoedBy && x.matched > 0).map((x) => x.id);
  const close = hits
    .filter((h) => admissible(h.id) && cover(h.id) >= opts.optionCoverage && h.score >= top.score * opts.closeRatio)
    .map((h) => h.id);
  /** Weaker candidates, to complete a clarify that would otherwise offer a single option. */
  const weaker = hits.filter((h) => admissible(h.id) && cover(h.id) >= opts.relatedCoverage).map((h) => h.id);
  const clarify = (ids: string[], why: string): Decision | null => {
    let options = Array.from(new Set(ids)).filter(admissible);
    if (options.length === 1) options = Array.from(new Set([...options, ...weaker]));
    if (options.length < 2) return null;
    return { kind: 'clarify', options: options.slice(0, opts.maxOptions), confidence: round(c * 0.5), decidedBy: why };
  };
  const fallback = (why: string): Decision => ({ kind: 'fallback', related: related(), confidence: round(c * 0.3), decidedBy: why });
  const figures = `covers ${c.toFixed(2)}, margin ${m.toFixed(2)}, information ${input.information.toFixed(1)}`;

  const short = (input.peak ?? 1) < opts.minPeak && (input.concepts ?? 0) <= opts.vagueConcepts;
  const vague = input.information < opts.minInformation || short;
  // A short question that names the concept only one article's title names (「ダウンロード」) is not vague
  // about THAT article: it may be answered with it, and with nothing else. Not for an article with a rule:
  // its editors said which concepts a question must name, and its rule did not fire.
  const owns = (id: string) => opts.trustOwners && !ruled.has(id) && (input.owners ?? []).includes(id);
  const vagueFor = (id: string) => input.information < opts.minInformation || (short && !owns(id));
  // Two independent signals naming one article (search over article text, neighbours over users'
  // questions) answer where either alone would ask back. An article with a rule needs a clear vote.
  const both = input.foreign ? null : agreed(hits, input.neighbours ?? [], opts.agree);
  const byBoth = (): Decision | null => {
    if (!both || !admissible(both.id)) return null;
    // A vague question is still asked back: the neighbours would answer it with whichever topic users
    // ask most (「ぱすわーど わすれた」 → the KJ password), which is exactly the guess we must not make.
    // Unless users' own questions point to one article almost unanimously and from near by: then the
    // question names its topic in the words users use for it (「個人ユーザIDがわかりません」).
    const plain = both.share >= opts.vagueShare && both.nearest >= opts.vagueNearest;
    // An article with a rule is answered only when its rule fires: its editors named the concepts a
    // question must hold, and 「ぱすわーど わすれた」 (no KJ) lacks one however many users ask it that way.
    if ((vagueFor(both.id) && !plain) || ruled.has(both.id)) return null;
    const h = hitOf(both.id)!;
    return { ...answer(h, margin(hits), ''), confidence: round(0.4 + 0.4 * both.share), decidedBy: `search and example neighbours agree on ${both.id} (share ${both.share.toFixed(2)}, nearest ${both.nearest.toFixed(2)}; ${figures})` };
  };
  if (c < opts.optionCoverage) return byBoth() ?? fallback(`best hit ${top.id} ${figures}: too little of the question`);

  /** Whether `h` may be answered from search, measured against the hit after it. */
  const solidOver = (h: SearchHit, next: SearchHit | undefined): boolean => {
    if (!admissible(h.id) || cover(h.id) < opts.answerCoverage || vagueFor(h.id) || input.foreign) return false;
    const mm = next ? Math.max(0, (h.score - next.score) / h.score) : 1;
    if (mm < opts.answerMargin) return false;
    const d = next && input.distinct ? input.distinct(h.id, next.id) : 1;
    return d >= opts.minDistinct || mm >= opts.clearMargin;
  };
  function answer(h: SearchHit, mm: number, why: string): Extract<Decision, { kind: 'answer' }> {
    return {
    kind: 'answer',
    id: h.id,
    anchor: h.anchor || null,
    intent: null,
    confidence: round(0.5 * cover(h.id) + 0.5 * Math.min(1, mm / (4 * opts.answerMargin))),
    decidedBy: why,
    };
  }

  if (ruled.has(top.id)) {
    // The best hit's own rule did not fire: the question lacks a concept its editors require, so it is
    // not that article. When the next hit has no rule and stands clearly on its own, it is the answer
    // (「利用申請のやり方」: no completion concept → not the status check → the application guide);
    // otherwise ask.
    const [, next, after] = hits;
    if (next && !ruled.has(next.id) && next.score >= top.score * opts.closeRatio && solidOver(next, after)) {
      const mm = after ? (next.score - after.score) / next.score : 1;
      return answer(next, mm, `rule of ${top.id} incomplete; search: ${next.id} covers ${cover(next.id).toFixed(2)}`);
    }
    // Close to the top or the next one, it may still answer, hedged, when a concept of the question only
    // its topic and the passed-over article's name points to it (「請求委任事業所用ケアプラン証明書は使えますか」).
    if (next && !ruled.has(next.id) && next.score >= top.score * opts.closeRatio && admissible(next.id) && !input.foreign && input.information >= opts.minInformation && cover(next.id) >= opts.answerCoverage && input.pointsTo?.(next.id, top.id)) {
      const alternatives = [top.id, ...(after ? [after.id] : [])].filter(admissible);
      return { ...answer(next, 0, ''), confidence: round(0.3 + 0.3 * cover(next.id)), alternatives, decidedBy: `rule of ${top.id} incomplete; the question points to ${next.id} (${figures}), hedged` };
    }
    const partialHere = partial.filter((id) => hitOf(id) && cover(id) >= opts.optionCoverage);
    return (
      byBoth() ??
      clarify([top.id, ...partialHere, ...close], `rule of ${top.id} incomplete (${figures}); asking which topic`) ??
      fallback(`rule of ${top.id} incomplete and nothing to offer beside it`)
    );
  }

  if (solidOver(top, hits[1])) return answer(top, m, `search: ${top.id} ${figures}`);
  const why = vague || c < opts.answerCoverage ? `best hit ${top.id} ${figures}: too weak or too vague` : `top candidates close (${figures})`;
  return byBoth() ?? hedged() ?? clarify([...close, ...partial], why) ?? fallback(why);

  /**
   * A specific, well-covered question whose best candidates are close (「ライセンスの更新」: license-renewal
   * or license) is answered with the fused leader, at a low confidence, with the runners-up offered first
   * among the related articles: one click away, as in a clarify, but the likely answer is already shown.
   * Vague questions, foreign products and articles whose own rule did not fire are still asked back.
   */
  function hedged(): Decision | null {
    if (input.foreign || c < opts.answerCoverage) return null;
    const lead = fusedLeader(hits, input.neighbours ?? [], opts.agree);
    if (!lead || vagueFor(lead) || ruled.has(lead) || !admissible(lead) || cover(lead) < opts.answerCoverage) return null;
    const alternatives = close.filter((id) => id !== lead).slice(0, opts.maxRelated);
    const h = hitOf(lead)!;
    return { ...answer(h, 0, ''), confidence: round(0.3 + 0.3 * cover(lead)), alternatives, decidedBy: `close candidates, answered with the fused leader ${lead} (${figures}); alternatives ${alternatives.join(', ') || 'none'}` };
  }
}

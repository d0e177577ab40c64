/**
 * The decision when one or more intent rules fire: answer the strongest, or ask when search cannot tell
 * two firing rules apart. Pure; split from decide.ts.
 */
import type { SearchHit } from '../search/types.ts';
import type { IntentMatch } from './intents.ts';
import type { DecideOptions, Decision } from './decision.ts';

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

/** One or more rules fired: answer the strongest, or ask when search cannot tell two firing rules apart. */
export function decideFiring(firing: IntentMatch[], hits: SearchHit[], opts: Pick<DecideOptions, 'answerMargin' | 'maxOptions'>): Decision {
  const rank = (id: string) => {
    const i = hits.findIndex((h) => h.id === id);
    return i < 0 ? Infinity : i;
  };
  const sorted = [...firing].sort((a, b) => b.may - a.may || rank(a.id) - rank(b.id));
  const [best, next] = sorted;
  const agree = hits[0]?.id === best.id;
  if (next) {
    const a = hits[rank(best.id)];
    const b = hits[rank(next.id)];
    const apart = best.may > next.may || (a && (!b || b.score < a.score * (1 - opts.answerMargin)));
    if (!apart) {
      return {
        kind: 'clarify',
        options: sorted.slice(0, opts.maxOptions).map((x) => x.id),
        confidence: 0.5,
        decidedBy: `rules ${sorted.map((x) => x.id).join(', ')} all fire`,
      };
    }
  }
  const anchor = hits.find((h) => h.id === best.id)?.anchor ?? null;
  return {
    kind: 'answer',
    id: best.id,
    anchor,
    intent: best.id,
    confidence: round(0.85 + (agree ? 0.05 : 0) + 0.02 * Math.min(best.may, 3)),
    decidedBy: `intent rule ${best.id} fired (${best.matched}/${best.total} groups, ${best.may} optional terms)`,
  };
}

/**
 * The onboarding order as the content states it: a guide's `## 次のステップ {#next}` section names the
 * step that follows it by its first link to another article (download → certificate). A follow-up that asks
 * what comes next (「次は何をすればいい？」) is answered with that article (conversation.ts).
 */
import type { KnowledgeBase } from '../content/types.ts';

/** The anchor of the section that names the next step. */
const NEXT_ANCHOR = 'next';

const ARTICLE_LINK = /href="\/kb\/([a-z0-9]+(?:-[a-z0-9]+)*)/g;

/** Each article's next step (article id → id), for the articles whose next-step section links one. */
export function nextSteps(kb: KnowledgeBase): ReadonlyMap<string, string> {
  const next = new Map<string, string>();
  for (const article of kb.articles) {
    const section = article.sections.find((s) => s.anchor === NEXT_ANCHOR);
    if (!section) continue;
    for (const [, id] of section.html.matchAll(ARTICLE_LINK)) {
      if (id === article.id || !kb.byId.has(id!)) continue;
      next.set(article.id, id!);
      break;
    }
  }
  return next;
}

/**
 * Turns a decision into the AskResult the widget shows. Contact data and names come from content/site;
 * the wording of the messages is the engine's own and states only what the engine knows.
 */
import type { Article, KnowledgeBase, SmalltalkRule } from '../content/types.ts';
import type { AskNotice, AskResult } from './types.ts';
import type { Decision } from './decide.ts';
import { chooseCard } from './card.ts';

type Body = Omit<AskResult, 'queryId' | 'notices'>;

/** The helpdesk contact block, always from content/site. */
export function contactOf(kb: KnowledgeBase): NonNullable<AskResult['contact']> {
  const { phone, hours, formUrl } = kb.site.helpdesk;
  return { phone, hours, formUrl };
}

function link(a: Article) {
  return { id: a.id, title: a.title, url: a.url };
}

function articles(kb: KnowledgeBase, ids: readonly string[]): Article[] {
  return ids.map((id) => kb.byId.get(id)).filter((a): a is Article => Boolean(a));
}

/**
 * An answer: the article's answer card for this question (a case's section, or the default card), a link
 * to the card's section (or the article's top), its related articles. `question` is the analysed question
 * (normalised, lexicon-expanded) that selects the case.
 */
export function answerBody(kb: KnowledgeBase, article: Article, question: string, confidence: number, intent: string | null, message?: string): Body {
  const card = chooseCard(article, question);
  return {
    kind: 'answer',
    intent,
    confidence,
    message: message ?? `「${article.title}」についてご案内します。`,
    answer: {
      id: article.id,
      title: article.title,
      summary: article.summary,
      html: card.html,
      section: card.section,
      url: card.section ? `${article.url}#${card.section.anchor}` : article.url,
      ...(card.section ? { anchor: card.section.anchor } : {}),
    },
    options: [],
    related: articles(kb, article.related).slice(0, 3).map(link),
    contact: null,
  };
}

/** Builds the response body for a decision; `question` is the analysed question (it chooses the answer card). */
export function respond(kb: KnowledgeBase, decision: Decision, question: string): Body {
  const none = { answer: null, options: [], related: [], contact: null };
  switch (decision.kind) {
    case 'answer': {
      const article = kb.byId.get(decision.id);
      if (!article) return fallbackBody(kb, [], 0);
      if (!decision.alternatives) return answerBody(kb, article, question, decision.confidence, decision.intent);
      // A hedged answer says it may not be the one, and puts the close alternatives first.
      const body = answerBody(kb, article, question, decision.confidence, decision.intent, hedgedMessage(article, decision.alternatives.length > 0));
      const seen = new Set<string>([article.id]);
      const ids = [...decision.alternatives, ...article.related].filter((id) => !seen.has(id) && (seen.add(id), true));
      return { ...body, related: articles(kb, ids).slice(0, 3).map(link) };
    }
    case 'clarify': {
      const options = articles(kb, decision.options).map((a) => ({ id: a.id, title: a.title }));
      if (options.length < 2) return fallbackBody(kb, decision.options, decision.confidence);
      return {
        ...none,
        kind: 'clarify',
        intent: null,
        confidence: decision.confidence,
        message: 'ご質問に当てはまりそうな内容がいくつかあります。近いものを選んでください。どれについてお知りになりたいですか？',
        options,
      };
    }
    case 'fallback':
      return fallbackBody(kb, decision.related, decision.confidence);
  }
}

function hedgedMessage(article: Article, withAlternatives: boolean): string {
  const tail = withAlternatives ? 'お探しの内容と違う場合は、下の関連する記事もご覧ください。' : 'お探しの内容と違う場合は、言葉を変えてもう一度お尋ねください。';
  return `「${article.title}」についてのご質問でしょうか。${tail}`;
}

/** The honest hand-over: what we could not do, where to ask, and anything weakly related. */
export function fallbackBody(kb: KnowledgeBase, relatedIds: readonly string[], confidence: number): Body {
  const { helpdesk, systemName } = kb.site;
  const related = articles(kb, relatedIds).map(link);
  const tail = related.length > 0 ? '関係がありそうな記事も下に挙げます。' : '';
  return {
    kind: 'fallback',
    intent: null,
    confidence,
    message:
      `申し訳ありません。このご質問にお答えできる情報が見つかりませんでした。` +
      `このチャットでは${systemName}についてのご質問にお答えしています。` +
      `お手数ですが、${helpdesk.name}（${helpdesk.phone}、受付時間 ${helpdesk.hours}）または${helpdesk.formLabel}からお問い合わせください。${tail}`,
    answer: null,
    options: [],
    related,
    contact: contactOf(kb),
  };
}

/** A smalltalk reply, with the contact when the rule asks for it (「人と話したい」). */
export function smalltalkBody(kb: KnowledgeBase, rule: SmalltalkRule): Body {
  return {
    kind: 'smalltalk',
    intent: null,
    confidence: 1,
    message: rule.reply,
    answer: null,
    options: [],
    related: [],
    contact: rule.contact ? contactOf(kb) : null,
  };
}

/** Adds the notices to a body and gives it its query id. */
export function finish(body: Body, queryId: string, notices: AskNotice[]): AskResult {
  return { queryId, ...body, notices };
}

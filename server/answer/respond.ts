/**
 * Turns a decision into the AskResult the widget shows. Contact data and names come from content/site;
 * the wording of the messages is the engine's own and states only what the engine knows.
 */
import type { Article, KnowledgeBase, SmalltalkRule } from '../content/types.ts';
import type { AskNotice, AskResult } from './types.ts';
import type { SecretKind } from '../text/redact.ts';
import type { Besides, Decision } from './decide.ts';
import type { ContinuationWhy } from './conversation.ts';
import { chooseCard } from './card.ts';
import { normalize } from '../text/normalize.ts';
import { MEMBER_SLOT } from '../content/vocabulary-data.ts';

type AnswerView = NonNullable<AskResult['answer']>;

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
 * What the chat shows of an article for a question — the ONE place where `answer.html` and `answer.url`
 * are made: the article's answer card for this question (a case's section, or the default card, see
 * card.ts), linked at the card's section or the article's top. `question` is the question as rules read it.
 */
export function answerCard(article: Article, question: string): Pick<AnswerView, 'html' | 'url' | 'anchor' | 'section'> {
  const card = chooseCard(article, question);
  if (!card.section) return { html: card.html, url: article.url, section: null };
  return { html: card.html, url: `${article.url}#${card.section.anchor}`, anchor: card.section.anchor, section: card.section };
}

/** Each article's answer message, made once: every answer about it says the same, and a cached answer keeps one copy. */
const answerMessages = new WeakMap<Article, string>();

function answerMessage(article: Article): string {
  let message = answerMessages.get(article);
  if (message === undefined) answerMessages.set(article, (message = `「${article.title}」についてご案内します。`));
  return message;
}

/** An answer: the article's card, and related articles (close alternatives first). */
export function answerBody(kb: KnowledgeBase, article: Article, question: string, confidence: number, intent: string | null, alternatives: readonly string[] = [], message?: string): Body {
  const seen = new Set<string>([article.id]);
  const relatedIds = [...alternatives, ...article.related].filter((id) => !seen.has(id) && (seen.add(id), true));
  return {
    kind: 'answer',
    intent,
    confidence,
    message: message ?? answerMessage(article),
    answer: { id: article.id, title: article.title, summary: article.summary, ...answerCard(article, question) },
    options: [],
    related: articles(kb, relatedIds).slice(0, 3).map(link),
    contact: null,
  };
}

/** Builds the response body for a decision; `intent` is the article's id when its rule decided. */
export function respond(kb: KnowledgeBase, decision: Decision, asked: { question: string; others: readonly { system: string }[]; unstated: readonly { topic: string; typed: string }[]; secrets: readonly { kind: SecretKind }[] }): Body {
  const none = { answer: null, options: [], related: [], contact: null };
  switch (decision.kind) {
    case 'answer': {
      const article = kb.byId.get(decision.id);
      if (!article) return fallbackBody(kb, [], 0);
      // A question the message asks besides is pointed to first among the related; one the sources do not state gets the contact.
      const { besides } = decision;
      const alternatives = besides?.kind === 'article' ? [besides.id, ...decision.alternatives] : decision.alternatives;
      const body = answerBody(kb, article, asked.question, round(decision.confidence), decision.reason === 'rule' ? article.id : null, alternatives);
      return besides?.kind === 'untold' ? { ...body, contact: contactOf(kb) } : body;
    }
    case 'clarify': {
      const options = articles(kb, decision.options).map((a) => ({ id: a.id, title: a.title }));
      if (options.length < 2) return fallbackBody(kb, decision.options, round(decision.confidence));
      return {
        ...none,
        kind: 'clarify',
        intent: null,
        confidence: round(decision.confidence),
        message: 'ご質問に当てはまりそうな内容がいくつかあります。近いものを選んでください。どれについてお知りになりたいですか？',
        options,
      };
    }
    case 'fallback':
      if (decision.reason === 'secret-only') return { ...fallbackBody(kb, [], 0), message: secretOnlyMessage(asked.secrets) };
      if (decision.reason === 'other-system') return { ...fallbackBody(kb, [], 0), message: otherSystemMessage(kb, asked.others.map((o) => o.system)) };
      if (decision.reason === 'unstated') return { ...fallbackBody(kb, [], 0), message: unstatedMessage(kb, asked.unstated.map(unstatedLabel)) };
      if (decision.reason === 'system-only') return { ...fallbackBody(kb, decision.related, round(decision.confidence)), message: systemOnlyMessage(kb) };
      return fallbackBody(kb, decision.related, round(decision.confidence));
  }
}

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

/**
 * Where to ask, said with every fallback. The number and the hours are not repeated here: each fallback
 * carries the contact card (fallbackBody), which shows them under the message, and on a phone the three
 * lines they took pushed the card out of sight.
 */
const CONTACT_SENTENCE = '下記のヘルプデスクに、お電話または問い合わせフォームでお問い合わせください。';

/** What a person's contact data is (a phone number, a mail address, a street address, a name): not an ID or a password. */
const CONTACT_DATA: ReadonlySet<SecretKind> = new Set(['phone', 'email', 'address', 'name']);

/**
 * The reply to a message of secrets alone. Contact data alone (「こちらの番号は 090-… です。折り返しもらえますか」) is told
 * that the chat calls and writes to no one, rather than of IDs and passwords it did not hold; the notice above it
 * (text/redact.ts) already says such data need not be typed and is kept masked.
 */
function secretOnlyMessage(secrets: readonly { kind: SecretKind }[]): string {
  if (secrets.length > 0 && secrets.every((s) => CONTACT_DATA.has(s.kind))) {
    return `このチャットから折り返しのお電話やご連絡をすることはできません。お困りのことを文章で入力していただくか、${CONTACT_SENTENCE}`;
  }
  return `IDやパスワードは入力しなくてもお答えできます。お困りのことを「KJのパスワードを忘れた」のように文章で入力してください。解決しない場合は、${CONTACT_SENTENCE}`;
}

/** Words named in a message, each once, in brackets (「（e-Tax・税の手続き、銀行）」); empty for none. */
function bracketed(words: readonly string[]): string {
  return words.length > 0 ? `（${Array.from(new Set(words)).join('、')}）` : '';
}

function otherSystemMessage(kb: KnowledgeBase, systems: readonly string[]): string {
  const which = bracketed(systems);
  return `ご質問は${kb.site.systemName}とは別のシステムや手続き${which}についてのようです。このチャットではお答えできません。${kb.site.systemName}についてのご質問でしたら、言葉を変えてもう一度お尋ねいただくか、${CONTACT_SENTENCE}`;
}

/**
 * How a topic the sources do not cover is named back: by the word typed when it is one word, with no kana
 * grammar in it (運営元, アップデート方法), else by the topic's name: a phrase read back is cut off where its
 * term ends (「住所が変わ」「何日で切れ」「土日もシステム」), a question word names nothing (「何人分」), and a Latin word
 * comes back lower-cased by normalising (「fax番号」「cpu」).
 */
function unstatedLabel(u: { topic: string; typed: string }): string {
  return /[\u3041-\u3096a-z]|何/.test(u.typed) ? u.topic : u.typed;
}

/** A topic of ours the sources do not cover: said plainly, named as `unstatedLabel` names it, and where to ask. */
function unstatedMessage(kb: KnowledgeBase, named: readonly string[]): string {
  const which = bracketed(named);
  return `申し訳ありません。${kb.site.systemName}のこの点${which}については、このチャットがご案内できる資料に情報がありません。お手数ですが、${CONTACT_SENTENCE}`;
}

/** A question about the system as a whole: no article answers it; what to ask instead, and where. */
function systemOnlyMessage(kb: KnowledgeBase): string {
  return `申し訳ありません。${kb.site.systemName}全体についての記事はありません。お困りのこと（ログイン、電子証明書、ライセンス、利用申請など）を具体的に入力してください。` +
    `解決しない場合は、${CONTACT_SENTENCE}関係がありそうな記事も下に挙げます。`;
}

/** Said above the step that follows, or comes before, the one a message named or the last answer gave. */
const nextStepMessage = (title: string) => `「${title}」の次の手順をご案内します。`;
const stepBeforeMessage = (title: string) => `「${title}」の前の手順をご案内します。`;

/**
 * The line above an answer that the conversation chose (`followed`: why it continues the last answer, that answer's
 * title, and whether the answer is that same article) or that is the step after or before the one the message named;
 * null for any other answer.
 */
export function leadMessage(followed: { why: ContinuationWhy; previousTitle: string; sameArticle: boolean } | null, decision: Decision, titleOf: (id: string) => string): string | null {
  if (followed !== null) {
    const { why, previousTitle: title } = followed;
    if (why === 'next-step') return nextStepMessage(title);
    if (why === 'step-before') return stepBeforeMessage(title);
    if (why === 'first-step') return `「${title}」の最初の手順をご案内します。`;
    if (why === 'numbered-step') return `「${title}」のうち、お尋ねの手順をご案内します。`;
    if (why === 'corrected') return `前の回答（${title}）ではなく、こちらをご案内します。`;
    if (why === 'repeated') return `前の回答（${title}）をもう一度ご案内します。`;
    if (why === 'more-detail') return `前の回答（${title}）の詳しい内容は、下の「詳しく見る」から記事全体をご覧いただけます。`;
    // Another article read as going on from the last answer is not said to be its continuation: the card below is
    // titled otherwise. Its own title stays out of the line (the widget hides a line that repeats the card's title).
    if (!followed.sameArticle) return `前の回答（${title}）に関連して、こちらをご案内します。`;
    return `前の回答（${title}）の続きとしてご案内します。`;
  }
  if (decision.kind !== 'answer') return null;
  if (decision.after) return nextStepMessage(titleOf(decision.after));
  return decision.before ? stepBeforeMessage(titleOf(decision.before)) : null;
}

/**
 * Said above the answer to the first of several questions (several-questions.ts): what else was asked, and where that
 * is answered — the contact below for a topic the sources do not state, named as `unstatedLabel` names it; another
 * article, listed first among the related, for another article's question; another system's thing, by the words that named
 * it, as not this system's.
 */
export function besidesMessage(besides: Besides, titleOf: (id: string) => string): string {
  if (besides.kind === 'article') return `もう一つのお尋ねについては「${titleOf(besides.id)}」をご覧ください（下の関連する記事から開けます）。${besides.answeredLater ? 'あと' : 'はじめ'}のお尋ねについてご案内します。`;
  if (besides.kind === 'other') {
    const named = Array.from(new Set(besides.systems.map((o) => `「${o.typed}」`))).join('、');
    return `ご質問のうち${named}については、このシステムのことではないため、ご案内できません。はじめのお尋ねについてご案内します。`;
  }
  const named = Array.from(new Set(besides.topics.map(unstatedLabel)));
  const which = named.length > 0 ? `のうち${named.map((n) => `「${n}」`).join('、')}` : 'の一部';
  // Short: the answer card follows it, and on a phone the hand-over's whole sentence pushed the card out of sight.
  return `ご質問${which}については、ご案内できる資料に情報がありません。下記のヘルプデスクにお問い合わせください。ほかのお尋ねについてご案内します。`;
}

/** Each class's members by their normalised form, per knowledge base: how a member typed is written back. */
const membersByForm = new WeakMap<KnowledgeBase, ReadonlyMap<string, ReadonlyMap<string, string>>>();

function memberForms(kb: KnowledgeBase): ReadonlyMap<string, ReadonlyMap<string, string>> {
  let forms = membersByForm.get(kb);
  if (!forms) membersByForm.set(kb, (forms = new Map(kb.classes.map((c) => [c.name, new Map(c.members.map((m) => [normalize(m), m] as const))] as const))));
  return forms;
}

/**
 * The line above an answer from article `id` when the question names members of a class whose requirement the
 * article states and that says so (`notListed` in lexicon.yaml): 「「Mac」は、PC環境の条件に挙がっていません。」. Not the
 * answer's usual line besides: the chat shows no line that names the answer's title (the card shows it), and would hide
 * this one with it. Each member is written as the lexicon writes it; one found only through a slip (its typed form is
 * no member's) is not named back, as the clerk may not have meant it. Null when none.
 */
export function notListedMessage(kb: KnowledgeBase, classes: readonly { name: string; typed: string; about: readonly string[] }[], id: string): string | null {
  const named = new Map<string, string[]>();
  for (const hit of classes) {
    const member = hit.about.includes(id) ? memberForms(kb).get(hit.name)?.get(normalize(hit.typed)) : undefined;
    if (member === undefined) continue;
    const members = named.get(hit.name) ?? [];
    if (!members.includes(member)) named.set(hit.name, [...members, member]);
  }
  const lines = kb.classes.filter((c) => c.notListed && named.has(c.name)).map((c) => c.notListed!.replace(MEMBER_SLOT, named.get(c.name)!.join('、')));
  return lines.length > 0 ? lines.join('') : null;
}

/** The fallback's two messages (without and with related articles) of each knowledge base, made once. */
const fallbackMessages = new WeakMap<KnowledgeBase, readonly [string, string]>();

function fallbackMessage(kb: KnowledgeBase, withRelated: boolean): string {
  let messages = fallbackMessages.get(kb);
  if (!messages) {
    const base =
      `申し訳ありません。このご質問にお答えできる情報が見つかりませんでした。` +
      `このチャットでは${kb.site.systemName}についてのご質問にお答えしています。` +
      `お手数ですが、${CONTACT_SENTENCE}`;
    fallbackMessages.set(kb, (messages = [base, `${base}関係がありそうな記事も下に挙げます。`]));
  }
  return messages[withRelated ? 1 : 0];
}

/** The honest hand-over: what we could not do, where to ask, and anything weakly related. */
export function fallbackBody(kb: KnowledgeBase, relatedIds: readonly string[], confidence: number): Body {
  const related = articles(kb, relatedIds).map(link);
  return {
    kind: 'fallback',
    intent: null,
    confidence,
    message: fallbackMessage(kb, related.length > 0),
    answer: null,
    options: [],
    related,
    contact: contactOf(kb),
  };
}

/**
 * A smalltalk reply, with the contact when the rule asks for it (「人と話したい」); the rule's `afterTry` reply when
 * the clerk said what they did first (`afterTry`) and the rule has one.
 */
export function smalltalkBody(kb: KnowledgeBase, rule: SmalltalkRule, afterTry = false): Body {
  return {
    kind: 'smalltalk',
    intent: null,
    confidence: 1,
    message: (afterTry && rule.afterTry) || rule.reply,
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

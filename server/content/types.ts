/**
 * The knowledge base's data model. Every part of the service (search, answer engine, pages, widget API)
 * reads content through these types; only the content pipeline creates them.
 */

/**
 * Anchor of the text before the first `##` heading (the page's title carries it as its id). Here rather than
 * in sections.ts so that the pages can use it without loading the Markdown renderer.
 */
export const INTRO_ANCHOR = 'intro';

/** The fixed list of categories. The key is the stable id used in URLs and the API; the value its label. */
export const CATEGORIES = {
  'getting-started': '導入の流れ',
  preparation: '利用開始前の確認',
  'id-password': 'ID・パスワード',
  download: 'ダウンロード・インストール',
  certificate: '電子証明書',
  application: '利用申請・ライセンス',
  operation: '運用・利用範囲',
  contact: 'お問い合わせ',
} as const;

export type CategoryId = keyof typeof CATEGORIES;

/** Article kinds follow the folder the file sits in. */
export type ArticleKind = 'faq' | 'guide';

/**
 * Rule-based intent, written by editors in an article's front matter (`intent:`).
 * Terms are matched on normalised text, after lexicon expansion.
 */
export interface IntentRule {
  /** Concept groups that must all appear; each group is a list of alternatives (any one suffices). */
  must: string[][];
  /** Terms that strengthen the match when present. */
  may: string[];
  /** Terms that veto the intent (other systems, unrelated topics). */
  not: string[];
}

/** One `##` section of an article: what a search hit points at (`/kb/<id>#<anchor>`). */
export interface Section {
  anchor: string;
  title: string;
  /** Rendered HTML of the section body (heading excluded). */
  html: string;
  /** Plain text of the section body, for indexing and snippets. */
  text: string;
}

/** The `##` section an answer card comes from. */
export interface CardSection {
  anchor: string;
  title: string;
}

/**
 * What the chat shows for an article (issue 13 §1): the direct answer and the steps, never the whole
 * article and never its title. Editors decide what goes in (see content/README.md, 「回答カード」).
 */
export interface Card {
  /** The case's section; null for the article's default card. */
  section: CardSection | null;
  /** Rendered HTML of the card's sections, headings left out. */
  html: string;
  /** Facts the card must hold word for word: the article's `keyFacts`, or for a case card the case's own. */
  keyFacts: string[];
}

/** A card for one case of an article (no security e-mail address, a temporary password, …). */
export interface CaseCard extends Card {
  section: CardSection;
  /** Word groups that select the case: every group must have a term in the question (like `intent.must`). */
  when: string[][];
}

export interface Article {
  id: string;
  kind: ArticleKind;
  title: string;
  category: CategoryId;
  summary: string;
  source: string;
  /** ISO date, YYYY-MM-DD. */
  updated: string;
  related: string[];
  /** Labelled questions, as users type them. */
  examples: string[];
  intent?: IntentRule;
  /** Facts every answer card of the article must hold word for word (screen names, numbers, names). */
  keyFacts: string[];
  /** The answer card shown when no case applies. */
  card: Card;
  /** The cases' cards, in the editor's order: the first whose words the question has is shown. */
  cases: CaseCard[];
  /** Rendered HTML of the whole body. */
  html: string;
  /** Plain text of the whole body. */
  text: string;
  sections: Section[];
  /** Path relative to the content directory, e.g. `faq/kj-password-lost.md`. */
  path: string;
  /** Public page, e.g. `/kb/kj-password-lost`. */
  url: string;
}

/** A support-site notice (お知らせ). */
export interface Notice {
  id: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  title: string;
  summary: string;
  important: boolean;
  /** Public page for the notice, when one exists. */
  url: string;
}

/** Helpdesk contact and official names: nothing else in the code hard-codes these. */
export interface Site {
  systemName: string;
  supportSiteName: string;
  supportSiteUrl: string;
  faqUrl: string;
  helpdesk: {
    name: string;
    phone: string;
    hours: string;
    formUrl: string;
    formLabel: string;
  };
}

/** Colloquial and variant words mapped to the official term. */
export interface LexiconEntry {
  term: string;
  variants: string[];
}

/**
 * A concept class of the lexicon (`classes:` in lexicon.yaml): a kind of thing (OS, browser, device …)
 * whose requirement an article states. A question naming any member is a hint for those articles.
 */
export interface ConceptClass {
  name: string;
  /** The articles' own word for the class, added to a question that names a member. */
  term: string;
  /** Ids of the articles that state the class's requirement. */
  about: string[];
  members: string[];
  /**
   * The line said above an answer from an `about` article when the question names a member (`notListed:`):
   * the member is not among what the article states (「「{member}」は、…挙がっていません。」). `{member}` is the
   * member as typed. Absent for a class whose members the article does not exclude (office structures).
   */
  notListed?: string;
}

/** Systems, sites and things that share our words but are not this system (other-systems.yaml). */
export interface OtherSystems {
  systems: { name: string; terms: string[] }[];
  /** Words that name this system only: a question holding one may still be ours. */
  ours: string[];
  /**
   * Topics about this system that the sources do not cover (its operator, uptake, reputation, future
   * plans …): a question naming one gets no article, even when it names the system, but the helpdesk.
   */
  unstated: { name: string; terms: string[] }[];
  /**
   * Everyday words that the lexicon reads as a word of `ours` (申し込み for 利用申請): they make a question that names another
   * system no less that system's (「更新研修を受講する時期です。申込の方法を…」). Optional; none when absent.
   */
  everyday?: string[];
}

/** Greetings, thanks, "talk to a person": answered without the search index. */
export interface SmalltalkRule {
  id: string;
  patterns: string[];
  reply: string;
  /** Show the helpdesk contact with the reply. */
  contact: boolean;
  /**
   * Reply only when the message is nothing but the patterns (「わからない」 alone, not 「KJのIDがわからない」):
   * for words that are also how real questions end.
   */
  alone: boolean;
  /**
   * The reply instead of `reply` when, after an answer, the clerk says what they did and then the pattern
   * (「西暦にしたのに動かへん」): the answer did not help. Only for a rule that hands over (`contact` and `alone`).
   */
  afterTry?: string;
}

export interface KnowledgeBase {
  articles: Article[];
  byId: Map<string, Article>;
  notices: Notice[];
  site: Site;
  lexicon: LexiconEntry[];
  /** Concept classes of the lexicon (empty when lexicon.yaml has none). */
  classes: ConceptClass[];
  /**
   * Words of a message's background that name no subject (`neutral:` in lexicon.yaml: 今年, 私, お世話): a
   * question holding one is not taken for a question about something no article covers. Empty when none.
   */
  neutral: string[];
  /** Other systems (empty when other-systems.yaml is absent). */
  otherSystems: OtherSystems;
  /** Generated readings of words with kanji (lexicon-readings.yaml, `npm run readings`; empty when absent). */
  readings: Map<string, string>;
  /**
   * Generated readings of the intent rules' terms with kanji (lexicon-readings.yaml `rules:`; empty when absent): a rule
   * matches a term typed in hiragana too (「つかえる」 for 使える). Kept apart from `readings`, which the analysis reads.
   */
  ruleReadings: Map<string, string>;
  smalltalk: SmalltalkRule[];
  /** Suggested questions for the widget's chips, chosen by editors. */
  suggestions: string[];
  /**
   * The answer model to use instead of the committed one (server/answer/model-params.json): the
   * evaluation asks each cross-validation fold with the model fitted without it. Unset in service.
   */
  answerModel?: { mean: number[]; scale: number[]; weights: number[]; bias: number };
}

/** A problem found by the content checks, printed as `path:line: message`. */
export interface ContentProblem {
  path: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

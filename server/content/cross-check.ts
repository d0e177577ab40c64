/**
 * Step 3d: checks across articles — duplicate ids, `related` and in-body links to missing articles or
 * anchors, the same example under two articles, and stale `updated` dates (a warning).
 */
import type { ContentProblem } from './types.ts';
import type { YamlPath } from './front-matter.ts';
import type { ArticleMeta } from './validate.ts';
import type { Link } from './render.ts';

/** An article that passed its own checks, with what the cross checks need. */
export interface CheckedArticle {
  meta: ArticleMeta;
  path: string;
  lineOf(path: YamlPath): number;
  bodyLine: number;
  links: Link[];
  anchors: Set<string>;
}

const DAY_MS = 86_400_000;
/** Link forms that leave the knowledge base and are not checked here. */
const OUTSIDE = /^(https?:\/\/|mailto:|tel:)/i;
const KB_LINK = /^\/kb\/?([^#?]*?)\/?(?:#(.*))?$/;

/** Percent-decoding that never throws on a malformed link. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function error(problems: ContentProblem[], path: string, line: number, message: string): void {
  problems.push({ path, line, message, severity: 'error' });
}

/**
 * Reports a second article with an id already taken.
 * @returns the articles with unique ids (the first of each id wins).
 */
export function checkDuplicateIds<T extends CheckedArticle>(articles: T[], problems: ContentProblem[]): T[] {
  const seen = new Map<string, T>();
  return articles.filter((a) => {
    const first = seen.get(a.meta.id);
    if (!first) return Boolean(seen.set(a.meta.id, a));
    error(problems, a.path, a.lineOf(['id']), `duplicate id "${a.meta.id}": also used by ${first.path}`);
    return false;
  });
}

/**
 * Link targets: every article file's id with its anchors, including files that failed their own checks
 * (null anchors when the file could not be read at all), so one broken file does not make every link
 * to it look broken too.
 */
export type LinkTargets = Map<string, Set<string> | null>;

/** Reports `related` ids and `/kb/…` or `#…` links that point at no article or no anchor. */
export function checkReferences(articles: CheckedArticle[], targets: LinkTargets, problems: ContentProblem[]): void {
  for (const a of articles) {
    a.meta.related.forEach((id, i) => {
      if (id === a.meta.id) error(problems, a.path, a.lineOf(['related', i]), '"related" lists the article itself');
      else if (!targets.has(id)) error(problems, a.path, a.lineOf(['related', i]), `related article "${id}" does not exist`);
    });
    for (const { href, line } of a.links) {
      const at = a.bodyLine + line;
      if (OUTSIDE.test(href)) continue;
      if (href.startsWith('#')) {
        const anchor = decode(href.slice(1));
        if (!a.anchors.has(anchor)) error(problems, a.path, at, `link "${href}" points to a missing anchor "${anchor}" in this article`);
        continue;
      }
      const m = KB_LINK.exec(href);
      if (!m) {
        error(problems, a.path, at, `link "${href}" must start with "/kb/", "#", "https://", "mailto:" or "tel:"`);
        continue;
      }
      const [, id, anchor] = m;
      if (!id) continue; // the index page, /kb/
      const anchors = targets.get(id);
      if (anchors === undefined) error(problems, a.path, at, `link "${href}" points to a missing article "${id}"`);
      else if (anchor && anchors && !anchors.has(decode(anchor))) {
        error(problems, a.path, at, `link "${href}" points to a missing anchor "${anchor}" in "${id}"`);
      }
    }
  }
}

/** The form under which two examples count as the same question: NFKC, lower case, no spaces. */
export function exampleKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Reports an example that another article (or the same one) already has. */
export function checkExamples(articles: CheckedArticle[], problems: ContentProblem[]): void {
  const seen = new Map<string, { article: CheckedArticle; line: number }>();
  for (const a of articles) {
    a.meta.examples.forEach((example, i) => {
      const key = exampleKey(example);
      const line = a.lineOf(['examples', i]);
      const first = seen.get(key);
      if (!first) return void seen.set(key, { article: a, line });
      const where = first.article === a ? `appears twice (also on line ${first.line})` : `is also under ${first.article.path}:${first.line}`;
      error(problems, a.path, line, `example "${example}" ${where}`);
    });
  }
}

/** Warns about articles whose `updated` is more than `staleDays` days before `today`. */
export function checkStale(articles: CheckedArticle[], problems: ContentProblem[], staleDays: number, today: Date): void {
  for (const a of articles) {
    const age = Math.floor((today.getTime() - Date.parse(`${a.meta.updated}T00:00:00Z`)) / DAY_MS);
    if (age <= staleDays) continue;
    problems.push({
      path: a.path,
      line: a.lineOf(['updated']),
      message: `"updated" is ${a.meta.updated}, more than ${staleDays} days ago: check that the article is still correct`,
      severity: 'warning',
    });
  }
}

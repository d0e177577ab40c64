/**
 * The content pipeline: load (the only file-system step) → front matter → validate → render → split into
 * sections → answer cards → one KnowledgeBase. `buildKnowledgeBase` is pure; `loadKnowledgeBase` adds the
 * reading.
 */
import { DEFAULT_CONFIG } from '../config.ts';
import type { Article, ArticleKind, ContentProblem, KnowledgeBase, Notice, Site } from './types.ts';
import { DATA_FILES, loadContentFiles, type ContentFile } from './load.ts';
import { isSyntaxProblem, parseFrontMatter, parseYaml } from './front-matter.ts';
import type { FieldContext } from './fields.ts';
import { validateArticle } from './validate.ts';
import { validateLexicon, validateNotice, validateSite, validateSmalltalk, validateSuggestions } from './validate-data.ts';
import { checkBody } from './check-body.ts';
import { readVocabulary } from './vocabulary-data.ts';
import { collectLinks, parseMarkdown, renderTokens } from './render.ts';
import { plainText, splitSections } from './sections.ts';
import { checkDuplicateIds, checkExamples, checkReferences, checkStale, type CheckedArticle, type LinkTargets } from './cross-check.ts';
import { buildCards } from './card.ts';
import { checkCards } from './check-card.ts';
import { checkWording, validateWording } from './wording.ts';

/** Options of the pipeline; defaults merged in `buildKnowledgeBase`. */
export interface PipelineOptions {
  /** Warn when an article's `updated` is older than this many days (default: config `staleDays`, 365). */
  staleDays?: number;
  /** "Now" for the staleness check (tests pin it). */
  today?: Date;
}

export interface PipelineResult {
  /** The knowledge base, or null when any problem is an error. */
  kb: KnowledgeBase | null;
  /** Errors and warnings, sorted by path and line; paths relative to the content folder. */
  problems: ContentProblem[];
}

const KINDS: Record<string, ArticleKind> = { faq: 'faq', guides: 'guide' };

type Built = CheckedArticle & { article: Article };

function fileContext(path: string, problems: ContentProblem[]): FieldContext {
  return { path, lineOf: () => 1, problems };
}

/** Records a problem that stops a file from being built. */
function fail(problems: ContentProblem[], problem: ContentProblem): null {
  problems.push(problem);
  return null;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '');
}

function buildArticle(file: ContentFile, kind: ArticleKind, site: Site | null, problems: ContentProblem[], targets: LinkTargets): Built | null {
  const fm = parseFrontMatter(file.text);
  targets.set(baseName(file.path), null);
  if (isSyntaxProblem(fm)) return fail(problems, { path: file.path, ...fm, severity: 'error' });
  const ctx = { ...fileContext(file.path, problems), lineOf: fm.lineOf };
  const meta = validateArticle(ctx, fm.data, baseName(file.path));
  const tokens = parseMarkdown(fm.body, { site });
  const before = problems.length;
  const anchors = checkBody(file.path, fm.bodyLine, tokens, problems);
  // A body whose sections are broken cannot make cards: their problems would only repeat the body's.
  const bodyOk = problems.length === before;
  targets.set(baseName(file.path), anchors);
  if (!meta) return null;
  const sections = splitSections(tokens, meta.title);
  const cards = buildCards(sections, meta);
  if (bodyOk) checkCards({ path: file.path, bodyLine: fm.bodyLine, lineOf: fm.lineOf, tokens, sections, fields: meta, ...cards }, problems);
  // What the card fields name (sections, case words) lives on in the built cards.
  const { cardSections: _sections, cases: _cases, ...fields } = meta;
  const article: Article = {
    ...fields, ...cards, kind, html: renderTokens(tokens), text: plainText(tokens), sections, path: file.path, url: `/kb/${meta.id}`,
  };
  return { meta, path: file.path, lineOf: fm.lineOf, bodyLine: fm.bodyLine, links: collectLinks(tokens), anchors, article };
}

function buildNotice(file: ContentFile, problems: ContentProblem[]): Notice | null {
  const fm = parseFrontMatter(file.text);
  if (isSyntaxProblem(fm)) return fail(problems, { path: file.path, ...fm, severity: 'error' });
  const meta = validateNotice({ ...fileContext(file.path, problems), lineOf: fm.lineOf }, fm.data, baseName(file.path));
  // Notices are listed on the index page, each under its own anchor.
  return meta && { ...meta, url: `/kb/#notice-${meta.id}` };
}

function readData<T>(files: ContentFile[], name: string, problems: ContentProblem[], check: (ctx: FieldContext, data: unknown) => T | null): T | null {
  const file = files.find((f) => f.path === name);
  if (!file) return fail(problems, { path: name, line: 1, message: `missing file: ${name} is required`, severity: 'error' });
  const parsed = parseYaml(file.text.replace(/^\uFEFF/, ''));
  if (isSyntaxProblem(parsed)) return fail(problems, { path: name, ...parsed, severity: 'error' });
  return check({ ...fileContext(name, problems), lineOf: parsed.lineOf }, parsed.data);
}

/**
 * Builds the knowledge base from content files (see `loadContentFiles`). Pure: no file system, no clock
 * unless `options.today` is left out.
 */
export function buildKnowledgeBase(files: ContentFile[], options: PipelineOptions = {}): PipelineResult {
  const { staleDays, today } = { staleDays: DEFAULT_CONFIG.staleDays, today: new Date(), ...options };
  const problems: ContentProblem[] = [];
  const built: Built[] = [];
  const notices: Notice[] = [];
  const targets: LinkTargets = new Map();
  const [siteFile, lexiconFile, smalltalkFile, suggestionsFile, wordingFile] = DATA_FILES;
  // The site first: articles' placeholders ({{helpdesk}}) are filled from it.
  const site = readData(files, siteFile, problems, validateSite);
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const folder = file.path.split('/')[0];
    if (KINDS[folder] && file.path.endsWith('.md')) {
      const b = buildArticle(file, KINDS[folder], site, problems, targets);
      if (b) built.push(b);
    } else if (folder === 'notices' && file.path.endsWith('.md')) {
      const n = buildNotice(file, problems);
      if (n) notices.push(n);
    }
  }
  if (!files.some((f) => KINDS[f.path.split('/')[0]])) {
    problems.push({ path: 'faq', line: 1, message: 'no articles: add Markdown files under faq/ or guides/', severity: 'error' });
  }
  const unique = checkDuplicateIds(built, problems);
  checkReferences(unique, targets, problems);
  checkExamples(unique, problems);
  checkStale(unique, problems, staleDays, today);
  const lexicon = readData(files, lexiconFile, problems, validateLexicon);
  const smalltalk = readData(files, smalltalkFile, problems, validateSmalltalk);
  const suggestions = readData(files, suggestionsFile, problems, validateSuggestions);
  const wording = readData(files, wordingFile, problems, validateWording);
  if (wording) checkWording(files, wording, problems);
  const vocabulary = readVocabulary(files, problems, new Set(unique.map((b) => b.meta.id)));
  problems.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  if (problems.some((p) => p.severity === 'error') || !site || !lexicon || !smalltalk || !suggestions || !wording || !vocabulary) return { kb: null, problems };
  const articles = unique.map((b) => b.article);
  notices.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return { kb: { articles, byId: new Map(articles.map((a) => [a.id, a])), notices, site, lexicon, ...vocabulary, smalltalk, suggestions }, problems };
}

/**
 * Reads and checks a content folder.
 * @returns `kb` null when it cannot be built; problems with paths relative to `dir`.
 */
export async function loadKnowledgeBase(dir: string, options: PipelineOptions = {}): Promise<PipelineResult> {
  return buildKnowledgeBase(await loadContentFiles(dir), options);
}

/**
 * Step 2: split a Markdown file into YAML front matter and body, and parse YAML while keeping the line
 * of every key and list item, so a problem can point at `path:line`.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A path into parsed YAML: map keys and list indexes, e.g. `['intent', 'must', 0]`. */
export type YamlPath = (string | number)[];

/** Parsed YAML plus a way to find the file line of any key or item. */
export interface ParsedYaml {
  data: unknown;
  /** File line (1-based) of the deepest node found along `path`; a map key's own line for keys. */
  lineOf(path: YamlPath): number;
}

/** A problem found while splitting or parsing, with its file line. */
export interface SyntaxProblem {
  line: number;
  message: string;
}

export interface FrontMatter extends ParsedYaml {
  body: string;
  /** File line (1-based) of the body's first line. */
  bodyLine: number;
}

/** Removes a byte-order mark and Windows line ends so offsets and lines are predictable. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * yaml finds an unclosed quote only at the end of the text; the opening quote (the last one before
 * that point) is where the editor has to look.
 */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  if (code !== 'MISSING_CHAR' || !/quote/.test(message)) return offset;
  const open = text.lastIndexOf(message.includes('"quote') ? '"' : "'", offset);
  return open >= 0 ? open : offset;
}

/**
 * Parses YAML text. `firstLine` is the file line of the text's first line (2 inside front matter).
 * @returns the data and a line finder, or the first syntax problem.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml | SyntaxProblem {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const first = doc.errors[0];
  if (first) {
    // yaml's messages carry no location when prettyErrors is off; the line comes from the offset.
    const message = first.message.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '');
    // The commonest slip in Japanese text: a value holding ": " (注意: …) reads as a nested key.
    const hint = first.code === 'BLOCK_AS_IMPLICIT_KEY' || /Nested mappings/.test(message) ? ' (put text containing ": " in quotes)' : '';
    return { line: toLine(errorOffset(text, first.code, message, first.pos[0])), message: `YAML syntax error: ${message}${hint}` };
  }
  const lineOf = (path: YamlPath): number => {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? toLine((node as Node).range![0]) : firstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = toLine(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = toLine(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
  return { data: doc.toJS({ maxAliasCount: 50 }), lineOf };
}

/** True when a parse result is a problem rather than data. */
export function isSyntaxProblem(x: ParsedYaml | FrontMatter | SyntaxProblem): x is SyntaxProblem {
  return 'message' in x;
}

/**
 * Splits `---` front matter from the body and parses it.
 * @returns front matter data, line finder, body and the body's first file line; or a problem.
 */
export function parseFrontMatter(text: string): FrontMatter | SyntaxProblem {
  const lines = normaliseText(text).split('\n');
  if (lines[0]?.trim() !== '---') {
    return { line: 1, message: 'missing front matter: the file must start with a "---" line' };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) return { line: 1, message: 'front matter is not closed: add a "---" line after it' };
  const parsed = parseYaml(lines.slice(1, close).join('\n'), 2);
  if (isSyntaxProblem(parsed)) return parsed;
  return { ...parsed, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

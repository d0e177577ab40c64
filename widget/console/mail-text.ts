/**
 * 「回答をコピー」: an article as plain text ready to paste into a mail — title, summary, the body with its
 * numbered steps kept as numbers, absolute links, and the helpdesk contact at the foot. The HTML comes from
 * our own Markdown renderer (raw HTML off), so a small tag walker is enough and needs no DOM.
 */
import type { ArticleView, Contact } from './api.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the entities our renderer emits (named basics and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface ListState {
  ordered: boolean;
  n: number;
}

/**
 * Turns rendered article HTML into plain text: headings as 「■ 見出し」, ordered lists numbered, bullets as
 * 「・」, nested lists indented, links as 「text（absolute URL）」 — or 「text：URL」 inside brackets already
 * open, so a mail never nests brackets — and table cells separated by 「 | 」.
 */
export function htmlToText(html: string, origin: string): string {
  const lines: string[] = [];
  let line = '';
  const lists: ListState[] = [];
  let href: string | null = null;
  let linkText = '';
  const flush = () => {
    if (line.trim()) lines.push(line.replace(/( \| )+$/, '').replace(/\s+$/, ''));
    line = '';
  };
  const blank = () => {
    flush();
    if (lines.length && lines[lines.length - 1] !== '') lines.push('');
  };
  const write = (text: string) => {
    if (href !== null) linkText += text;
    else line += text;
  };

  for (const [token] of html.matchAll(/<[^>]*>|[^<]+/g)) {
    if (token[0] !== '<') {
      // Source line breaks inside a paragraph are not meaningful in HTML.
      write(decodeEntities(token.replace(/\s*\n\s*/g, line || linkText ? ' ' : '')));
      continue;
    }
    const m = /^<(\/?)([a-z0-9]+)([^>]*)>$/i.exec(token);
    if (!m) continue;
    const [, closing, rawTag, attrs] = m;
    const tag = rawTag!.toLowerCase();
    if (tag === 'a') {
      if (!closing) {
        href = /href="([^"]*)"/.exec(attrs!)?.[1] ?? '';
        linkText = '';
      } else if (href !== null) {
        const url = absoluteUrl(decodeEntities(href), origin);
        const text = linkText.trim();
        href = null;
        line += url && url !== text ? (insideBrackets(line) ? `${text}：${url}` : `${text}（${url}）`) : text;
      }
      continue;
    }
    if (/^h[1-6]$/.test(tag)) {
      if (closing) blank();
      else {
        blank();
        line = '■ ';
      }
    } else if (tag === 'p' || tag === 'blockquote' || tag === 'pre' || tag === 'table') {
      if (closing || lists.length === 0) blank();
    } else if (tag === 'ol' || tag === 'ul') {
      if (closing) {
        lists.pop();
        if (lists.length === 0) blank();
      } else {
        if (lists.length === 0) blank();
        else flush();
        const start = Number(/start="(\d+)"/.exec(attrs!)?.[1] ?? 1);
        lists.push({ ordered: tag === 'ol', n: start - 1 });
      }
    } else if (tag === 'li') {
      flush();
      if (!closing) {
        const list = lists[lists.length - 1];
        const indent = '　'.repeat(Math.max(0, lists.length - 1));
        if (list?.ordered) line = `${indent}${++list.n}. `;
        else line = `${indent}・`;
      }
    } else if (tag === 'br') {
      flush();
    } else if (tag === 'tr') {
      flush();
    } else if ((tag === 'td' || tag === 'th') && closing) {
      line += ' | ';
    }
  }
  flush();
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** Whether a full-width bracket opened on this line is still open (a link there must not add another). */
export function insideBrackets(line: string): boolean {
  let depth = 0;
  for (const c of line) depth += c === '（' ? 1 : c === '）' ? -1 : 0;
  return depth > 0;
}

function absoluteUrl(href: string, origin: string): string {
  if (!href) return '';
  if (href.startsWith('#')) return '';
  try {
    return new URL(href, origin).toString();
  } catch {
    return href;
  }
}

/** The whole mail text for an article: title, summary, body, link to the page, helpdesk contact. */
export function composeMailText(article: Pick<ArticleView, 'title' | 'summary' | 'html' | 'url'>, contact: Contact | null, origin: string): string {
  const parts = [`【${article.title}】`, article.summary, '', htmlToText(article.html, origin), '', `詳しくはこちらをご覧ください: ${new URL(article.url, origin).toString()}`];
  if (contact) {
    parts.push(
      '',
      '――――――――――',
      'ご不明な点はヘルプデスクへお問い合わせください。',
      // The hours carry their own brackets (「9:00～17:00（土日祝日は除く）」): a line of their own.
      `電話: ${contact.phone}`,
      `受付時間: ${contact.hours}`,
      `お問い合わせフォーム: ${contact.formUrl}`,
    );
  }
  return parts.join('\n');
}

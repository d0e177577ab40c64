/**
 * Search snippets arrive as server-escaped HTML with <mark>. Before rendering them as HTML, every `<`
 * that does not open or close a plain <mark> is escaped, so even a faulty server cannot inject markup.
 */
export function safeSnippet(html: string): string {
  return html.replace(/<(?!\/?mark>)/g, '&lt;');
}

/**
 * Printed pages keep their links: the print stylesheet writes each link's address after its text. External
 * links carry a full URL already; links inside the site are root-relative, so they get a `data-print-url`
 * with the address the reader's browser used (the request's origin), which is what a printout should show.
 */
import { escapeHtml } from './escape.ts';

/** A host header we print as is: name or address and port only (anything else prints no origin). */
const PLAIN_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** `http://host:port` of a request, or '' when the host header is not a plain host. */
export function requestOrigin(protocol: string, host: string): string {
  return (protocol === 'http' || protocol === 'https') && PLAIN_HOST.test(host) ? `${protocol}://${host}` : '';
}

/**
 * Adds `data-print-url="<origin><path>"` to every `<a href="/…">` of a rendered page, and `data-bare-url` to
 * an external link whose text is its address already (printed once, not twice). The pages' HTML is our own
 * (templates and markdown-it with raw HTML off), so the attribute order `<a href="…"` is known.
 */
export function withPrintUrls(page: string, origin: string): string {
  const base = escapeHtml(origin);
  const local = origin ? page.replace(/<a href="(\/(?!\/)[^"]*)"/g, (_m, href: string) => `<a href="${href}" data-print-url="${base}${href}"`) : page;
  return local.replace(/<a href="(https?:\/\/[^"]*)"([^>]*)>\1<\/a>/g, '<a href="$1" data-bare-url$2>$1</a>');
}

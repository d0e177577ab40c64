/**
 * A site pointed at by the last answer. After an answer that names one site (「利用申請が完了しているかどうか…」 names the
 * 利用状況WEBサイト), 「そのサイトってどこにログインすればいいの？」 asks about that site: read with its name in place of the
 * pointing words, the message is the question it is (the application, which says how to log in there), where read as
 * typed its login drew the client app's (start at 0.84).
 */
import type { QueryAnalysis } from './analysis.ts';

/**
 * Words pointing at a site or a page (「そのサイト」「そこのページ」「あのシステム」), as typed or folded, or at the place the last
 * answer named (「そこにログインするのは何のID」「そこで確認できる？」).
 */
const POINTS_AT_SITE = /(?:その|そこの|そっちの|そちらの|あの|例の)\s*(?:サイト|さいと|ページ|ぺーじ|ホームページ|ほーむぺーじ|HP|システム|しすてむ)|そこ(?=[にへで])/;
/** A term that names a site (folded: サイト → さいと, システム → しすてむ). */
const SITE_TERM = /(?:さいと|しすてむ)$/;

/**
 * The one site an article's title and summary name (`analysis`, of both): a term of ours that ends
 * in サイト or システム, other than the system's own name (`systemTerm`), written as the vocabulary writes it (normalised,
 * katakana kept); null when they name none or several.
 */
export function siteNamed(analysis: QueryAnalysis, systemTerm: string): string | null {
  const sites = new Map<string, string>();
  for (const w of analysis.words) {
    for (const m of w.meanings) if (m.kind === 'term' && m.term !== systemTerm && SITE_TERM.test(m.term)) sites.set(m.term, m.written);
  }
  return sites.size === 1 ? [...sites.values()][0]! : null;
}

/**
 * Asks what is shown or written there (「そこに何て出てたらOKなの」): the last answer's screen, which that answer tells of, not
 * the site as a whole (the application's guide, titled after the site, drew it).
 */
const ASKS_WHAT_SHOWN = /(?:何|なん|なに)(?:て|と|が|って)?(?:出|で|表示|書いて|かいて)/;

/** The message with the words pointing at a site replaced by `site`'s name; null when it points at none or asks what is shown there. */
export function referToSite(message: string, site: string): string | null {
  if (ASKS_WHAT_SHOWN.test(message)) return null;
  const referred = message.replace(POINTS_AT_SITE, site);
  return referred === message ? null : referred;
}

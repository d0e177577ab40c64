/**
 * Finds IDs, contact data and passwords in what a user typed, as spans of the ORIGINAL text, so the caller
 * can mask them (redact.ts) or warn the user (notices). Matching runs on a width-folded copy of the text
 * that has the same length as the original (full-width ＫＪ０８ → KJ08 character for character), which is
 * why this module does its own folding instead of NFKC (NFKC may change the length).
 */

export type SecretKind =
  | 'password' // a value after 「パスワードは…」, or a password-like token
  | 'kj-id' // KJ + 12 digits
  | 'kj-id-malformed' // KJ + a digit run of the wrong length
  | 'personal-id' // c-prefixed personal user ID
  | 'office-number' // 10-digit care-office number
  | 'phone'
  | 'email'
  | 'long-number'; // any other run of 8+ digits (an ID typed without its prefix)

export interface SecretSpan {
  kind: SecretKind;
  start: number;
  end: number;
  /** The matched text after width folding (ＫＪ → KJ). */
  text: string;
  /** For KJ-like IDs: how many digits followed "KJ". */
  digits?: number;
}

/** Folds full-width ASCII, the ideographic space and dash variants to ASCII, one code unit for one. */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length !== 1) out += ch; // astral characters keep their two code units
    else if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2212) out += '-';
    else out += ch;
  }
  // The long-vowel marks ー ｰ are typed for hyphens inside numbers (0120ー584ー708); only there.
  return out.replace(/(?<=\d)[ーｰ―](?=\d)/g, '-');
}

// Words that introduce a password value: 「パスワードは abc123」「PW: xyz」「暗証番号＝1234」.
// The value must not run into 年/文字/桁…: 「パスワードは2024年に変えた」「8文字以上」 are not secrets.
const PASSWORD_CONTEXT =
  /(?:パスワード|ぱすわーど|ﾊﾟｽﾜｰﾄﾞ|パスワ-ド|パスワ―ド|暗証番号|(?<![ァ-ヶーｦ-ﾟ])(?:パス|ぱす|ﾊﾟｽ)|(?<![A-Za-z])(?:password|passwd|pass|pw))\s*(?:は|が|を|:|=|→|->)\s*["'「『]?([\x21-\x7e]{3,64})(?![\x21-\x7e年月日文字桁回時分秒ヶか])/gi;
const KJ_ID = /(?<![A-Za-z0-9])KJ[ -]?(\d(?:[\d -]*\d)?)(?![0-9])/gi;
const PERSONAL_ID = /(?<![A-Za-z0-9])c[ -]?\d{6,20}(?![0-9])/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE_HYPHEN = /(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])/g;
const PHONE_PLAIN = /(?<!\d)0\d{10}(?!\d)/g; // 11 digits from 0: mobiles and 0120 numbers without hyphens
const OFFICE_NUMBER = /(?<!\d)\d{10}(?!\d)/g;
const LONG_NUMBER = /(?<!\d)\d{8,}(?!\d)/g;
const TOKEN = /[\x21-\x7e]+/g;

/** A token that looks like a password even without 「パスワードは」: letters and digits mixed, 8+ characters. */
function looksLikePassword(token: string): boolean {
  const t = token.replace(/^[("'「]+|[)"'」.,!?。、]+$/g, '');
  if (t.length < 8 || t.length > 64) return false;
  if (!/[A-Za-z]/.test(t) || !/\d/.test(t)) return false;
  if (/^(?:https?:|www\.)/i.test(t) || t.includes('@') || t.includes('/')) return false;
  // A word with a version number (Windows11, Edge2024) or a dotted version (1.2.0) is not a secret.
  if (/^[A-Z]?[a-z]+[-_ ]?\d{1,4}$/.test(t) || /^[A-Za-z]*\d+(?:\.\d+)+$/.test(t)) return false;
  return true;
}

function overlaps(spans: SecretSpan[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

function collect(spans: SecretSpan[], folded: string, re: RegExp, kind: SecretKind, group = 0): void {
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const value = m[group];
    const start = m.index + (group === 0 ? 0 : m[0].lastIndexOf(value));
    const end = start + value.length;
    if (overlaps(spans, start, end)) continue;
    spans.push({ kind, start, end, text: value });
  }
}

/**
 * Finds every ID, contact datum and password-like string in `text`.
 * Spans never overlap; earlier kinds win (a password written as 「パスワードは KJ…」 is a password).
 * @returns spans sorted by position, with offsets into the original `text`.
 */
export function findSecrets(text: string): SecretSpan[] {
  const folded = foldWidth(text);
  const spans: SecretSpan[] = [];
  collect(spans, folded, PASSWORD_CONTEXT, 'password', 1);
  collect(spans, folded, EMAIL, 'email');
  KJ_ID.lastIndex = 0;
  for (let m = KJ_ID.exec(folded); m; m = KJ_ID.exec(folded)) {
    const digits = m[1].replace(/[ -]/g, '').length;
    // Fewer than 4 digits is not an attempt at an ID (「KJ 2つ」).
    if (digits < 4 || overlaps(spans, m.index, m.index + m[0].length)) continue;
    const kind: SecretKind = digits === 12 ? 'kj-id' : 'kj-id-malformed';
    spans.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0], digits });
  }
  collect(spans, folded, PERSONAL_ID, 'personal-id');
  collect(spans, folded, PHONE_HYPHEN, 'phone');
  collect(spans, folded, PHONE_PLAIN, 'phone');
  collect(spans, folded, OFFICE_NUMBER, 'office-number');
  collect(spans, folded, LONG_NUMBER, 'long-number');
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) {
    const end = m.index + m[0].length;
    if (!overlaps(spans, m.index, end) && looksLikePassword(m[0])) {
      spans.push({ kind: 'password', start: m.index, end, text: m[0] });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

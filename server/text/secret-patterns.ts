/**
 * The recognisers behind `findSecrets` (redact.ts), one per way of writing a secret, in the order they
 * run: earlier ones win, and what they find is blanked before the next one looks. Each works on the
 * width-folded text (ＫＪ → KJ, ＠ → @, （ → (, 0120ー584 → 0120-584), so full-width needs no patterns of
 * its own. Used only by redact.ts.
 */
import type { SecretKind, SecretSpan } from './redact.ts';
import { findAddresses } from './address-patterns.ts';
import { findNames, MAY_GIVE_NAME } from './name-patterns.ts';

/** Finds spans of one kind in the (folded, partly blanked) working text. */
export type Recogniser = (work: string) => SecretSpan[];

/**
 * Numbers only a business can hold — toll-free 0120 / 0800 and navi-dial 0570 — are published for anyone to
 * call: not personal data. A user asking about the helpdesk's own 0120 number (or a software vendor's)
 * gets no notice, and the insights keep the number readable. Only as written with the prefix on its own
 * (0120-584-708, 0120(584)708): run together, 08001234567 may be a mobile (080-0123-4567) and 0120123456
 * an office number.
 */
export function isBusinessNumber(written: string): boolean {
  return /^\(?(?:0120|0570)\)?[ .()-]{1,2}\d{3}[ .()-]{1,2}\d{3}$|^\(?0800\)?[ .()-]{1,2}\d{3}[ .()-]{1,2}\d{4}$/.test(written);
}

const span = (kind: SecretKind, start: number, text: string, digits?: number): SecretSpan => ({
  kind, start, end: start + text.length, text, ...(digits === undefined ? {} : { digits }),
});

function scan(work: string, re: RegExp, take: (m: RegExpExecArray) => SecretSpan | null): SecretSpan[] {
  const out: SecretSpan[] = [];
  for (const m of work.matchAll(re)) {
    const found = take(m);
    if (found) out.push(found);
  }
  return out;
}

// --- Passwords next to a word for "password" -----------------------------------------------------------

// The Latin words count only as words of their own (「ID/PW:」), not inside a password (「a0&pw*x」).
const CUE = String.raw`(?:パスワード|ぱすわーど|ﾊﾟｽﾜｰﾄﾞ|パスワ-ド|パスワ―ド|暗証番号|(?<![ァ-ヶーｦ-ﾟ])(?:パス|ﾊﾟｽ)(?![ァ-ヶーｦ-ﾟ])|(?<![\w!#$%&*+=?@^~.-])(?:password|passwd|pass|pwd|pw)(?![A-Za-z@.]))`;
// 「パスワードは abc」「パスワードは、abc」「パスワード：abc」「パスワード abc」「パスワードabc」
const AFTER_CUE = String.raw`(?:\s*(?:は|が|を|も|って|とは|:|=|→|->))?\s*[、,:]?\s*`;
const BRACKETED = String.raw`[「『"'(\[【<“‘]([^「」『』"'()\[\]【】<>“”‘’\n]{1,64})[」』"')\]】>”’]`;
// Letters typed with the IME on come out as kana: 「さくら123」 for sakura123.
const KANA_THEN_DIGIT = String.raw`[ぁ-ゖァ-ヺー]{1,10}\d[\x21-\x7e]*`;
// A password split by a space: 「abcd 1234」.
const ASCII_CHUNKS = String.raw`[\x21-\x7e]+(?: [\x21-\x7e]+){0,3}`;
const AFTER = new RegExp(`${CUE}${AFTER_CUE}(?:${BRACKETED}|(${KANA_THEN_DIGIT}|${ASCII_CHUNKS}))`, 'gi');
const BEFORE = new RegExp(String.raw`(?<![\x21-\x7e])([\x21-\x7e]{3,64})\s*(?:が|は|って|という|っていう)\s*(?:仮|新しい|新|今の)?${CUE}`, 'gi');

/** Words that follow 「パスワード」 without being one (「パスワードはPCに保存」「パスワード/ID」), products
 * whose version is not a password (Windows11), and other services the password is compared with (「そのパスワードってe-Taxでも…」). */
const NOT_PASSWORDS = new Set(
  ('id pw pwd pass password kj pc ok ng web www pdf url dx os app mail email windows win mac macos ios edge chrome firefox ' +
    'safari ie office excel word iphone ipad android google microsoft wifi lan vpn usb http https html login logout ' +
    'reset change changed expired error lock locked forgot forget new old again capslock caps numlock shift ctrl alt tab ' +
    'enter ime version ver etax eltax gbizid gmail yahoo outlook icloud line zoom teams').split(' '),
);
// 「パスワードは8文字」「3回間違えた」「90日で切れる」「あと3日」「さっき3つ」: a number with a counter.
const COUNTER = /^\s*(?:文字|字|桁|けた|年|月|日|回|かい|時|分|秒|ヶ|ケ|か月|カ月|ヵ月|週|つ|件|人|台|個|歳|才|円|%|度|番目|以上|以下|未満)/;
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$/;

/** Whether `value` (found next to 「パスワード」, followed by `after`) is a password and not a word or a count. */
export function isPasswordValue(value: string, after: string): boolean {
  const core = value.replace(/[^A-Za-z0-9]/g, '');
  if (core.length === 0 || value.replace(/\s/g, '').length < 3) return false;
  if (!/[A-Za-z]/.test(core)) {
    if (DATE_LIKE.test(value.replace(/[^\x21-\x7e]/g, ''))) return false;
    // What follows the last digit, inside the value (「8文字以上」) or after it (「3回」).
    if (COUNTER.test(value.slice(value.search(/\d\D*$/) + 1) + after)) return false;
  }
  if (!/\d/.test(core) && (core.length < 4 || NOT_PASSWORDS.has(core.toLowerCase()))) return false;
  return true;
}

const passwordsAfterCue: Recogniser = (work) =>
  scan(work, AFTER, (m) => {
    const value = (m[1] ?? m[2]).replace(/\s+$/, '');
    const start = m.index + m[0].lastIndexOf(value);
    const after = work.slice(start + value.length, start + value.length + 4);
    return isPasswordValue(value, after) ? span('password', start, value) : null;
  });

const passwordsBeforeCue: Recogniser = (work) =>
  scan(work, BEFORE, (m) => (isPasswordValue(m[1], '') ? span('password', m.index, m[1]) : null));

// --- E-mail addresses, also spelled out: taro(at)example(dot)jp, taro at example dot com, taroアットexample.jp

const AT = String.raw`(?:\s?@\s?|\s*[(\[<{]\s*at\s*[)\]>}]\s*|\s+at\s+|\s*(?:アットマーク|あっとまーく|アット|あっと)\s*)`;
const DOT = String.raw`(?:\.|\s*[(\[<{]\s*dot\s*[)\]>}]\s*|\s+dot\s+|\s*(?:ドット|どっと)\s*)`;
const EMAIL = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-]+(?:${DOT}[A-Za-z0-9_%+-]+)*${AT}[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*${DOT}[A-Za-z]{2,}(?![A-Za-z0-9])`,
  'gi',
);

const emails: Recogniser = (work) => scan(work, EMAIL, (m) => span('email', m.index, m[0]));

// --- IDs with their prefix: KJ + 12 digits, c + digits, written with spaces, hyphens or dots -------------

const DIGIT_GROUPS = String.raw`(\d+(?:([ .-])\d+(?:\2\d+)*)?)(?!\d)`;
const KJ_ID = new RegExp(String.raw`(?<![A-Za-z0-9])KJ\s?[:.-]?\s?${DIGIT_GROUPS}`, 'gi');
const PERSONAL_ID = new RegExp(String.raw`(?<![A-Za-z0-9])c\s?[:.-]?\s?${DIGIT_GROUPS}`, 'gi');

const kjIds: Recogniser = (work) =>
  scan(work, KJ_ID, (m) => {
    // Stop at 12 digits when a group ends there: 「KJ080899999999 03 1234 5678」 is an ID and a phone number.
    let digits = 0;
    let end = m[0].length;
    for (const g of m[1].matchAll(/\d+/g)) {
      digits += g[0].length;
      if (digits === 12) {
        end = m[0].length - m[1].length + g.index + g[0].length;
        break;
      }
    }
    const text = m[0].slice(0, end);
    const count = text.replace(/^KJ/i, '').replace(/\D/g, '').length;
    // Fewer than 4 digits is not an attempt at an ID (「KJ 2つ」).
    return count < 4 ? null : span(count === 12 ? 'kj-id' : 'kj-id-malformed', m.index, text, count);
  });

const personalIds: Recogniser = (work) =>
  scan(work, PERSONAL_ID, (m) => {
    const digits = m[1].replace(/\D/g, '').length;
    return digits >= 6 && digits <= 20 ? span('personal-id', m.index, m[0]) : null;
  });

// --- Password-like tokens without 「パスワード」: letters and digits mixed, 8+ characters ---------------

/**
 * A product with its version (Windows11, Office2019), perhaps its edition (Windows11Home, Win10Pro), or a dotted version
 * (v1.2.10): not a secret. A word with a year (Sakura2024) is: the commonest password of all.
 */
function isProductVersion(t: string): boolean {
  const product = /^([A-Za-z]+)[-_ ]?\d{1,4}(?:[-_ ]?(?:home|pro|professional|enterprise|education|business|se|plus|max|mini|air|ultra|\d{2}bit))?$/i.exec(t);
  return (product !== null && NOT_PASSWORDS.has(product[1]!.toLowerCase())) || /^[A-Za-z]*\d+(?:\.\d+)+$/.test(t);
}

function looksLikePassword(token: string): boolean {
  const t = token.replace(/^[("'「]+|[)"'」.,!?。、]+$/g, '');
  if (t.length < 8 || t.length > 64) return false;
  if (!/[A-Za-z]/.test(t) || !/\d/.test(t)) return false;
  // Already masked (c12*******01): redacting twice must change nothing.
  if (t.includes('****')) return false;
  if (/^(?:https?:|www\.)/i.test(t) || t.includes('@') || t.includes('/')) return false;
  if (isProductVersion(t)) return false;
  // Nor is one with a note in brackets run on (「Windows10（32ビット版）」, as the download page says it: the token ends
  // inside the bracket, at the kana).
  const bracketed = /^([^()]+)\(/.exec(t);
  if (bracketed && isProductVersion(bracketed[1]!)) return false;
  // A label before a number (ID:12345678, TEL0312345678, No.1234567) belongs to the number, found below.
  if (/^(?:id|no|tel|fax)[:.=#-]?[\d.()-]+$/i.test(t)) return false;
  return true;
}

const passwordTokens: Recogniser = (work) =>
  scan(work, /[\x21-\x7e]+/g, (m) => (looksLikePassword(m[0]) ? span('password', m.index, m[0]) : null));

// --- Phone numbers, office numbers and other long numbers -----------------------------------------------

const PAREN_PHONE = /(?<!\d)(?:\(0\d{1,4}\) ?-? ?\d{1,4}[ -]?\d{3,4}|0\d{1,4} ?-? ?\(\d{1,4}\) ?-? ?\d{3,4})(?!\d)/g;
// Digit groups with one kind of separator throughout: 「2024.01.10 03-1234-5678」 is two numbers.
const NUMBER = /(?<![\d+])(?:\+81[ .-]?)?\d+(?:([ .-])\d+(?:\1\d+)*)?(?!\d)/g;
const PHONE_CUE = /(?:電話|でんわ|TEL|携帯|けいたい|ケータイ|FAX|ファックス|ﾃﾞﾝﾜ)\D{0,6}$/i;
const OFFICE_CUE = /(?:事業所番号|事業所No|事業所の番号|じぎょうしょばんごう)\D{0,6}$/i;
/**
 * A call back asked for before the number (「折り返しがほしいので、045…」) or a call said after it (「…からかけます」「…に電話
 * ください」「…まで折り返し」): the number is the clerk's phone, not an office number, though it has an office number's ten digits.
 */
const CALLBACK_CUE = /(?:折り返|おりかえ|連絡先|れんらくさき|かけ直|かけなお)\D{0,13}$/;
const CALL_AFTER = /^\s*(?:から|に|へ|まで)\s*(?:かけ|掛け|電話|でんわ|お電話|折り返|おりかえ|連絡|れんらく|ご連絡)/;
const DATE = /^(?:19|20)\d\d(?:[ .-]\d{1,2}){1,3}$|^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const IP_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** What kind of number `run` is (given the text just before and after it), or null when it is not personal. */
export function numberKind(run: string, before: string, after = ''): SecretKind | null {
  const digits = run.replace(/\D/g, '');
  if (DATE.test(run) || IP_ADDRESS.test(run)) return null;
  if (run.startsWith('+')) return digits.length >= 10 ? 'phone' : null;
  if (OFFICE_CUE.test(before) && digits.length === 10) return 'office-number';
  if (isBusinessNumber(run)) return null;
  if ((PHONE_CUE.test(before) || CALLBACK_CUE.test(before) || CALL_AFTER.test(after)) && digits.length >= 10 && digits.length <= 11) return 'phone';
  const sep = /[ .-]/.exec(run)?.[0];
  if (sep === undefined) {
    if (digits.length === 11 && digits[0] === '0') return 'phone';
    if (digits.length === 10) return 'office-number';
    return digits.length >= 8 ? 'long-number' : null;
  }
  if (digits[0] === '0' && digits.length >= 9 && digits.length <= 11 && (sep !== ' ' || digits.length === 11)) return 'phone';
  if (digits.length === 10) return 'office-number';
  return digits.length > 10 ? 'long-number' : null;
}

const parenPhones: Recogniser = (work) =>
  scan(work, PAREN_PHONE, (m) => (isBusinessNumber(m[0]) ? null : span('phone', m.index, m[0])));

const numbers: Recogniser = (work) =>
  scan(work, NUMBER, (m) => {
    const end = m.index + m[0].length;
    const kind = numberKind(m[0], work.slice(Math.max(0, m.index - 16), m.index), work.slice(end, end + 12));
    return kind ? span(kind, m.index, m[0]) : null;
  });

/**
 * Runs `recognise` only when the text holds `needs`, something every match of it holds: most questions
 * have no digit, no 「パス」 and no 「@」, and then the long patterns need not run at all.
 */
const only = (needs: RegExp, recognise: Recogniser): Recogniser => (work) => (needs.test(work) ? recognise(work) : []);

/** Every spelling of the cue holds one of these (the patterns match case-insensitively, on width-folded text). */
const HAS_CUE = /パス|ぱすわーど|ﾊﾟｽ|暗証番号|pass|pw/i;
/** Every spelling of 「@」 in an address holds one of these. */
const HAS_AT = /@|at|アット|あっと/i;
const HAS_DIGIT = /\d/;

/** Every recogniser, in the order they run. */
export const RECOGNISERS: readonly Recogniser[] = [
  // An address is an address even after 「パスワードは」: masked whole either way, and it keeps the
  // 「pw」 of taro.pw@example.jp from being read as the word for password.
  only(HAS_AT, emails),
  only(HAS_CUE, passwordsAfterCue),
  only(HAS_CUE, passwordsBeforeCue),
  // IDs, phone numbers, long numbers and password-like tokens all hold a digit.
  only(HAS_DIGIT, kjIds),
  only(HAS_DIGIT, personalIds),
  only(HAS_DIGIT, parenPhones),
  only(HAS_DIGIT, passwordTokens),
  // Before the numbers: an address's block numbers (1-2-3) are not a phone number's groups.
  only(HAS_DIGIT, findAddresses),
  only(HAS_DIGIT, numbers),
  only(MAY_GIVE_NAME, findNames),
];

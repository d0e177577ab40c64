/**
 * Secrets in what users type — the one module that finds them (`findSecrets`), masks them before anything
 * reaches a log, the insights store or a CSV (`redact`), and tells the user about them (`detectSecrets`).
 * Users write these as they speak: 「パスワードは、abc123」「パスワード「さくら123」」「03(1234)5678」
 * 「c 1234 5678」「taro at example dot com」, half- or full-width. Matching runs on a width-folded copy
 * of the text of the same length, so every span is also a span of the original.
 * The recognisers themselves, one per way of writing a secret, are in secret-patterns.ts.
 */
import { RECOGNISERS } from './secret-patterns.ts';
import { maskAddress } from './address-patterns.ts';
import { foldKanjiDigitRuns } from './normalize.ts';

export type SecretKind =
  | 'password' // a value after 「パスワードは…」 (or before 「…がパスワード」), or a password-like token
  | 'kj-id' // KJ + 12 digits
  | 'kj-id-malformed' // KJ + a digit run of the wrong length
  | 'personal-id' // c-prefixed personal user ID
  | 'office-number' // 10-digit care-office number
  | 'phone'
  | 'email'
  | 'long-number' // any other long number (an ID typed without its prefix)
  | 'address' // a street address with its block numbers (address-patterns.ts)
  | 'name'; // a person's name where the sentence gives one (name-patterns.ts)

export interface SecretSpan {
  kind: SecretKind;
  start: number;
  end: number;
  /** The matched text after width folding (ＫＪ → KJ). */
  text: string;
  /** For KJ-like IDs: how many digits followed "KJ". */
  digits?: number;
}

/** A message for the user about something found in their question (same shape as AskNotice). */
export interface SecretNotice {
  code: string;
  message: string;
}

const PASSWORD_MASK = '********';
const EMAIL_MASK = '****@****';
/** A name goes whole: its length would hint at it. */
const NAME_MASK = '〇〇';

/**
 * Folds full-width ASCII, the ideographic space and dash variants to ASCII, one code unit for one, so that
 * offsets into the folded text are offsets into the original (which is why this is not NFKC).
 */
export function foldWidth(text: string): string {
  // A number read out in kanji numerals (〇九〇の一二三四の五六七八) is a number all the same.
  const out = foldKanjiDigitRuns(WIDE.test(text) ? foldEach(text) : text);
  // Long-vowel marks, dashes and middle dots are typed between digits for hyphens (0120ー584ー708): only there; so is
  // the の said between a number's groups (090の1234の5678).
  const dashed = DASH_IN_NUMBER.test(out) ? out.replace(/(?<=\d)[ーｰ―—・･](?=\d)/g, '-') : out;
  return dashed.includes('の') ? dashed.replace(GROUPS_SAID, (number) => number.replaceAll('の', '-')) : dashed;
}

/** Characters foldWidth changes (most questions have none, and are returned as they are). */
const WIDE = /[\uff01-\uff5e\u3000\u2010-\u2013\u2212\ufe63]/;
const DASH_IN_NUMBER = /\d[ーｰ―—・･]\d/;
/** A phone number's three groups said aloud with の between (0120の584の708, 090の1234の5678). */
const GROUPS_SAID = /(?<!\d)0\d{1,4}の\d{2,4}の\d{3,4}(?!\d)/g;

function foldEach(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length !== 1) out += ch; // astral characters keep their two code units
    else if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2212 || c === 0xfe63) out += '-';
    else out += ch;
  }
  return out;
}

/** Marks a found span in the working text so later recognisers neither see it nor join across it. */
const BLANK = '\u0001';

/**
 * Finds every password, ID and contact datum in `text`. Spans never overlap; earlier recognisers win (a
 * value after 「パスワードは」 is a password whatever it looks like).
 * @returns spans sorted by position, with offsets into the original `text`.
 */
export function findSecrets(text: string): SecretSpan[] {
  let work = foldWidth(text);
  const spans: SecretSpan[] = [];
  for (const recognise of RECOGNISERS) {
    for (const span of recognise(work)) {
      if (spans.some((s) => span.start < s.end && span.end > s.start)) continue;
      spans.push(span);
      work = work.slice(0, span.start) + BLANK.repeat(span.end - span.start) + work.slice(span.end);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Keeps the first and last two characters of a number: 080899999999 → 08********99. */
function maskDigits(digits: string): string {
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return digits.slice(0, 2) + '*'.repeat(digits.length - 4) + digits.slice(-2);
}

/** The replacement for one span. IDs keep their first and last two digits so an agent can still tell
 * which kind of ID was meant; passwords and e-mail addresses go whole, by a mask of fixed length. */
function maskSpan(span: SecretSpan): string {
  switch (span.kind) {
    case 'password':
      return PASSWORD_MASK;
    case 'email':
      return EMAIL_MASK;
    case 'kj-id':
    case 'kj-id-malformed':
      return 'KJ' + maskDigits(span.text.replace(/\D/g, ''));
    case 'personal-id':
      return span.text[0] + maskDigits(span.text.replace(/\D/g, ''));
    case 'address':
      return maskAddress(span.text);
    case 'name':
      return NAME_MASK;
    case 'phone':
      // Keep the shape and the first two digits: enough to tell a 0120 number from a mobile.
      return span.text.replace(/\d/g, (d, i: number) => (i < 2 ? d : '*'));
    default:
      return maskDigits(span.text.replace(/\D/g, ''));
  }
}

/**
 * Masks IDs, phone numbers, e-mail addresses and passwords in `text`; everything else is kept as typed.
 * @example redact('ＫＪ０８０８９９９９９９９９のパスワードはabc12345') // 'KJ08********99のパスワードは********'
 */
export function redact(text: string): string {
  return redactSpans(text, findSecrets(text));
}

/** The text with the secrets already found in it (`findSecrets(text)`) masked: a caller that needs the spans too scans once. */
export function redactSpans(text: string, spans: readonly SecretSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + maskSpan(span);
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * The notices a question deserves: a password typed into the chat (`secret-detected`), an ID or contact
 * data (`personal-data`), a KJ ID of the wrong length (`kj-id-length`, with what is wrong).
 */
export function detectSecrets(text: string): SecretNotice[] {
  return noticesFor(findSecrets(text));
}

/** The notices for secrets already found (see {@link detectSecrets}). */
export function noticesFor(spans: readonly SecretSpan[]): SecretNotice[] {
  const notices: SecretNotice[] = [];
  if (spans.some((s) => s.kind === 'password')) {
    notices.push({
      code: 'secret-detected',
      message:
        'パスワードはチャットに入力しないでください。入力してしまった場合は、念のためパスワードの変更をおすすめします（記録には残さず伏せ字にしています）。',
    });
  }
  const malformed = spans.find((s) => s.kind === 'kj-id-malformed');
  if (malformed) {
    notices.push({
      code: 'kj-id-length',
      message: `KJで始まるIDは「KJ」に続けて数字12桁、全部で14文字です。入力されたIDは「KJ」のあとの数字が${malformed.digits}桁でした。「電子請求登録結果に関するお知らせ」の書類でIDをご確認ください。`,
    });
  }
  // A name is masked without a word to the user: introducing oneself is good manners (name-patterns.ts).
  if (spans.some((s) => s.kind !== 'password' && s.kind !== 'name')) {
    notices.push({
      code: 'personal-data',
      message: 'IDや電話番号、メールアドレス、住所を入力しなくてもお答えできます。記録には伏せ字で残ります。',
    });
  }
  return notices;
}

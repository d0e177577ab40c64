/**
 * Redaction of what users type, before anything reaches a log or the insights store, and the notices that
 * tell the user not to type secrets into the chat. IDs keep their first and last two digits so an agent
 * can still tell which kind of ID was meant (`KJ08********99`); passwords and e-mail addresses are
 * replaced whole, and by a mask of fixed length so not even the length leaks.
 */
import { findSecrets, foldWidth, type SecretSpan } from './detect.ts';

export { findSecrets, foldWidth, type SecretKind, type SecretSpan } from './detect.ts';

/** A message for the user about something found in their question (same shape as AskNotice). */
export interface SecretNotice {
  code: string;
  message: string;
}

const PASSWORD_MASK = '********';
const EMAIL_MASK = '****@****';

/** Keeps the first and last two digits of a digit string: 080899999999 → 08********99. */
function maskDigits(digits: string): string {
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return digits.slice(0, 2) + '*'.repeat(digits.length - 4) + digits.slice(-2);
}

/** The replacement for one span (`folded` is the span's text with full-width folded to ASCII). */
function maskSpan(span: SecretSpan, folded: string): string {
  switch (span.kind) {
    case 'password':
      return PASSWORD_MASK;
    case 'email':
      return EMAIL_MASK;
    case 'kj-id':
    case 'kj-id-malformed':
      return 'KJ' + maskDigits(folded.replace(/\D/g, ''));
    case 'personal-id':
      return folded[0] + maskDigits(folded.replace(/\D/g, ''));
    case 'phone':
      // Keep the shape (hyphens) and the first two digits: enough to tell a 0120 number from a mobile.
      return folded.replace(/\d/g, (d, i: number) => (i < 2 ? d : '*'));
    default:
      return maskDigits(folded);
  }
}

/**
 * Masks IDs, phone numbers, e-mail addresses and passwords in `text`; everything else is kept as typed.
 * @example redact('ＫＪ０８０８９９９９９９９９のパスワードはabc12345') // 'KJ08********99のパスワードは********'
 */
export function redact(text: string): string {
  const spans = findSecrets(text);
  if (spans.length === 0) return text;
  const folded = foldWidth(text);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + maskSpan(span, folded.slice(span.start, span.end));
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * The notices a question deserves: a password typed into the chat (`secret-detected`), an ID or contact
 * data (`personal-data`), a KJ ID of the wrong length (`kj-id-length`, with what is wrong).
 */
export function detectSecrets(text: string): SecretNotice[] {
  const spans = findSecrets(text);
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
  if (spans.some((s) => s.kind !== 'password')) {
    notices.push({
      code: 'personal-data',
      message: 'IDや電話番号、メールアドレスを入力しなくてもお答えできます。記録には伏せ字で残ります。',
    });
  }
  return notices;
}

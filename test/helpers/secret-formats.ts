/**
 * Generators of questions holding a secret in the everyday formats of issue 11 (finding 4): passwords
 * after 「パスワード」 in brackets, after a comma, after a space or without は, split by a space, mixed
 * with kana, before 「がパスワード」; KJ IDs, c-IDs and office numbers with spaces; phone numbers
 * 03(1234)5678, with spaces, dots or long-vowel marks, +81; e-mail with at/dot spelled out or ＠ — each
 * possibly all in full-width. Each sample says what must never be seen again and which notice it raises.
 */
import fc from 'fast-check';

export type SecretSort = 'password' | 'kj-id' | 'personal-id' | 'office-number' | 'phone' | 'email';

export interface SecretSample {
  sort: SecretSort;
  /** The question (or feedback comment) as the user typed it. */
  text: string;
  /** The secret as generated, half-width. */
  secret: string;
  /** Pieces that must not appear in anything stored or logged (after width folding). */
  mustNotContain: string[];
  /** Digit strings that must not appear in the digits of anything stored or logged. */
  digitsMustNotContain: string[];
  /** The notice the question must raise. */
  notice: 'secret-detected' | 'personal-data';
}

/** Full-width form of the printable ASCII in `text` (space → ideographic space). */
export function toFullWidth(text: string): string {
  return text.replace(/[\x21-\x7e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

const digitString = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const word = (chars: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max });
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `${LOWER}ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789`;
const PW_CHARS = `${ALNUM}!#$%&*+-=?_~`;
const lead = fc.constantFrom('', 'すみません、', 'KJの', '事業所の', 'ログインの', '昨日から');
const tail = fc.constantFrom('', 'です', 'なのに入れません', 'で合ってますか？', '。どうすれば？', 'だと思う');

/** Windows of `size` characters of `text` (or the text itself when shorter): none may survive. */
function windows(text: string, size = 4): string[] {
  const t = text.replace(/\s/g, '');
  if (t.length <= size) return [t];
  return Array.from({ length: t.length - size + 1 }, (_, i) => t.slice(i, i + size));
}

const asciiPassword = fc
  .tuple(word(PW_CHARS, 6, 16), fc.constantFrom(...LOWER), fc.constantFrom(...'0123456789'), fc.nat(16))
  .map(([body, letter, digit, at]) => {
    const i = at % (body.length + 1);
    return body.slice(0, i) + letter + digit + body.slice(i);
  });
// Letters typed with the IME on: 「さくら123」.
const kanaPassword = fc.tuple(fc.constantFrom('さくら', 'たろう', 'かいご', 'ひまわり', 'ケア'), digitString(2, 6)).map(([k, d]) => k + d);
const cue = fc.constantFrom('パスワード', 'ぱすわーど', 'ﾊﾟｽﾜｰﾄﾞ', 'PW', 'pass', '仮パスワード', '暗証番号', 'password');

const passwordSample: fc.Arbitrary<SecretSample> = fc
  .tuple(cue, asciiPassword, kanaPassword, fc.integer({ min: 0, max: 8 }), fc.nat(12), lead, tail)
  .map(([p, pw, kana, format, split, before, after]) => {
    const k = 3 + (split % Math.max(1, pw.length - 5));
    const shapes: [string, string][] = [
      [`${p}は「${pw}」`, pw],
      [`${p}『${pw}』で`, pw],
      [`${p}は、${pw}`, pw],
      [`${p} ${pw} で`, pw],
      [`${p}${pw}で`, pw],
      [`${p}は${pw.slice(0, k)} ${pw.slice(k)}`, `${pw.slice(0, k)} ${pw.slice(k)}`],
      [`${p}は${kana}`, kana],
      [`${pw}が${p}`, pw],
      [`${p}：${pw}`, pw],
    ];
    const [body, secret] = shapes[format];
    return { sort: 'password' as const, text: `${before}${body}${after}`, secret, mustNotContain: windows(secret), digitsMustNotContain: [], notice: 'secret-detected' as const };
  });

const SEPS = ['', ' ', '-', '.'];
const grouped = (digits: string, sizes: readonly number[], sep: string) => {
  const parts: string[] = [];
  let at = 0;
  for (const n of sizes) parts.push(digits.slice(at, (at += n)));
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.filter(Boolean).join(sep);
};
const idSample = (sort: SecretSort, digits: string, written: string, before: string, after: string): SecretSample => ({
  sort,
  text: `${before}${written}${after}`,
  secret: written,
  mustNotContain: [],
  // The mask keeps the first and last two digits: the rest must be gone (checked when it is long enough
  // not to equal those four by chance).
  digitsMustNotContain: digits.length >= 9 ? [digits, digits.slice(2, -2)] : [digits],
  notice: 'personal-data',
});

const kjSample = fc
  .tuple(digitString(12, 12), fc.constantFrom('KJ', 'kj', 'Kj'), fc.constantFrom(...SEPS), fc.boolean(), fc.constantFrom('', 'IDは', 'ユーザID：', '事業所ユーザID '), tail)
  .map(([d, kj, sep, spaced, before, after]) => idSample('kj-id', d, `${kj}${spaced ? ' ' : ''}${sep ? grouped(d, [4, 4, 4], sep) : d}`, before, after));

const personalSample = fc
  .tuple(digitString(8, 12), fc.constantFrom('c', 'C'), fc.constantFrom('', ' ', '-'), fc.constantFrom('', ' '), fc.constantFrom('', '個人ユーザIDは', 'IDは '), tail)
  .map(([d, c, after, sep, before, end]) => idSample('personal-id', d, `${c}${after}${sep ? grouped(d, [4, 4, 4], sep) : d}`, before, end));

const officeSample = fc
  .tuple(fc.integer({ min: 1, max: 47 }), digitString(8, 8), fc.constantFrom([2, 4, 4], [4, 3, 3], [4, 6], [10]), fc.constantFrom(' ', '-'), fc.constantFrom('', '事業所番号', '事業所番号は', '介護事業所番号 '), tail)
  .map(([pref, rest, sizes, sep, before, after]) => {
    const d = String(pref).padStart(2, '0') + rest;
    return idSample('office-number', d, grouped(d, sizes, sep), before, after);
  })
  // Written 0120-xxx-xxx with nothing before it, an office number is a toll-free number to anyone.
  .filter((s) => !/^(?:0120|0570)[ -]\d{3}[ -]\d{3}/.test(s.text));

// Japanese numbering: a landline's area and exchange make 6 digits (03-1234-5678, 0422-12-3456), then 4.
const phoneDigits = fc.oneof(
  fc.tuple(fc.constantFrom('03', '06', '011', '045', '0422', '09912'), digitString(8, 8)).map(([area, rest]) => ({ digits: (area + rest).slice(0, 10), sizes: [area.length, 6 - area.length, 4] })),
  fc.tuple(fc.constantFrom('070', '080', '090', '050'), digitString(8, 8)).map(([area, rest]) => ({ digits: area + rest, sizes: [3, 4, 4] })),
  // Not 0120/0800/0570: only businesses hold those, and they are not redacted (secret-patterns.ts).
);
const phoneSample = fc
  .tuple(phoneDigits, fc.integer({ min: 0, max: 6 }), fc.constantFrom('', '電話は', '連絡先：', 'TEL ', '携帯 '), tail)
  .map(([{ digits: d, sizes }, format, before, after]) => {
    const [a, b, c] = grouped(d, sizes, ' ').split(' ');
    const written = [`${a}-${b}-${c}`, `${a}(${b})${c}`, `(${a})${b}-${c}`, `${a} ${b} ${c}`, `${a}.${b}.${c}`, `${a}ー${b}ー${c}`, `+81 ${a.slice(1)} ${b} ${c}`][format];
    // +81 drops the leading 0: what must go is the rest.
    return idSample('phone', format === 6 ? d.slice(1) : d, written, before, after);
  });

const emailSample = fc
  .tuple(word(`${LOWER}0123456789`, 3, 10), word(LOWER, 3, 10), fc.constantFrom('com', 'jp', 'co.jp', 'ne.jp', 'or.jp'), fc.integer({ min: 0, max: 7 }), fc.constantFrom('', 'メールは', '連絡先 ', 'アドレス：'), tail)
  .map(([local, domain, tld, format, before, after]) => {
    const [at, dot] = [
      ['@', '.'], ['＠', '．'], [' at ', ' dot '], ['(at)', '(dot)'], ['[at]', '[dot]'], [' AT ', ' DOT '], ['アットマーク', 'ドット'], ['あっと', '.'],
    ][format];
    const written = `${local}${at}${domain}${dot}${tld.replace('.', dot)}`;
    return { sort: 'email' as const, text: `${before}${written}${after}`, secret: written, mustNotContain: [local, domain], digitsMustNotContain: [], notice: 'personal-data' as const };
  });

/** One secret in one of the everyday formats, half- or all full-width. */
export const secretSample: fc.Arbitrary<SecretSample> = fc
  .tuple(fc.oneof(passwordSample, kjSample, personalSample, officeSample, phoneSample, emailSample), fc.boolean())
  .map(([sample, wide]) => (wide ? { ...sample, text: toFullWidth(sample.text) } : sample));

/** Generators by sort, for tests that want each sort covered. */
export const SAMPLES_BY_SORT: Record<SecretSort, fc.Arbitrary<SecretSample>> = {
  password: passwordSample,
  'kj-id': kjSample,
  'personal-id': personalSample,
  'office-number': officeSample,
  phone: phoneSample,
  email: emailSample,
};

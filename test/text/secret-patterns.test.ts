/**
 * False positives of the secret recognisers: what users ask about dates, counts, versions, article numbers
 * and the helpdesk's own phone number is not a secret. Every labelled question (articles' `examples` and
 * test/fixtures/questions/*.yaml) must raise no notice and come out of `redact` unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../server/content/pipeline.ts';
import { detectSecrets, redact } from '../../server/text/redact.ts';
import { isBusinessNumber, isPasswordValue, numberKind } from '../../server/text/secret-patterns.ts';

const QUESTIONS_DIR = path.resolve('test/fixtures/questions');

/** Every `q:` in a parsed YAML document, however deep; `secret` picks the turns marked `secret: true` or the others. */
function questionsIn(value: unknown, secret = false): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => questionsIn(v, secret));
  if (!value || typeof value !== 'object') return [];
  const marked = (value as { secret?: unknown }).secret === true;
  return Object.entries(value).flatMap(([key, v]) => (key === 'q' && typeof v === 'string' ? (marked === secret ? [v] : []) : questionsIn(v, secret)));
}

function fixtureQuestions(secret: boolean): string[] {
  return fs
    .readdirSync(QUESTIONS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => questionsIn(YAML.parse(fs.readFileSync(path.join(QUESTIONS_DIR, f), 'utf8')), secret));
}

async function labelledQuestions(): Promise<string[]> {
  const { kb } = await loadKnowledgeBase(path.resolve('content'));
  const examples = kb!.articles.flatMap((a) => a.examples);
  return [...examples, ...fixtureQuestions(false)];
}

describe('labelled questions', () => {
  it('raise no notice and are not changed by redact', async () => {
    const questions = await labelledQuestions();
    expect(questions.length).toBeGreaterThan(400);
    const flagged = questions.filter((q) => detectSecrets(q).length > 0 || redact(q) !== q);
    expect(flagged).toEqual([]);
  });

  it('the conversation turns marked as carrying an ID or password do raise a notice and are masked', () => {
    const secrets = fixtureQuestions(true);
    expect(secrets.length).toBeGreaterThan(5);
    expect(secrets.filter((q) => detectSecrets(q).length === 0 || redact(q) === q)).toEqual([]);
  });
});

describe('not secrets', () => {
  it.each([
    // dates and times
    '2024年1月10日から使えない', '2024/01/10にエラー', '2024-01-10のお知らせ', '2024.1.10', '20240110に申請した', '令和6年4月1日', '9:00～17:00に電話できますか',
    // counts, lengths, article and version numbers
    'KJのIDは14桁ですか', '14文字', 'Q4の答え', '第3条', 'No.12345の記事', 'バージョン1.2.0', 'ver 10.0.19045', 'Windows11で使えますか', 'Win10の32bit', 'Office2019', 'Windows11Homeでも大丈夫？', 'Win10Proの64bit', 'Windows10-64bit', 'iPhone15Proで見られる？', 'Windows10（32ビット版）をお使いの方は', 'Office2019(64bit版)です',
    '年額21,000円', '〒100-0001', '1事業所1ライセンス', '192.168.100.100のプロキシ', 'KJ 2つ',
    // 「パスワード」 followed by something that is not one
    'パスワードは8文字以上？', 'パスワードは8～16文字', 'パスワード（8文字以上）', 'パスワードを3回間違えた', 'パスワードは90日で切れる', 'パスワードはあと3日で切れる',
    'パスワードは2024/01/10に変えた', 'パスワードは2024年に変えた', 'パスワードはさっき3つ試した', 'パスワードはどこで変えますか', 'パスワードはPCに保存してある',
    'パスワード/ID', 'パスワード(PW)', 'パスワード「パスワード等を紛失した方はこちら」のボタン', 'パスワードは英数字8文字以上', 'パスワードをリセット', 'PW変更',
    'パスワードはChromeに保存', 'パスワードはEdgeで保存した', 'IDとパスワード', 'WindowsはパスワードなしでOK', 'フリーパス2025', 'パスポート番号',
    // the helpdesk's own number, asked about, and other numbers only businesses hold
    '0120-584-708に電話したい', '０１２０－５８４－７０８はフリーダイヤル？', '0120 584 708', '0120ー584ー708', '0120(584)708', '(0120)584-708',
    '介護ソフトのサポート0120-123-456につながらない', '0800-123-4567', '0570-000-123',
    // addresses that are not e-mail
    'https://www.kokurico.jp/132bit/ を開けない', 'www.careplan-renkei-support.jp',
  ])('%s', (text) => {
    expect(detectSecrets(text)).toEqual([]);
    expect(redact(text)).toBe(text);
  });

  it("leaves the helpdesk's number as published in the content alone", async () => {
    const { kb } = await loadKnowledgeBase(path.resolve('content'));
    const phone = kb!.site.helpdesk.phone;
    expect(redact(`${phone}に電話したい`)).toBe(`${phone}に電話したい`);
  });
});

describe('isBusinessNumber', () => {
  it('knows toll-free and navi-dial numbers by their prefix written on its own', () => {
    expect(['0120-584-708', '0800 123 4567', '0570.000.123', '0120(584)708', '(0120)584-708'].every(isBusinessNumber)).toBe(true);
    // Run together they may be a mobile (080-0123-4567), an office number or an ID typed without its prefix.
    expect(['0120584708', '08001234567', '080-0123-4567', '0120-584-70812', '03-1234-5678'].some(isBusinessNumber)).toBe(false);
  });
});

describe('isPasswordValue', () => {
  it.each([
    ['abc12345', 'です', true],
    ['sakura', 'で', true],
    ['1234', 'です', true],
    ['さくら123', 'です', true],
    ['8', '文字', false],
    ['3', '回', false],
    ['あと3', '日で', false],
    ['8文字以上', '」', false],
    ['PC', 'に', false],
    ['Windows', 'と', false],
    ['abc', 'で', false],
  ])('%s followed by %s → %s', (value, after, expected) => {
    expect(isPasswordValue(value, after)).toBe(expected);
  });
});

describe('numberKind', () => {
  it.each([
    ['03-1234-5678', '', 'phone'],
    ['03 1234 5678', '電話 ', 'phone'],
    ['090 1234 5678', '', 'phone'],
    ['0899999997', '', 'office-number'],
    ['08 9999 9997', '', 'office-number'],
    ['03-1234-5678', '事業所番号', 'office-number'],
    ['0808 9999 9999', '', 'long-number'],
    ['12345678', '', 'long-number'],
    ['+81 3 1234 5678', '', 'phone'],
    ['2024-01-10', '', null],
    ['1234-5678', '', null],
    ['0120-584-708', '', null],
    ['0120 1234 5678', '', 'long-number'],
    ['0120584708', '', 'office-number'],
    ['0120-584-708', '事業所番号', 'office-number'],
  ])('%s after %j → %s', (run, before, kind) => {
    expect(numberKind(run, before)).toBe(kind);
  });

  it.each([
    ['0451234567', '折り返しをお願いしたいので、', '', 'phone'],
    ['0451234567', '', ' からかけます', 'phone'],
    ['0451234567', '', 'にお電話ください', 'phone'],
    ['0451234567', '', 'まで折り返しを', 'phone'],
    ['0451234567', '', 'から発行されました', 'office-number'],
    ['0451234567', '事業所番号', 'からかけます', 'office-number'],
  ])('%s between %j and %j → %s', (run, before, after, kind) => {
    expect(numberKind(run, before, after)).toBe(kind);
  });
});

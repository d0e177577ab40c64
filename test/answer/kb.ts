/**
 * A small hand-made knowledge base for the answer engine's tests: two articles with intent rules, four
 * without, a lexicon, smalltalk and a site. Independent of content/, so the tests say what the engine
 * does, not what today's articles say.
 */
import type { Article, IntentRule, KnowledgeBase } from '../../server/content/types.ts';
import { makeArticle, makeKnowledgeBase, type ArticleSpec } from '../helpers/make-kb.ts';

interface Spec {
  id: string;
  title: string;
  summary: string;
  body: string;
  examples: string[];
  related?: string[];
  intent?: IntentRule;
  sections?: { anchor: string; title: string; text: string }[];
  cases?: ArticleSpec['cases'];
}

function article(s: Spec): Article {
  return makeArticle({ ...s, sections: s.sections ?? [{ anchor: 'answer', title: '回答', text: s.body }] });
}

const SPECS: Spec[] = [
  {
    id: 'kj-password-lost',
    title: 'KJから始まるIDのパスワードがわからず、ログインできません',
    summary: '電子請求受付システムのログインページから、ID確認とパスワード再発行の手続きができます。',
    body: '電子請求受付システムのログインページで「パスワード等を紛失した方はこちら」をクリックし、案内に沿って再発行します。セキュリティ用メールアドレスを登録していれば数分で終わります。',
    sections: [
      { anchor: 'answer', title: '回答', text: 'KJから始まるIDのパスワードは電子請求受付システムで再発行できます。' },
      { anchor: 'steps', title: '手順', text: '電子請求受付システムのログインページで「パスワード等を紛失した方はこちら」をクリックし、案内に沿って再発行します。' },
      { anchor: 'without-security-mail', title: 'メールアドレスがない場合', text: 'セキュリティ用メールアドレスが未登録の場合、数日から1週間程度で書類が郵送で届きます。' },
    ],
    cases: [{ section: 'without-security-mail', when: [['郵送', '何日', '未登録', '登録していない']], keyFacts: ['数日から1週間程度'] }],
    examples: ['KJのパス忘れました', 'けいじぇいのぱすわーどをわすれた', 'KJ パスワード 再発行'],
    related: ['password-expired', 'personal-user-id', 'certificate-password'],
    intent: {
      must: [['KJ', '事業所ユーザID', '電子請求受付システム'], ['パスワード'], ['忘れ', 'わすれ', 'わから', '分から', '紛失', '再発行']],
      may: ['ログイン', 'できない'],
      not: ['Wi-Fi', 'Gmail', 'Windows', '証明書発行', '個人ユーザID', '有効期限'],
    },
  },
  {
    id: 'password-expired',
    title: '「パスワードの有効期限が切れています」と表示されます',
    summary: '電子請求受付システムでパスワードを変更してから、もう一度ログインしてください。',
    body: '仮パスワードか有効期限切れのパスワードを入力している可能性があります。電子請求受付システムでパスワードを変更してください。',
    examples: ['パスワードの有効期限が切れていますと出る', '期限切れと表示されてログインできない'],
    related: ['kj-password-lost'],
    intent: { must: [['パスワード', 'ログイン', 'KJ'], ['有効期限', '期限切れ', '期限が切れ']], may: ['表示'], not: ['Gmail', '証明書', 'ライセンス'] },
  },
  {
    id: 'personal-user-id',
    title: 'cから始まる個人ユーザIDとパスワードはどこで確認できますか',
    summary: '利用状況WEBサイトにログインした後のTOPページに記載されています。',
    body: 'cから始まる個人ユーザIDとパスワードは、利用状況WEBサイトへログインした後のTOPページで確認できます。',
    examples: ['個人ユーザIDのパスワードを忘れた', 'cで始まるIDはどこに書いてある'],
  },
  {
    id: 'certificate-password',
    title: '証明書発行用パスワードを忘れました',
    summary: '証明書発行用パスワードは電子請求受付システムから再発行できます。',
    body: '証明書発行用パスワードは、KJのIDのパスワードとは別のものです。電子請求受付システムから再発行できます。',
    examples: ['証明書発行用のパスワードを忘れた', '電子証明書のパスワードを再発行したい'],
  },
  {
    id: 'contact',
    title: 'ヘルプデスクの連絡先と受付時間',
    summary: 'ヘルプデスクの電話番号と受付時間、問い合わせフォームをご案内します。',
    body: 'ヘルプデスクへは電話または問い合わせフォームで連絡できます。受付時間は平日です。',
    examples: ['ヘルプデスクの電話番号は', '問い合わせ先を知りたい'],
  },
  {
    id: 'free-pass',
    title: 'フリーパスとは何ですか',
    summary: 'フリーパスキャンペーン期間中は、利用申請を行うとフリーパスが自動的に適用されます。',
    body: 'フリーパスキャンペーン期間中は、利用申請を行うことでフリーパスが自動的に適用されます。別の申し込みはいりません。',
    examples: ['フリーパスってなに', 'フリーパスの適用に手続きはいる？'],
  },
];

/** Builds the hand-made knowledge base (fresh objects each call). */
export function handMadeKnowledgeBase(): KnowledgeBase {
  return makeKnowledgeBase(SPECS.map(article), {
    site: {
      systemName: 'ケアプランデータ連携システム',
      supportSiteName: 'テスト用サポートサイト',
      supportSiteUrl: 'https://example.invalid/',
      faqUrl: 'https://example.invalid/faq',
      helpdesk: { name: 'テストヘルプデスク', phone: '0000-00-0000', hours: '平日 9:00～17:00', formUrl: 'https://example.invalid/form', formLabel: '問い合わせフォーム' },
    },
    lexicon: [
      { term: 'パスワード', variants: ['PW', 'パス', 'ぱすわーど', 'password'] },
      { term: 'KJ', variants: ['けいじぇい', 'ＫＪ'] },
      { term: '有効期限', variants: ['期限切れ'] },
    ],
    // Another system, as content/other-systems.yaml lists them: a question about it falls back (issue 12 §4).
    // A topic of ours the sources do not cover: a question naming it gets the helpdesk, not an article.
    otherSystems: { systems: [{ name: 'メール・SNS', terms: ['Gmail'] }], ours: ['KJ'], unstated: [{ name: '運営元', terms: ['運営元', '運営会社'] }] },
    smalltalk: [
      { id: 'greeting', patterns: ['こんにちは', 'おはよう'], reply: 'こんにちは。ご質問をどうぞ。', contact: false, alone: false },
      { id: 'thanks', patterns: ['ありがとう'], reply: 'どういたしまして。', contact: false, alone: false },
      { id: 'human', patterns: ['人と話したい', 'オペレーター'], reply: 'ヘルプデスクにおつなぎします。', contact: true, alone: false },
      { id: 'not-understood', patterns: ['わからない', 'わかりません'], reply: 'わかりにくくて申し訳ありません。', contact: true, alone: true },
    ],
  });
}

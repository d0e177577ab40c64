/** A hand-made knowledge base for search tests: built as an object, no files. */
import type { Article, CategoryId, KnowledgeBase, LexiconEntry } from '../../server/content/types.ts';
import { makeArticle, makeKnowledgeBase } from '../helpers/make-kb.ts';

interface Spec {
  id: string;
  title: string;
  category: CategoryId;
  summary: string;
  examples: string[];
  sections: [anchor: string, title: string, text: string][];
}

function article(s: Spec): Article {
  return makeArticle({ ...s, sections: s.sections.map(([anchor, title, text]) => ({ anchor, title, text })) });
}

const SPECS: Spec[] = [
  {
    id: 'kj-password-lost',
    title: 'KJから始まるIDのパスワードがわからず、ログインできません',
    category: 'id-password',
    summary: '電子請求受付システムのログインページから、ID確認とパスワード再発行の手続きができます。',
    examples: ['KJのパス忘れました', 'けいじぇいのぱすわーどをわすれた', 'KJ　パスワード　再発行', '事業所ユーザIDのパスワードを思い出せません'],
    sections: [
      ['answer', '回答', 'パスワードがわからない場合は、電子請求受付システムでIDの確認とパスワードの再発行ができます。'],
      ['steps', '手順', '1. ログインページで「パスワード等を紛失した方はこちら」をクリックします。\n2. 画面の案内に沿って進みます。'],
      ['by-mail', '郵送の場合', '国保連合会から仮パスワードを記載した書類が郵送で届きます。'],
    ],
  },
  {
    id: 'certificate-password',
    title: '証明書発行用パスワードを忘れてしまいました',
    category: 'certificate',
    summary: '証明書発行用パスワードはKJのIDのパスワードとは別のもので、電子請求受付システムから再発行できます。',
    examples: ['証明書発行用パスワードを忘れました', 'しょうめいしょのパスワード再発行', '証明書のパスワードがわかりません', '証明書用PWの再発行'],
    sections: [['answer', '回答', '証明書発行用パスワードは、電子請求受付システムから再発行できます。']],
  },
  {
    id: 'contact',
    title: 'ヘルプデスクの電話番号と受付時間を教えてください',
    category: 'contact',
    summary: 'ヘルプデスクの電話番号は0120-584-708です。',
    examples: ['問い合わせ先は？', 'へるぷですくのでんわばんごう', 'コールセンターの番号', '土曜日もやっていますか'],
    sections: [
      ['phone', '電話', 'ヘルプデスク 0120-584-708 受付時間 9:00～17:00（土日祝日は除く）'],
      ['form', '問い合わせフォーム', 'サポートサイトの問い合わせフォームからも質問できます。'],
    ],
  },
  {
    id: 'certificate',
    title: '電子証明書の確認とインストール',
    category: 'certificate',
    summary: 'ケアプランデータ連携システムでは介護DX証明書または介護保険証明書を使います。',
    examples: ['電子証明書の入れ方', 'しょうめいしょ インストール', '証明書がパソコンに入っているか確認したい'],
    sections: [
      ['check', '確認', 'パソコンに電子証明書がインストールされているか確認します。'],
      ['install', 'インストール', '電子証明書をインストールする手順です。'],
    ],
  },
  // Other topics, so that IDF has a corpus to tell rare words from common ones.
  {
    id: 'license',
    title: 'ライセンスは事業所ごとに必要ですか',
    category: 'application',
    summary: '1つの事業所番号ごとに1つのライセンスが必要です。',
    examples: ['ライセンスはいくつ必要？', 'らいせんす 事業所ごと', '事業所が2つあるとライセンスも2つ？'],
    sections: [['answer', '回答', '事業所番号が異なる事業所で1つのライセンスを共有することはできません。']],
  },
  {
    id: 'application-status',
    title: '利用申請が完了しているかどうか、どこで確認できますか',
    category: 'application',
    summary: '利用状況WEBサイトの「利用申請/更新」画面で確認できます。',
    examples: ['申請が終わったか確認したい', 'りようしんせい かんりょう', '利用申請はちゃんと済んでいますか'],
    sections: [['answer', '回答', '「利用申請が正常に完了しております。」と表示されていれば完了しています。']],
  },
  {
    id: 'pc-environment',
    title: 'PC環境の確認（OS・カレンダー表示・ブラウザ）',
    category: 'preparation',
    summary: 'OSはWindows 11または10、カレンダーは西暦表示にしてください。',
    examples: ['Macでも使えますか', 'ｳｨﾝﾄﾞｳｽﾞ11じゃないとだめ？', 'カレンダーの設定は和暦でいい？'],
    sections: [['os', 'OS', 'Windows 11またはWindows 10（64ビット版）のパソコンを使います。']],
  },
  {
    id: 'download',
    title: 'クライアントアプリのダウンロード',
    category: 'download',
    summary: 'サポートサイトの製品ダウンロードのページからクライアントアプリをダウンロードします。',
    examples: ['アプリはどこから落とせますか', 'だうんろーどのやりかた', 'インストーラーの入手方法'],
    sections: [['steps', '手順', '製品ダウンロードのページで組織名と事業所番号を入力し、ダウンロードしてしまいましょう。']],
  },
];

export const SAMPLE_LEXICON: LexiconEntry[] = [
  { term: 'パスワード', variants: ['パス', 'PW', 'ぱすわーど'] },
  { term: '電子証明書', variants: ['証明書', 'しょうめいしょ'] },
  { term: 'ヘルプデスク', variants: ['コールセンター', 'へるぷですく', '問い合わせ先'] },
];

/** The sample knowledge base; `examples: false` leaves every article without labelled questions. */
export function sampleKnowledgeBase(options: { examples?: boolean } = {}): KnowledgeBase {
  const articles = SPECS.map((s) => article({ ...s, examples: options.examples === false ? [] : s.examples }));
  return makeKnowledgeBase(articles, {
    site: {
      systemName: 'ケアプランデータ連携システム',
      supportSiteName: 'サポートサイト',
      supportSiteUrl: 'https://example.invalid/',
      faqUrl: 'https://example.invalid/faq',
      helpdesk: { name: 'ヘルプデスク', phone: '0120-584-708', hours: '9:00～17:00', formUrl: 'https://example.invalid/', formLabel: 'フォーム' },
    },
    lexicon: SAMPLE_LEXICON,
  });
}

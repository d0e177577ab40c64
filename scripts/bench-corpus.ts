/**
 * A generated Japanese corpus for the search benchmark: `generateCorpus(10_000)` builds a KnowledgeBase of
 * that many articles in memory (no files), deterministic for a seed. Articles read like help pages:
 * a question title, a one-sentence summary, 3–5 `##` sections of mixed kanji/katakana/hiragana sentences,
 * and 10 labelled questions in the styles users type (keigo, casual, keyword-only, hiragana, half-width).
 */
import type { Article, CategoryId, KnowledgeBase } from '../server/content/types.ts';
import { CATEGORIES } from '../server/content/types.ts';
import { buildCards } from '../server/content/card.ts';

const NOUNS = (
  '申請 利用 確認 設定 画面 手続き 事業所 証明書 番号 期限 更新 登録 変更 削除 送信 受信 連携 請求 台帳 計画 ' +
  '様式 帳票 端末 環境 権限 管理 担当 職員 利用者 保険 認定 給付 記録 履歴 通知 書類 郵送 窓口 契約 料金 ' +
  '支払 口座 請求書 明細 集計 月次 年度 期間 開始 終了 停止 再開 移行 複製 保存 出力 取込 形式 項目 入力 ' +
  '表示 検索 一覧 詳細 条件 状態 承認 差戻 取消 予約 訪問 介護 支援 居宅 施設 地域 包括 市町村 国保連 審査 ' +
  '暗号 署名 鍵 認証 方式 接続 回線 障害 復旧 保守 点検 案内 手順 注意 制限 容量 上限 下限 既定 任意'
).split(' ');
const KATAKANA = (
  'パスワード ログイン ライセンス アプリ ソフト データ ファイル フォルダ ブラウザ メール アドレス サーバー ' +
  'ネットワーク バージョン アップデート インストール ダウンロード アカウント ユーザー メニュー ボタン タブ ' +
  'エラー メッセージ コード リスト テンプレート バックアップ プリンター スキャナー セキュリティ ポータル ' +
  'サポート ヘルプデスク オンライン チェック リセット キャンセル システム モード オプション ステータス'
).split(' ');
const VERBS = ['確認し', '設定し', '入力し', '登録し', '変更し', '送信し', '保存し', '選択し', '印刷し', '申請し', '更新し', '削除し'];
const ENDINGS = ['ます。', 'てください。', 'ておきます。', 'てから次の画面に進みます。', 'た内容は後から変更できます。'];
const QUESTION_ENDS = ['方法を教えてください', 'にはどうすればいいですか', 'ができません', 'はどこで確認できますか', 'って必要？', 'のやり方'];

/** mulberry32: a small seeded PRNG so that every run benchmarks the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FULL = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー';
const HALF = 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ';

function toHiragana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** Katakana → half-width katakana (ガ → ｶﾞ), the way some office PCs still type. */
function toHalfWidth(s: string): string {
  return Array.from(s)
    .map((ch) => {
      if (!/[\u30a1-\u30fc]/.test(ch)) return ch;
      return Array.from(ch.normalize('NFD'))
        .map((c) => (c === '\u3099' ? 'ﾞ' : c === '\u309a' ? 'ﾟ' : (HALF[FULL.indexOf(c)] ?? c)))
        .join('');
    })
    .join('');
}

/** Generates `count` articles (ids `gen-00001` …) with the given seed. */
export function generateCorpus(count: number, seed = 20261125): KnowledgeBase {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const categories = Object.keys(CATEGORIES) as CategoryId[];
  const sentence = (topic: string[]) => {
    const a = rnd() < 0.6 ? pick(topic) : pick(NOUNS);
    const b = rnd() < 0.5 ? pick(KATAKANA) : pick(NOUNS);
    return `${a}の${b}を${pick(VERBS)}${pick(ENDINGS)}`;
  };
  const articles: Article[] = [];
  for (let n = 1; n <= count; n++) {
    const topic = [pick(NOUNS), pick(KATAKANA), pick(NOUNS)];
    const id = `gen-${String(n).padStart(5, '0')}`;
    const title = `${topic[0]}の${topic[1]}${pick(QUESTION_ENDS)}`;
    const sections = Array.from({ length: 3 + Math.floor(rnd() * 3) }, (_, i) => {
      const text = Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => sentence(topic)).join('');
      return { anchor: `s${i + 1}`, title: `${pick(topic)}について`, html: `<p>${text}</p>`, text };
    });
    const examples = Array.from({ length: 10 }, (_, i) => {
      const [a, b] = rnd() < 0.5 ? [topic[0], topic[1]] : [topic[1], topic[2]];
      const q = `${a}の${b}${pick(QUESTION_ENDS)}`;
      if (i % 5 === 1) return toHiragana(q);
      if (i % 5 === 2) return toHalfWidth(q);
      if (i % 5 === 3) return `${topic[0]}　${topic[1]}`;
      return q;
    });
    articles.push({
      id,
      kind: rnd() < 0.7 ? 'faq' : 'guide',
      title,
      category: pick(categories),
      summary: sentence(topic),
      source: 'generated',
      updated: '2026-01-01',
      related: [],
      examples,
      ...buildCards(sections, { keyFacts: [], cardSections: [sections[0]!.anchor], cases: [] }),
      keyFacts: [],
      html: sections.map((s) => s.html).join(''),
      text: sections.map((s) => s.text).join('\n'),
      sections,
      path: `faq/${id}.md`,
      url: `/kb/${id}`,
    });
  }
  return {
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    notices: [],
    classes: [],
    neutral: [],
    otherSystems: { systems: [], ours: [], unstated: [] },
    readings: new Map(),
    ruleReadings: new Map(),
    site: {
      systemName: 'ベンチマーク',
      supportSiteName: 'ベンチマーク',
      supportSiteUrl: 'https://example.invalid/',
      faqUrl: 'https://example.invalid/faq',
      helpdesk: { name: 'ヘルプデスク', phone: '0000-00-0000', hours: '平日', formUrl: 'https://example.invalid/', formLabel: 'フォーム' },
    },
    lexicon: [{ term: 'パスワード', variants: ['パス', 'PW'] }],
    smalltalk: [],
    suggestions: [],
  };
}

/** Queries for the generated corpus: held-in questions with a twist (casual ending, full-width space). */
export function generateQueries(kb: KnowledgeBase, count: number, seed = 7): string[] {
  const rnd = random(seed);
  return Array.from({ length: count }, () => {
    const a = kb.articles[Math.floor(rnd() * kb.articles.length)]!;
    const q = a.examples[Math.floor(rnd() * a.examples.length)]!;
    return rnd() < 0.5 ? `${q}　教えて` : q;
  });
}

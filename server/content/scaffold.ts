/**
 * The skeleton `npm run content:new` writes: every front-matter field, blank where the editor must
 * write and TODO in the body, so `content:check` lists exactly what is still to do.
 */
import { CATEGORIES } from './types.ts';
import { ID_PATTERN, MAX_ID_LENGTH, MIN_EXAMPLES } from './validate.ts';

export type ScaffoldKind = 'faq' | 'guide';

/** Folder of each kind under the content folder. */
export const KIND_FOLDERS: Record<ScaffoldKind, string> = { faq: 'faq', guide: 'guides' };

/** Why an id cannot be used, or null when it can. */
export function idProblem(id: string): string | null {
  if (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) {
    return `content:new: "${id}" is not a valid id: use lowercase a-z, 0-9 and single hyphens, at most ${MAX_ID_LENGTH} characters (e.g. kj-password-lost)`;
  }
  return null;
}

const BODIES: Record<ScaffoldKind, string> = {
  faq: `## 回答 {#answer}

TODO: 質問への答えを、最初の一文で言い切ってください。

## 手順 {#steps}

1. TODO: 画面名やボタン名は「」で、資料のとおりに書きます。
2. TODO: 手順を一つずつ、番号付きで書きます。

## 解決しない場合 {#if-unsolved}

解決しない場合は、[ヘルプデスクへのお問い合わせ](/kb/contact)をご覧ください。
`,
  guide: `TODO: このガイドで何ができるようになるかを一、二文で書きます。

## 準備するもの {#before-you-start}

- TODO: 始める前に手元に用意するもの

## 手順 {#steps}

1. TODO: 画面名やボタン名は「」で、資料のとおりに書きます。
2. TODO: 手順を一つずつ、番号付きで書きます。

## 解決しない場合 {#if-unsolved}

解決しない場合は、[ヘルプデスクへのお問い合わせ](/kb/contact)をご覧ください。
`,
};

/**
 * Text of a new article. `today` is YYYY-MM-DD. Blank title, category, summary, source and examples
 * make `content:check` fail until the editor fills them in.
 */
export function scaffoldArticle(kind: ScaffoldKind, id: string, today: string): string {
  const examples = Array.from({ length: MIN_EXAMPLES }, () => '  - ').join('\n');
  return `---
id: ${id}
# FAQ: the question as a user would ask it. Guide: what it helps to do.
title:
# One of: ${Object.keys(CATEGORIES).join(', ')}
category:
# ONE sentence that answers it (shown in search results and in the chat).
summary:
# The seed section (スタートガイド 導入フロー編「…」) or a URL given in the sources.
source:
updated: ${today}
# Ids of related articles, e.g. [kj-id, password-expired]
related: []
# Facts every answer card must hold word for word (screen names in 「」, numbers, document names), e.g.
# [電子請求受付システム, 「パスワード等を紛失した方はこちら」]. The card is "## 回答" + "## 手順" (content/README.md).
keyFacts:
# At least ${MIN_EXAMPLES} questions as users type them: keigo and casual, ひらがなだけ, ﾊﾝｶｸ, ＺＥＮＫＡＫＵ,
# typos, keywords only, with a full-width space. Unique across all articles.
examples:
${examples}
# Optional, for the answer engine (see content/README.md):
# intent:
#   must:
#     - [パスワード, PW]
#   may: [ログイン]
#   not: [Wi-Fi]
---

${BODIES[kind]}`;
}

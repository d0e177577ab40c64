/** chooseCard: a case's card when the question has its words (however typed), else the default card. */
import { describe, expect, it } from 'vitest';
import { chooseCard } from '../../server/answer/card.ts';
import { ruleText } from '../../server/answer/intents.ts';
import { makeArticle, makeKnowledgeBase } from '../helpers/make-kb.ts';
import { analyserFor } from './fixtures.ts';
import { tinyKnowledgeBase } from '../helpers/tiny-kb.ts';

const article = makeArticle({
  id: 'kj-password-lost',
  title: 'KJのパスワードがわからない',
  summary: 's',
  examples: [],
  sections: [
    { anchor: 'answer', title: '回答', text: '電子請求受付システムで再発行できます。' },
    { anchor: 'steps', title: '手順', text: '「パスワード等を紛失した方はこちら」を押します。' },
    { anchor: 'with-mail', title: '登録済みの場合', text: 'すぐに再設定できます。' },
    { anchor: 'without-mail', title: '未登録の場合', text: '数日から1週間程度で郵送されます。' },
    { anchor: 'notes', title: 'ご注意', text: '証明書のパスワードは別です。' },
  ],
  cases: [
    { section: 'with-mail', when: [['セキュリティ用メールアドレス', 'メールアドレス'], ['登録済', '登録している']], keyFacts: ['すぐに'] },
    { section: 'without-mail', when: [['メールアドレス', '郵送', '何日'], ['未登録', '登録していない', '郵送', '何日']], keyFacts: ['郵送'] },
  ],
});
const lexicon = [{ term: 'メールアドレス', variants: ['メアド'] }];
const analyse = analyserFor(makeKnowledgeBase([article], { lexicon, site: tinyKnowledgeBase().site }));
const ask = (q: string) => chooseCard(article, ruleText(analyse(q)));

describe('chooseCard', () => {
  it('shows the default card, answer and steps, when no case applies', () => {
    expect(ask('KJのパスワードを忘れました')).toEqual({
      html: '<p>電子請求受付システムで再発行できます。</p><p>「パスワード等を紛失した方はこちら」を押します。</p>',
      section: null,
    });
  });

  it('shows a case card when every word group of the case has a word in the question', () => {
    expect(ask('メールアドレスを登録していないのですが')).toEqual({ html: '<p>数日から1週間程度で郵送されます。</p>', section: { anchor: 'without-mail', title: '未登録の場合' } });
    expect(ask('セキュリティ用メールアドレスは登録済みです').section?.anchor).toBe('with-mail');
    // One group alone is not enough: 「登録済」 without an e-mail address is about something else.
    expect(ask('ライセンスは登録済みです').section).toBeNull();
  });

  it('lets one word stand for both groups (「郵送だと何日？」)', () => {
    expect(ask('郵送だと何日かかる？').section?.anchor).toBe('without-mail');
  });

  it('matches however the words were typed: half-width kana, hiragana, full-width, a lexicon variant', () => {
    expect(ask('ﾒｰﾙｱﾄﾞﾚｽ 未登録').section?.anchor).toBe('without-mail');
    expect(ask('めーるあどれす　みとうろく…登録していない').section?.anchor).toBe('without-mail');
    expect(ask('メアドは登録していません。登録していないです').section?.anchor).toBe('without-mail');
  });

  it("takes the editor's first matching case", () => {
    expect(ask('メールアドレスは登録済みだが郵送で届くのは何日？').section?.anchor).toBe('with-mail');
  });
});

import { describe, expect, it } from 'vitest';
import { withoutSentFrom } from '../../server/text/sent-from.ts';
import { engineFor, realKnowledgeBase } from '../answer/fixtures.ts';

describe('withoutSentFrom', () => {
  it('takes out a courtesy for the device a message is typed on, with where from', () => {
    expect(withoutSentFrom('外出先からスマホで失礼します。証明書のパスワードを忘れました').trim()).toBe('証明書のパスワードを忘れました');
    expect(withoutSentFrom('iPhoneからすみません、ライセンスの料金は？').trim()).toBe('ライセンスの料金は？');
  });

  it('takes out a reason given by the device typed on', () => {
    expect(withoutSentFrom('携帯から打ってるので変な文だったらごめんなさい').trim()).toBe('変な文だったらごめんなさい');
  });

  it('keeps a device asked about', () => {
    expect(withoutSentFrom('スマホで使えますか？')).toBe('スマホで使えますか？');
    expect(withoutSentFrom('タブレットからでも申請できますか')).toBe('タブレットからでも申請できますか');
  });
});

describe('a message typed on a phone (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());

  it('is answered by what it asks, not by the PC environment the device fails', () => {
    expect(engine.ask({ question: 'スマホから失礼します。利用申請ってどこでやるんでしたっけ？' }).result.answer?.id).toBe('application');
    expect(engine.ask({ question: '車の中からスマホで失礼します。証明書のパスワード忘れたんですが' }).result.answer?.id).toBe('certificate-password');
    expect(engine.ask({ question: '出先からスマホで失礼します。ライセンスの更新は毎年いるんですか' }).result.confidence).toBeGreaterThan(0.9);
    expect(engine.ask({ question: 'スマホで使えますか？' }).result.answer?.id).toBe('pc-environment');
  });
});

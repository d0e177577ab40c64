import { describe, expect, it } from 'vitest';
import { rewrittenQuestion, type RewriteContext } from '../../server/answer/rewrites.ts';

describe('rewrittenQuestion', () => {
  const ctx: RewriteContext = { readSentence: () => ({ asksAgain: false, namesNothing: false }), listsFlow: (id) => id === 'overview' };

  it('reads a message as typed when no rewrite applies', () => {
    expect(rewrittenQuestion({ question: '利用申請はどこでしますか' }, ctx)).toBeNull();
  });

  it('takes 「その中の」 off only after an answer that lists a flow', () => {
    expect(rewrittenQuestion({ question: 'その中の利用申請はどこで？', previous: 'overview' }, ctx)).toBe('利用申請はどこで？');
    expect(rewrittenQuestion({ question: 'その中の利用申請はどこで？', previous: 'license' }, ctx)).toBeNull();
  });

  it('reads what follows a denial only in a reply to a question back', () => {
    const question = '料金の方じゃなくて、更新の方です';
    expect(rewrittenQuestion({ question, offered: ['license', 'license-renewal'] }, ctx)).toBe('更新の方です');
    expect(rewrittenQuestion({ question }, ctx)).toBeNull();
  });

  it('sets a numbered list typed on one line out on lines', () => {
    expect(rewrittenQuestion({ question: '1. 申請済み　2. 次は？' }, ctx)).toBe('1. 申請済み\n2. 次は？');
  });

  it('takes a mail’s opening greeting off, and leaves a message that is only a greeting', () => {
    expect(rewrittenQuestion({ question: 'いつもお世話になっております。ログインできません' }, ctx)).toBe('ログインできません');
    expect(rewrittenQuestion({ question: '平素より大変お世話になっております、証明書の件です' }, ctx)).toBe('証明書の件です');
    expect(rewrittenQuestion({ question: 'お世話になります。' }, ctx)).toBeNull();
  });
});


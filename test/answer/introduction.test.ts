import { describe, expect, it } from 'vitest';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

const engine = engineFor(await realKnowledgeBase());
const answerOf = (question: string) => engine.ask({ question }).result.answer?.id;

describe('readWithoutIntroduction', () => {
  it('reads a message without the office it opens on, when the rest is surely about something else', () => {
    // 包括 alone draws the who-can-use article (地域包括支援センター).
    expect(answerOf('富山の包括だけど、利用状況WEBサイトにはどのIDで入るの？')).toBe('application');
    expect(answerOf('山形の包括ですが、利用申請はどのサイトでやるんですか')).toBe('application');
  });

  it('keeps the introduction when the rest speaks of the office, or when it is the subject', () => {
    expect(answerOf('地域包括支援センターです。うちもこのシステムを使えますか')).toBe('who-can-use');
    expect(answerOf('地域包括支援センターですが、このシステムは使えますか')).toBe('who-can-use');
  });
});

import { describe, expect, it } from 'vitest';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

describe('a step the clerk asks to leave out', async () => {
  const engine = engineFor(await realKnowledgeBase());
  const ask = (question: string) => engine.ask({ question });

  it('is answered with that step, not with the later one the clerk wants to reach', () => {
    for (const q of ['利用申請しなくてもアプリ使える？', '利用申請せんでもログインできるん？', '利用申請をしないでアプリを使えますか', '申請は飛ばしてアプリにログインしてもいい？']) {
      expect(ask(q).result.answer?.id, q).toBe('application');
    }
  });

  it('leaves a later step left out to do an earlier one, and a question that leaves nothing out, as they are', () => {
    // Logging in comes after the application: the question is about the application all the same.
    expect(ask('ログインしないで利用申請できますか').result.answer?.id).toBe('application');
    expect(ask('アプリにログインするには何が必要ですか').result.answer?.id).toBe('start');
  });
});

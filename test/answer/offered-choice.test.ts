import { describe, expect, it } from 'vitest';
import { engineFor, realKnowledgeBase } from './fixtures.ts';
import { wordsInCommon } from '../../server/answer/offered-choice.ts';

describe('a reply to a question back (real content)', async () => {
  const engine = engineFor(await realKnowledgeBase());
  const ask = (question: string, offered?: string[], previous?: string) => engine.ask({ question, offered, previous });

  it('chooses the option the reply names, where the reply alone would not', () => {
    for (const [q, offered, want] of [
      ['KJのほう', ['certificate-password', 'kj-password-lost'], 'kj-password-lost'],
      ['アプリにログインするときのcのやつ', ['personal-user-id', 'kj-id'], 'personal-user-id'],
      ['期限切れって出るやつ', ['start', 'password-expired'], 'password-expired'],
    ] as const) {
      const alone = ask(q).result;
      expect(alone.kind === 'answer' && alone.answer?.id === want, `${q} alone`).toBe(false);
      const { result, trace } = ask(q, [...offered]);
      expect(result.answer?.id, q).toBe(want);
      expect(trace.conversation, q).toMatchObject({ continued: true, why: 'chosen-option' });
      expect(result.message, q).not.toContain('続き');
    }
  });

  it('chooses by what a reply says after taking one option back (「…の方じゃなくて、…の方」, 東北 「でねくて」)', () => {
    expect(ask('料金の方じゃなくて、期限が切れたらどうするかの方です', ['license-renewal', 'license']).result.answer?.id).toBe('license-renewal');
    expect(ask('インストールのやり方でねくて、なんか警告が出るほうだ', ['certificate', 'certificate-error']).result.answer?.id).toBe('certificate-error');
  });

  it('chooses by title when every option\'s topic holds the word the reply names', () => {
    // The personal ID's and the certificate password's articles mention the KJ ID too; only one is titled after it.
    const offered = ['kj-id', 'personal-user-id', 'certificate-password'];
    expect(ask('KJのほうです').result.answer?.id).not.toBe('kj-id');
    const { result, trace } = ask('KJのほうです', offered);
    expect(result.answer?.id).toBe('kj-id');
    expect(trace.conversation).toMatchObject({ continued: true, why: 'chosen-option' });
  });

  it('hands a reply that asks for the helpdesk over, whatever word it shares with an option', () => {
    // 番号 (the helpdesk's number) is in the download's office number: chosen by that word alone, it was the download.
    const { result, trace } = ask('もうヘルプデスクに聞くわ。番号は？', ['password-expired', 'application', 'download'], 'password-expired');
    expect(result.answer?.id).toBe('contact');
    expect(trace.conversation.why).not.toBe('chosen-option');
  });

  it('answers a reply that asks, surely, about what no option holds as a message of its own', () => {
    // Only the multiple-PCs option's topic holds アプリ, but the reply asks where to download it: the download's.
    const { result, trace } = ask('あぷりのほう　どっからおとすのかわからん', ['certificate', 'multiple-pcs', 'certificate-error']);
    expect(result.answer?.id).toBe('download');
    expect(trace.conversation.why).not.toBe('chosen-option');
    // Not a reply that only says when it happens, nor one whose words beyond the options are no term (最初).
    expect(ask('電子請求のIDでログインしようとしたとき', ['password-expired', 'license-renewal']).result.answer?.id).toBe('password-expired');
    expect(ask('アプリのログインで最初に入れる小文字のcのやつ', ['kj-id', 'personal-user-id']).result.answer?.id).toBe('personal-user-id');
  });

  it('answers a reply that names a place and then says what it means, when that is another article than the options', () => {
    for (const [q, offered, want] of [
      ['前者です。KJのIDのパスワードを忘れちゃって', ['start', 'password-expired'], 'kj-password-lost'],
      ['2番目のやつです。証明書を発行するときのパスワード', ['personal-user-id', 'kj-password-lost', 'kj-id'], 'certificate-password'],
      ['後者っす。申請終わってっか確認したいの', ['who-can-use', 'application'], 'application-status'],
    ] as const) {
      expect(ask(q, [...offered]).result.answer?.id, q).toBe(want);
    }
    // What the place names, said again in words, is that option.
    expect(ask('2番目のやつです。KJのパスワード', ['personal-user-id', 'kj-password-lost', 'kj-id']).result.answer?.id).toBe('kj-password-lost');
  });

  it('chooses by place: 「2つ目」「後者」「上の」', () => {
    const offered = ['certificate', 'certificate-error', 'certificate-password'];
    expect(ask('2つ目', offered).result.answer?.id).toBe('certificate-error');
    expect(ask('後者で', offered.slice(0, 2)).result.answer?.id).toBe('certificate-error');
    expect(ask('上のやつ', offered).result.answer?.id).toBe('certificate');
  });

  it('does not take a place or a word for a choice in a reply that says it does not know, or that fails, what no option\'s title names', () => {
    // 「1つめ」 is the first field on the screen: neither option the clerk saw names the personal ID.
    const { result, trace } = ask('1つめの個人ユーザIDというのが分かりません', ['start', 'download']);
    expect(result.answer?.id).toBe('personal-user-id');
    expect(trace.conversation.why).not.toBe('chosen-option');
    expect(ask('1つめのほう', ['start', 'download']).result.answer?.id).toBe('start');
    // So is one that reports a new trouble (an error) that no option's title names.
    expect(ask('インストールはできたのに、今度は証明書のエラーが出る', ['kj-id', 'certificate-password']).result.answer?.id).toBe('certificate-error');
  });

  it('reads the reply within the topic the options share, where a rule then decides another article', () => {
    const { result, trace } = ask('事業所ごとにいるのか知りたい', ['certificate', 'certificate-error']);
    expect(result.answer?.id).toBe('certificate-per-office');
    expect(trace.conversation.why).toBe('chosen-option');
    // Alone, the same words are the licence's (its title has 事業所ごと and 必要).
    expect(ask('事業所ごとにいるのか知りたい').result.answer?.id).not.toBe('certificate-per-office');
    expect(ask('事業所ふたつ分いるんかなって', ['certificate', 'certificate-error']).result.answer?.id).toBe('certificate-per-office');
  });

  it('answers a reply that names, surely, another subject than the options and the article their topic puts back', () => {
    // The certificate put back with 事業所ごと fires certificate-per-office's rule; the licence the reply names is neither.
    for (const q of ['それと、ライセンスって事業所ごとにいるんですか？', 'ところでライセンスは事業所ごとに必要なの？']) {
      expect(ask(q, ['certificate', 'certificate-error']).result.answer?.id, q).toBe('license');
    }
  });

  it('answers a reply that says the step is done and asks what follows with the next step', () => {
    expect(ask('パソコンは大丈夫そう。次は何を確認すれば', ['pc-environment', 'multiple-pcs']).result.answer?.id).toBe('care-software');
    // The step done named by the options' shared topic: 「いれました」 after the certificate's two articles.
    expect(ask('いれました。次のステップは？', ['certificate', 'certificate-error']).result.answer?.id).toBe('application');
    // A step named done that no option is settles the reply: the step after it, not the option its other words lean to.
    for (const q of ['ダウンロードは済みました。次は何をすれば？', 'ｸﾗｲｱﾝﾄｱﾌﾟﾘのﾀﾞｳﾝﾛｰﾄﾞ終わった 次は', 'アプリのダウンロードおわったよ、つぎは？']) {
      expect(ask(q, ['who-can-use', 'overview', 'free-pass']).result.answer?.id, q).toBe('certificate');
    }
  });

  it('answers a new question, another system, thanks and a secret as themselves', () => {
    const offered = ['certificate', 'certificate-error'];
    const fresh = ask('ライセンス料はいくらですか', offered);
    expect(fresh.result.answer?.id).toBe('license');
    expect(fresh.trace.conversation.why).not.toBe('chosen-option');
    expect(ask('e-Taxの電子証明書のことです', offered).result.kind).not.toBe('answer');
    expect(ask('ありがとうございました', offered).result.kind).toBe('smalltalk');
    expect(ask('KJ080899999999', ['kj-id', 'kj-password-lost']).result.kind).not.toBe('answer');
  });

  it('chooses nothing when the reply takes back what was asked, or asks a figure the option does not state', () => {
    const denied = ask('あ、ちがった、そもそもパスワード自体わからんの', ['password-expired', 'license-renewal']);
    expect(denied.trace.conversation.why).not.toBe('chosen-option');
    expect(denied.result.answer?.id ?? null).not.toBe('password-expired');
    const figure = ask('それ有効期限なんねん？', ['certificate', 'proxy-certificate']);
    expect(figure.trace.conversation.why).not.toBe('chosen-option');
    expect(figure.result.kind).not.toBe('answer');
    // A denial inside the reply that names the other option is a choice all the same.
    expect(ask('いや料金じゃなくて更新の方', ['license', 'license-renewal']).result.answer?.id).toBe('license-renewal');
    // So is a denial that goes on to name the one meant (「いや、…のほう」): it takes back a guess, not the question.
    const named = ask('いいえ、電子証明書のほうです', ['kj-password-lost', 'certificate-password']);
    expect(named.result.answer?.id).toBe('certificate-password');
    expect(named.trace.conversation.why).toBe('chosen-option');
  });

  it('chooses nothing when the reply leaves the options alike, or only one option is known', () => {
    const { result, trace } = ask('パスワードのほう', ['certificate-password', 'kj-password-lost']);
    expect(trace.conversation.why).not.toBe('chosen-option');
    expect(result.kind === 'answer' && ['certificate-password', 'kj-password-lost'].includes(result.answer!.id)).toBe(false);
    expect(ask('KJのほう', ['no-such-article', 'kj-password-lost']).trace.conversation.why).not.toBe('chosen-option');
  });
});

describe('wordsInCommon', () => {
  it('is the words every list holds, less the ones given', () => {
    expect(wordsInCommon([['電子証明書', 'えらー'], ['電子証明書', 'いんすとーる']], [])).toEqual(['電子証明書']);
    expect(wordsInCommon([['電子証明書', 'えらー'], ['電子証明書']], ['電子証明書'])).toEqual([]);
    expect(wordsInCommon([], [])).toEqual([]);
  });
});

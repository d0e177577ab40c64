import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../server/content/types.ts';
import { afterNextWord, asksFirstStep, asksLastAfterDone, asksLastAlone, asksLastStep, asksNextInWords, asksNextStep, asksStepAfter, asksStepBefore, doneParts, saysStepDone, listedDone, onboardingOrder, stepAfter, stepBefore, stepNamedByNumber, stepNumber, stepNumberDone, textAfterDone } from '../../server/answer/next-steps.ts';
import type { Decision } from '../../server/answer/decide.ts';
import { realKnowledgeBase } from './fixtures.ts';

/** A knowledge base of bare articles: only ids and sections matter here. */
function kbOf(articles: { id: string; sections: { anchor: string; html: string }[] }[]): KnowledgeBase {
  return { articles, byId: new Map(articles.map((a) => [a.id, a])) } as unknown as KnowledgeBase;
}

describe('onboardingOrder: the next steps', () => {
  it('reads the next step of each guide from its next-step section (real content)', async () => {
    const { next } = onboardingOrder(await realKnowledgeBase());
    expect(next.get('pc-environment')).toBe('care-software');
    expect(next.get('download')).toBe('certificate');
    expect(next.get('application')).toBe('start');
    expect(next.get('certificate')).toBe('application');
    // No next-step section of its own: the step after it in the overview's flow.
    expect(next.get('kj-id')).toBe('download');
    // The flow's last step has none.
    expect(next.has('start')).toBe(false);
    // An FAQ answer has no next-step section.
    expect(next.has('contact')).toBe(false);
  });

  it('takes the first link to another known article, in that section only', () => {
    const { next } = onboardingOrder(
      kbOf([
        { id: 'a', sections: [{ anchor: 'steps', html: '<a href="/kb/c">c</a>' }, { anchor: 'next', html: '<a href="/kb/a">a</a> <a href="/kb/missing">x</a> <a href="/kb/b#top">b</a>' }] },
        { id: 'b', sections: [{ anchor: 'next', html: '<p>次はありません</p>' }] },
        { id: 'c', sections: [] },
      ]),
    );
    expect([...next]).toEqual([['a', 'b']]);
  });

  it('reads a flow from a steps list whose every item opens with a link, after the guides\' own next steps', () => {
    const flow = '<ol>\n<li><a href="/kb/a">A</a>：…</li>\n<li><a href="/kb/b">B</a>：…</li>\n<li><a href="/kb/c">C</a>：…</li>\n</ol>';
    const { next } = onboardingOrder(
      kbOf([
        { id: 'a', sections: [{ anchor: 'next', html: '<a href="/kb/c">c</a>' }] },
        { id: 'b', sections: [] },
        { id: 'c', sections: [] },
        { id: 'o', sections: [{ anchor: 'steps', html: flow }] },
      ]),
    );
    // The article listing the flow comes before its first step.
    expect(Object.fromEntries(next)).toEqual({ a: 'c', b: 'c', o: 'a' });
    // Two links, or an item that does not open with one, make no flow.
    const mixed = '<ol>\n<li><a href="/kb/a">A</a></li>\n<li>then <a href="/kb/b">B</a></li>\n<li><a href="/kb/c">C</a></li>\n</ol>';
    expect(onboardingOrder(kbOf([{ id: 'a', sections: [] }, { id: 'b', sections: [] }, { id: 'c', sections: [] }, { id: 'o', sections: [{ anchor: 'steps', html: mixed }] }])).next.size).toBe(0);
  });
});

describe('onboardingOrder: what follows an article beside the flow', () => {
  it('is the next step of its first related step in the same category (real content)', async () => {
    const { after, next, previous, stepOf } = onboardingOrder(await realKnowledgeBase());
    expect(stepOf.get('kj-password-lost')).toBe('kj-id');
    expect(after.get('kj-password-lost')).toBe('download');
    expect(after.get('application-status')).toBe('start');
    expect(after.get('certificate-password')).toBe('application');
    expect(after.get('free-pass')).toBe('start');
    // A step keeps its own next step; an article with no related step of its category has none.
    expect(after.get('kj-id')).toBe(next.get('kj-id'));
    expect(after.has('contact')).toBe(false);
    expect(after.has('multiple-pcs')).toBe(false);
    // The side articles are no steps: the next steps and the previous ones stay the flow's.
    expect(next.has('kj-password-lost')).toBe(false);
    expect(previous.get('start')).toBe('application');
  });

  it('reads the category from the step, not from any related article', () => {
    const steps = { anchor: 'steps', html: '<li><a href="/kb/a">a</a></li><li><a href="/kb/b">b</a></li><li><a href="/kb/c">c</a></li>' };
    const kb = kbOf([
      { id: 'a', sections: [], category: 'x' },
      { id: 'b', sections: [], category: 'y' },
      { id: 'c', sections: [], category: 'y' },
      { id: 'o', sections: [steps], category: 'z' },
      { id: 's', sections: [], category: 'y', related: ['o', 'a', 'b'] },
      { id: 't', sections: [], category: 'q', related: ['a'] },
    ] as never);
    const { after } = onboardingOrder(kb);
    expect(after.get('s')).toBe('c');
    expect(after.has('t')).toBe(false);
  });
});

describe('onboardingOrder: the previous steps and the flows', () => {
  it('reverse the onboarding order, without the article that lists the flow (real content)', async () => {
    const kb = await realKnowledgeBase();
    const { previous: before, flows } = onboardingOrder(kb);
    expect(before.get('care-software')).toBe('pc-environment');
    expect(before.get('download')).toBe('kj-id');
    expect(before.get('start')).toBe('application');
    // The first step has none: the overview lists the flow, it is no step of it.
    expect(before.has('pc-environment')).toBe(false);
    expect(flows.get('overview')).toEqual(['pc-environment', 'care-software', 'kj-id', 'download', 'certificate', 'application', 'start']);
  });

  it('keep no previous step that two steps lead to', () => {
    const flow = '<ol>\n<li><a href="/kb/a">A</a></li>\n<li><a href="/kb/b">B</a></li>\n<li><a href="/kb/c">C</a></li>\n</ol>';
    const kb = kbOf([
      { id: 'a', sections: [{ anchor: 'next', html: '<a href="/kb/c">c</a>' }] },
      { id: 'b', sections: [] },
      { id: 'c', sections: [] },
      { id: 'o', sections: [{ anchor: 'steps', html: flow }] },
    ]);
    // a → c and b → c: c has two.
    const order = onboardingOrder(kb);
    expect(Object.fromEntries(order.previous)).toEqual({});
    expect(Object.fromEntries(order.flows)).toEqual({ o: ['a', 'b', 'c'] });
  });
});

describe('asksLastAlone', () => {
  it('reads the last step asked for alone, also what is done in it', () => {
    for (const text of ['さいごは', '最後はなにするの', '最後は何をするんですか', 'ラストは何やると']) expect(asksLastAlone(text), text).toBe(true);
    expect(asksLastAlone('最後に入れるパスワードは何')).toBe(false);
  });
});

describe('asksStepAfter', () => {
  it('reads a step said done and an open ask for what follows', () => {
    for (const text of ['pcの確認はokでした 次は', 'idもパスワードも揃いました 次お願いします', '再発行できた で 次なにしたらいい', '利用申請が終わったら次は何をすればいいですか', 'だうんろーどが済んだら次は？', 'pc環境の確認ができたら次に何をすれば良いでしょうか', '申請の次は？', '申請の次の手順を教えて', '証明書のインストールのあと次はなにをすればいい', '電子請求用idがわかったら次に何をすればいいですか', '製品をだうんろーどした後は何をする', 'インストールしてから何をすればいい', '申請終わりました あとは何を', 'だうんろーどしたあとは', '証明書のインストールの後は', 'いんすとーるして申請も終わった 次どうすれば使えるの']) {
      expect(asksStepAfter(text), text).toBe(true);
    }
  });

  it('reads a step said done, then once it is finished put alone as the question, and not that question alone', () => {
    for (const text of ['アプリのダウンロードはできました それ済んだら', 'pcの確認はokでした これが終わったら？']) expect(asksStepAfter(text), text).toBe(true);
    // Alone it names no step: the conversation reads it after the last answer.
    for (const text of ['それ終わったら', 'それが済んだら？']) expect(asksStepAfter(text), text).toBe(false);
  });

  it('reads a step said done in dialect or as a state, a bare あとは, and what the clerk wants to start as the goal, not a step', () => {
    for (const text of ['証明書はもう入っとったわ ほな次は', '証明書は入ってました 次は', '申請も済んだで あとは？', '利用申請まで終わりました あとは何をしたらでーたのやり取りを始められますか']) {
      expect(asksStepAfter(text), text).toBe(true);
    }
    expect(asksStepAfter('証明書は入ってるかどうかわからない 次は'), 'doubted').toBe(false);
  });

  it('reads a step said submitted or put in, and an ask for what is left, as a step done and an ask for what follows', () => {
    for (const text of ['利用申請も出しました 次は', '申請しました 次は何をすれば', 'ダウンロードも済んだし利用申請も出しました 残りは何', '証明書も入れたし申請も済んだ あと何が残ってる']) {
      expect(asksStepAfter(text), text).toBe(true);
    }
    // Found in place, in the dialect of Yamaguchi and Oita (入っちょった).
    expect(asksStepAfter('証明書が入っちょった 次は')).toBe(true);
    // Sent, in standard speech and in Kansai (送ったで).
    for (const text of ['利用申請の画面から送りました 次は', 'しんせい送ったで 次なにするん']) expect(asksStepAfter(text), text).toBe(true);
    // Not an error shown (出ました, not 出しました), nor a time left asked of a thing.
    expect(asksStepAfter('エラーが出ました 次は')).toBe(false);
    expect(asksStepAfter('証明書の残りの期間は何日')).toBe(false);
  });

  it('reads a thing put in, said in the plain past before a turn to the ask, as a step done; not a wish', () => {
    for (const text of ['証明書は入れたんですが 次は何をすれば', 'アプリはインストールしたけど 次は', 'ソフトはダウンロードしたが 次どうする']) {
      expect(asksStepAfter(text), text).toBe(true);
    }
    expect(saysStepDone('証明書を入れたいんですが')).toBe(false);
  });

  it('reads a bare 次 at the end, and a step shown complete (「完了しています」), but not one asked whether it is', () => {
    for (const text of ['ダウンロードまで終わりました 次', 'pcの確認できました つぎ！', '画面に 利用申請が完了しています と出ました 次は何をすればいいですか']) {
      expect(asksStepAfter(text), text).toBe(true);
    }
    for (const text of ['利用申請は完了していますか', '申請が完了していますよね？ 次の更新はいつ']) expect(asksStepAfter(text), text).toBe(false);
  });

  it('reads a setting left made, a check the vendor passed and things at hand as steps done, not the same words asked', () => {
    for (const text of ['カレンダー表示は和暦じゃなくて西暦にしてあります ほな次は', 'ブラウザはEdgeに設定しています 次は何を', 'うちの介護ソフトは対応してるってベンダーさんから聞いた つぎは', 'ソフトは対応しています あとは何をすれば', '事業所ユーザIDと証明書のパスワードは手元にそろってます 次は']) {
      expect(asksStepAfter(text), text).toBe(true);
    }
    for (const text of ['介護ソフトは対応してる', '介護ソフトは対応していますか 次の更新は', 'カレンダーは西暦にしてある？', 'ブラウザはChromeに設定していますよね']) expect(asksStepAfter(text), text).toBe(false);
  });

  it('reads a setting found so and a thing turned up as steps done, not a trouble that became so or came up', () => {
    for (const text of ['カレンダーも西暦表示になってました 次は何を', 'ブラウザはedgeになってた で次は', 'kjのidの書いた紙が引き出しから出てきた 次は']) {
      expect(asksStepAfter(text), text).toBe(true);
    }
    for (const text of ['パスワードが期限切れになってました 次は', 'えらーめっせーじが出てきた 次は', 'エラーが出てきました 次は何を']) expect(asksStepAfter(text), text).toBe(false);
  });

  it('reads この後 with what the clerk wants before どう as an ask for what follows, unless it names a step', () => {
    expect(asksStepAfter('申請まで済ませました この後 実際に使い始めるにはどうすれば')).toBe(true);
    expect(asksStepAfter('申請まで済ませました その後 証明書を入れるにはどうすれば')).toBe(false);
  });

  it('reads a check said made, and a polite request or 続いて for what follows', () => {
    for (const text of ['介護ソフトは対応済みとの回答でした 次の手順をご教示ください', 'pc環境を確認いたしました 続いて何を確認すれば', 'パソコンの確認しました つづいてなにをすれば', 'ソフトの対応は確認できました 次の手順をご案内いただけますか']) {
      expect(asksStepAfter(text), text).toBe(true);
    }
    expect(asksStepAfter('確認しましたがエラーが出ます 次はどうすれば')).toBe(false);
  });

  it('reads a check said cleared (「そこはクリアです」) as a step done, not a thing cleared away', () => {
    for (const text of ['pcの確認 そこはクリアです 次は何を', 'IDもクリアしました つぎは']) expect(asksStepAfter(text), text).toBe(true);
    expect(asksStepAfter('キャッシュをクリア 次は')).toBe(false);
  });

  it('reads この後, その後 and これから with what asks after a step said done', () => {
    for (const text of ['証明書のいんすとーるまで終わりました この後どうすれば', 'だうんろーど済みました その後は何を', '申請できました これからどうしたらいい', 'だうんろーどが終わったら他に何かやることある', '申請したらほかにすることは']) {
      expect(asksStepAfter(text), text).toBe(true);
    }
  });

  it('reads a step said done with nothing after it but an ending: told so, a helpdesk says what follows', () => {
    for (const text of ['ぱそこんと介護そふとの確認は済みました', 'ダウンロード終わったよ', '証明書入れました！']) expect(asksStepAfter(text), text).toBe(true);
    // Not a condition still to come out, nor a done step followed by trouble, nor a try that failed.
    for (const text of ['パスワードを入力したら', '証明書どうしたら', '証明書は入れました でもエラーが出ます', 'サイトに入ろうとしたらダメでした 先に何をすればいいですか', 'ダウンロードしたあとで証明書が消えた']) expect(asksStepAfter(text), text).toBe(false);
  });

  it('does not read a button or a link pressed as a step done: what follows is the rest of that step', () => {
    for (const text of ['ろぐいん画面の紛失のりんくを押したら その後どう進めばいい', 'ボタンをクリックしたあと次は何をすれば', '申請ボタンを押下したら次はどうする']) expect(asksStepAfter(text), text).toBe(false);
    // A step itself done still asks what follows it.
    expect(asksStepAfter('だうんろーどしたら次は何をすれば')).toBe(true);
  });

  it('does not read a question that names what it takes the next step to be, or asks how to mend a step', () => {
    for (const text of [
      'ダウンロードできたら、次は証明書のインストールでしたっけ？',
      'ダウンロードが途中で終わってしまいました。どうすればいいですか',
      'ログインできたらエラーが出ました',
      'ログインしたら次はエラーになった',
      '次は何をすればいいですか',
      '利用申請のあと、承認されたか確認したい',
      'インストールした後にエラーが出た、どうすれば',
      'ログインできたけどエラーが出る、どうすれば',
      // 「そのあと」 points back at the last answer: no step said done.
      'わかりました そのあとは何をすれば',
      'これでokですか 次は証明書ですか',
    ]) {
      expect(asksStepAfter(text), text).toBe(false);
    }
  });
});

describe('doneParts', () => {
  it('cuts a message after each word saying a step is done, and gives none when no word says so', () => {
    expect(doneParts('申請も終わったし証明書も入れました あとは何をしたら使い始められますか')).toEqual(['申請も終わった', 'し証明書も入れました']);
    expect(doneParts('ログインのやり方を教えて')).toEqual([]);
  });
});

describe('listedDone', () => {
  it('says each thing a part lists as done alone, and lists nothing for a part naming one thing', () => {
    expect(listedDone('だうんろーども証明書も利用申請も全部終わりました')).toEqual(['だうんろーど終わりました', '証明書終わりました', '利用申請終わりました', '全部終わりました']);
    expect(listedDone('pcの確認、だうんろーど、証明書のいんすとーるまで済みました')).toEqual(['pcの確認済みました', 'だうんろーど済みました', '証明書のいんすとーるまで済みました']);
    expect(listedDone('申請も終わった')).toEqual([]);
    expect(listedDone('ログインのやり方を教えて')).toEqual([]);
  });

  it('cuts two words joined by と, as the written text shows them, and not a と inside a word', () => {
    expect(listedDone('製品だうんろーどと電子証明書のいんすとーるは終わりました', '製品ダウンロードと電子証明書のインストールは終わりました')).toEqual(['製品だうんろーど終わりました', '電子証明書のいんすとーるは終わりました']);
    // ソフト folded is そふと; あと is a word; typed in hiragana, ぱそこんと is not cut.
    expect(listedDone('ぱそこんと介護そふとの確認は済みました', 'パソコンと介護ソフトの確認は済みました')).toEqual(['ぱそこん済みました', '介護そふとの確認は済みました']);
    expect(listedDone('いんすとーるのあと確認も済みました', 'インストールのあと確認も済みました')).toEqual([]);
    expect(listedDone('ぱそこんと介護そふとの確認は済みました')).toEqual([]);
  });
});

describe('asksNextStep', () => {
  it('reads a follow-up that asks what follows in so many words, or says the last step is done and names none', () => {
    for (const text of ['次は何をすればいい', 'その後は', 'このあとは何をすれば', 'それが終わったら', '終わったら', 'できたら', 'そうしたら', 'できたよ', 'そろってました つぎ', 'だいじょぶそう']) expect(asksNextStep(text), text).toBe(true);
  });

  it('does not read a figure asked once a step is done as an ask for what follows', () => {
    for (const text of ['終わったらいくら払うの', 'それが済んだら何日で使える', 'できたらどのくらいかかる']) expect(asksNextStep(text), text).toBe(false);
  });

  it('reads 次 and つぎ with what asks after them, katakana as typed or folded', () => {
    for (const text of ['つぎの手順は', '次のステップは', '次のすてっぷは', '次なにやればいい', 'ほな次なにしたらええ', '次どうする', 'そのつぎは', '次お願いします', '次を教えて']) expect(asksNextStep(text), text).toBe(true);
    for (const text of ['次回の更新は', '次の更新はいつ']) expect(asksNextStep(text), text).toBe(false);
  });

  it('reads a check said passed as a step done (「対応してました」), not one put as a condition (「対応してたら」)', () => {
    for (const text of ['介護ソフトは対応してました 次は', 'ベンダーに聞いて対応してました 次は', 'ソフト対応しとった つぎは']) expect(asksStepAfter(text), text).toBe(true);
    expect(asksStepAfter('介護ソフトが対応してたら')).toBe(false);
  });

  it('does not read a step the message only wonders is done as done', () => {
    for (const text of ['しんせい おわったか わからん', 'おわったかわからない', '済んだのか不安', '終わったかどうか']) expect(asksNextStep(text), text).toBe(false);
    expect(asksNextStep('しんせい おわった')).toBe(true);
  });

  it('does not read a follow-up that names a step or a case of its own', () => {
    for (const text of ['インストールしたら', 'エラーが出たら', 'パスワードを忘れたら', 'ダウンロードが終わったら']) expect(asksNextStep(text), text).toBe(false);
  });
});

describe('afterNextWord', () => {
  it('gives what follows the first 次は or 次に, or null without one', () => {
    expect(afterNextWord('再発行できました 次はいんすとーるですよね')).toBe('いんすとーるですよね');
    expect(afterNextWord('つぎに何をすれば')).toBe('何をすれば');
    expect(afterNextWord('次回の更新')).toBeNull();
  });
});

describe('stepNumberDone', () => {
  it('reads a step said done by its number, with まで, も or は between', () => {
    for (const [text, n] of [['いま4番まで終わりました', 4], ['2番も済んだ', 2], ['ステップ3は完了しました', 3], ['三つ目まで終わった', 3]] as const) expect(stepNumberDone(text), text).toBe(n);
  });

  it('reads no number asked for, or said done of something else', () => {
    for (const text of ['5番は？', '3番の手順が終わらない', '2番目の画面で止まった', '全部終わりました']) expect(stepNumberDone(text), text).toBeNull();
  });
});

describe('stepAfter', () => {
  const steps = new Map([['download', 'certificate']]);
  const ASKS = 'ダウンロードが終わったら次は？';
  const answer: Decision = { kind: 'answer', id: 'download', anchor: 'steps', confidence: 0.8, reason: 'likely', alternatives: ['overview'] };

  it('answers the step after the one the decision found, whole, and records the step done', () => {
    expect(stepAfter(answer, ASKS, steps)).toEqual({ kind: 'answer', id: 'certificate', anchor: null, confidence: 0.8, reason: 'step-after', alternatives: [], after: 'download' });
    const clarify: Decision = { kind: 'clarify', options: ['download', 'start'], confidence: 0.56, reason: 'several-likely' };
    expect(stepAfter(clarify, ASKS, steps)).toMatchObject({ kind: 'answer', id: 'certificate', after: 'download' });
  });

  it('keeps any other decision', () => {
    expect(stepAfter(answer, 'ダウンロードの方法', steps)).toBe(answer);
    const noNext: Decision = { ...answer, id: 'start' };
    expect(stepAfter(noNext, ASKS, steps)).toBe(noNext);
    const clarify: Decision = { kind: 'clarify', options: ['start', 'download'], confidence: 0.5, reason: 'several-likely' };
    expect(stepAfter(clarify, ASKS, steps)).toBe(clarify);
    const fallback: Decision = { kind: 'fallback', related: ['download'], confidence: 0.2, reason: 'unlikely' };
    expect(stepAfter(fallback, ASKS, steps)).toBe(fallback);
  });
});

describe('asksLastStep', () => {
  it('reads a follow-up asking for the last step', () => {
    for (const text of ['最後のやつって何するん', 'さいごは', 'ラストのステップは']) expect(asksLastStep(text), text).toBe(true);
    expect(asksLastStep('最初は')).toBe(false);
  });
});

describe('asksStepBefore and asksFirstStep', () => {
  it('read a follow-up asking for the step before, or where to begin', () => {
    for (const text of ['その前にやっとくことってある', 'その前は', 'それより前にすることは']) expect(asksStepBefore(text), text).toBe(true);
    // 「この前」 is the other day.
    for (const text of ['この前に申請しました', '前の画面に戻りたい', '次は何をすればいい']) expect(asksStepBefore(text), text).toBe(false);
    for (const text of ['最初になにからやればいい', 'まず何をすれば', '何から始めれば']) expect(asksFirstStep(text), text).toBe(true);
    expect(asksFirstStep('次は何をすればいい')).toBe(false);
    // Asked for the whole flow too, it asks for the article that lists it.
    for (const text of ['何から手をつければいいか全体の流れを教えてください', '何から始めればいいのかわかりません全体の手順は']) expect(asksFirstStep(text), text).toBe(false);
  });
});

describe('stepBefore', () => {
  const previous = new Map([['application', 'certificate']]);
  const answer: Decision = { kind: 'answer', id: 'application', anchor: null, confidence: 0.9, reason: 'likely', alternatives: [] };

  it('answers the step before the one the decision found when the message asks what comes before it', () => {
    expect(stepBefore(answer, '申請の前にやっておくことは', previous)).toEqual({ kind: 'answer', id: 'certificate', anchor: null, confidence: 0.9, reason: 'step-before', alternatives: [], before: 'application' });
    expect(stepBefore(answer, '申請する前に何が必要', previous)).toMatchObject({ id: 'certificate' });
  });

  it('keeps any other decision', () => {
    expect(stepBefore(answer, '申請のやり方', previous)).toBe(answer);
    // 「前に」 with nothing asked after it: a past event.
    expect(stepBefore(answer, '申請の前にエラーが出た', previous)).toBe(answer);
    // 「その前に」 points back at the last answer: a follow-up's (conversation.ts), not a step this message names.
    expect(stepBefore(answer, 'その前にやっとくことってある', previous)).toBe(answer);
    const first: Decision = { ...answer, id: 'pc-environment' };
    expect(stepBefore(first, 'pc環境の確認の前に何をすれば', previous)).toBe(first);
  });
});

describe('stepNumber', () => {
  it('reads a step asked for by its number, in digits as typed or in kanji', () => {
    for (const [text, n] of [['5ばんめのとこくわしく', 5], ['すてっぷ3', 3], ['ステップ 2 は？', 2], ['２つ目の手順', 2], ['三番目', 3], ['3番ってなにするん', 3]] as const) expect(stepNumber(text), text).toBe(n);
    for (const text of ['次は何をすればいい', '2台目のパソコン', '事業所が3つ', '事業所番号は3番台']) expect(stepNumber(text), text).toBeNull();
  });
});

describe('stepNamedByNumber', () => {
  it('reads a number or an ordinal alone (with a particle or 何 at most) or a step named by its number, and nothing else', () => {
    for (const [text, n] of [['5は？', 5], ['7', 7], ['６はなに', 6], ['3番って何', 3], ['すてっぷ4', 4], ['ステップ 2 は？', 2], ['2番目', 2], ['三つ目は？', 3], ['６ばんめって何', 6], ['2番目のステップは？', 2], ['6番目のやつのやり方おしえて', 6], ['じゃあ６', 6], ['4番目のステップってなんだっけ', 4], ['ほな6番のやつは', 6], ['2番のって', 2]] as const) expect(stepNamedByNumber(text), text).toBe(n);
    for (const text of ['2番目の手順がわからない', '3つ目のボタン', '2台', '事業所が3つ', '14桁', '5は何日かかる', '0', '一は', '2番目のボタンのやり方おしえて']) expect(stepNamedByNumber(text), text).toBeNull();
  });

  it('reads a kanji digit as a step only when no kanji word goes on from it, bar the counters 番, 目 and 個 (一覧 lists the steps)', () => {
    for (const text of ['ステップ一覧', 'すてっぷ一覧を見たい', 'ステップ一括で進めたい', 'ステップ一度やり直し']) expect(stepNamedByNumber(text), text).toBeNull();
    for (const [text, n] of [['ステップ三は何', 3], ['ステップ五番目は', 5], ['二番目は？', 2], ['ステップ四', 4]] as const) expect(stepNamedByNumber(text), text).toBe(n);
  });

  it('reads 手順 before a number as ステップ, and an ordinal asked in more detail (「…詳しく」), but not 手順 before an ordinal', () => {
    for (const [text, n] of [['手順6は？', 6], ['手順の3って何', 3], ['てじゅん4', 4], ['3番目のやつ詳しく', 3], ['4ばんめのとこくわしく教えて', 4]] as const) expect(stepNamedByNumber(text), text).toBe(n);
    // 「手順の2番目のところ」 is a line of the last answer's own list (conversation.ts PART_BY_PLACE), and 手順12 no step.
    for (const text of ['手順の2番目のところ', '手順12']) expect(stepNamedByNumber(text), text).toBeNull();
  });
});

describe('textAfterDone, asksLastAfterDone and asksNextInWords', () => {
  it('reads what follows the last word saying a step is done, and the last step asked for alone after it', () => {
    expect(textAfterDone('申請も済んだら、最後は？')).toBe('、最後は？');
    expect(textAfterDone('しんせいしたら ふりーぱすって かってに つくの')).toBe(' ふりーぱすって かってに つくの');
    expect(textAfterDone('ふりーぱすって かってに つくの')).toBeNull();
    // A step only wondered done says nothing done.
    expect(textAfterDone('しんせい おわったか わからん')).toBeNull();
    for (const text of ['申請も済んだら、最後は？', 'ダウンロード終わったら最後って何だっけ']) expect(asksLastAfterDone(text), text).toBe(true);
    for (const text of ['最後は？', '申請も済んだら、最後のボタンはどこ？', '申請も済んだら次は？']) expect(asksLastAfterDone(text), text).toBe(false);
  });

  it('tells a message that asks what comes next in so many words', () => {
    for (const text of ['IDの確認できたら、次のステップは？', 'そのあとは？', 'あとは何']) expect(asksNextInWords(text), text).toBe(true);
    for (const text of ['しんせいしたら ふりーぱすって かってに つくの', '申請も済んだら、最後は？']) expect(asksNextInWords(text), text).toBe(false);
  });
});

describe('saysStepDone: a setting changed, said in the casual past', () => {
  it('takes 「…にしたよ」「…に変えた」 as done, and not a wish', () => {
    for (const text of ['かれんだーも西暦にしたよ', 'ぶらうざもedgeに変えた 次は']) expect(saysStepDone(text), text).toBe(true);
    // Mended, and said so in 北海道's っしょ.
    for (const text of ['日付は西暦に直したよ', 'ひづけも西暦になおしたっしょ 次は']) expect(saysStepDone(text), text).toBe(true);
    for (const text of ['かれんだーを西暦にしたいんだけど', 'かれんだーを西暦に変えたい']) expect(saysStepDone(text), text).toBe(false);
  });

  it('reads a step put as 済み and steps done in order (「順番にやってきて」) as done, not 済み asked about', () => {
    for (const text of ['だうんろーど済み 次は', '証明書いんすとーる済み', 'そふとの確認 申請と順番にやってきました', 'ひととおりに進めてきて']) expect(saysStepDone(text), text).toBe(true);
    for (const text of ['申請済みかどうか知りたい', '申請済みか確認したい']) expect(saysStepDone(text), text).toBe(false);
  });
});

describe('asksStepAfter: a step under way on its page', () => {
  it('takes a thing done up to a point on a step’s page or screen as that step under way, not done', () => {
    for (const text of ['ダウンロードのページで事業所番号を入力するところまではできました 次は', '利用状況webサイトの画面でidを入れるところまでいけた その後どうするの']) expect(asksStepAfter(text), text).toBe(false);
    // Done as a whole, the step is done.
    expect(asksStepAfter('ダウンロードまではできました 次は')).toBe(true);
  });
});


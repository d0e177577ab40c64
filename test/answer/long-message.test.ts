import { describe, expect, it } from 'vitest';
import { engineFor, realKnowledgeBase } from './fixtures.ts';
import { questionPart } from '../../server/answer/question-part.ts';

// The readings of long messages (server/answer/long-message.ts), through the engine on the real content.
describe('long messages on the real content', async () => {
  const kb = await realKnowledgeBase();
  const engine = engineFor(kb);

  it('reads a polite condition (「入れましたら」) before the trouble it met as the trouble, not as a step said done', () => {
    for (const q of [
      '国保連から届いた書類の仮パスワードをそのまま入れましたら、有効期限切れですと表示されてしまいました。何か別の手順が必要なのでしょうか。',
      'KJのIDでログインしましたら、パスワードの有効期限が切れていますと出ました。どうすればよいでしょうか。',
    ]) {
      expect(engine.ask({ question: q }).result.answer?.id, q).toBe('password-expired');
    }
  });

  it('keeps a case of another system said with も (「…に入るときも、」): whether ours holds there too is not in the sources', () => {
    for (const question of ['マイナポータルに入るときも、このcから始まるIDを使うんですか？', 'ワムネットに登録する時も、KJのIDが要るんですか', '介護サービス情報公表システムに入る場合も、この個人ユーザIDでいけますか']) {
      expect(engine.ask({ question }).result.kind, question).toBe('fallback');
    }
  });

  it('reads a place asked for after two sentences that name the thing with them, not alone (「…確認できる場所はありますか」)', () => {
    expect(engine.ask({ question: 'アプリに「個人ユーザID」を入れる欄があるのですが、自分で決めた覚えがありません。確認できる場所はありますか。' }).result.answer?.id).toBe('personal-user-id');
    expect(engine.ask({ question: 'KJから始まるIDを入れる欄があるのですが、書類が見当たりません。確認できる場所はありますか。' }).result.answer?.id).toBe('kj-id');
  });

  it('reads what follows a premise about the office taken back (「うち代理請求じゃなかったです」), past a sentence of its own', () => {
    const q = 'ごめんなさい、うちは代理請求じゃなかったです。請求は自分たちでやってます。証明書がパソコンに入っているかどうやって確かめるんですか';
    expect(engine.ask({ question: q, previous: 'proxy-certificate' }).result.answer?.id).toBe('certificate');
  });

  it('reads a question after a clause that only tells who the clerk is (「…パートなんですが、」), without that clause', () => {
    const q = '土曜だけ手伝いに来てるアルバイトなんですが、クライアントアプリに入る個人ユーザIDってどこで見ればいいですか。前にもらった紙をなくしてしまって';
    expect(engine.ask({ question: q }).result.answer?.id).toBe('personal-user-id');
  });

  it('keeps a clause that says, in the formal たく, what the clerk wants of another system: that is what is asked', () => {
    const q = '処遇改善加算の届出を電子で行いたく存じますが、こちらの利用申請と同じく利用状況WEBサイトから出すことはできますでしょうか。';
    expect(engine.ask({ question: q }).result.kind).toBe('fallback');
  });

  it('reads a question typed by voice input, ended by a pause and not a mark, without the reason said after it', () => {
    // The reason names the care software, whose intent rule fires on the whole; the question asks for the whole flow.
    const q = 'えっと連携システムを使えるようになるまでって何ステップあるんですか あの介護ソフトとか証明書とか色々言われてどれからやるのかわからなくて';
    expect(engine.ask({ question: q }).result.answer?.id).toBe('overview');
    // With a mark where the pause was, the same.
    expect(engine.ask({ question: q.replace('ですか ', 'ですか。') }).result.answer?.id).toBe('overview');
  });

  it('answers with the one option titled after the subject a dropped background clause named', () => {
    // 入れ直 names a topic the sources do not cover; without its clause the rest no longer names the certificate.
    const r = engine.ask({ question: '事務所のPCが変わったけん、電子証明書も入れ直さんといけんのよ。インストールの手順はどこに書いてあるん？' });
    expect(r.result.kind).toBe('answer');
    expect(r.result.answer?.id).toBe('certificate');
  });

  it('reads a message that says the download is done, then asks of the next step, without the download', () => {
    expect(engine.ask({ question: 'クライアントアプリはダウンロードしたんですけど、証明書の入れ方はどこに書いてありますか' }).result.answer?.id).toBe('certificate');
  });

  it('reads an error said to look like one as that error, after background about the PC', () => {
    const q = 'パソコンには詳しくなくて、息子にセットしてもらったんですが、ログインしようとすると電子証明書のエラーみたいなのが出て進めません。どうすればいいでしょうか';
    expect(engine.ask({ question: q }).result.answer?.id).toBe('certificate-error');
  });

  it('reads a message that opens on when without it, when the rest disowns the step it names', () => {
    expect(engine.ask({ question: 'ダウンロードの前に、うちのPCで動くか確認したい' }).result.answer?.id).toBe('pc-environment');
    // The rest names nothing of its own: the step before the one named.
    expect(engine.ask({ question: '利用申請の前に、何を準備すればいい？' }).result.answer?.id).toBe('certificate');
    // An intent rule read the whole, what the clerk did in the clause of when included: the class the rest names does not overrule it.
    const rule = engine.ask({ question: '申請のボタン押したあと、すぐブラウザ閉じちゃった…。完了してるかどうか確かめる方法ある？' });
    expect(rule.result.answer?.id).toBe('application-status');
    expect(rule.trace.decision.reason).toBe('rule');
  });

  it('reads a message the model answered for the system\'s own name without that name, which every article is about', () => {
    expect(engine.ask({ question: 'ケアプランデータ連携システムの推奨環境は' }).result.answer?.id).toBe('pc-environment');
    // A question back between likely articles takes an answer among them.
    expect(engine.ask({ question: '連携システムの利用申請はどこで' }).result.answer?.id).toBe('application');
    // The flow's own question keeps the flow.
    expect(engine.ask({ question: 'ケアプランデータ連携システムを使い始めるまでの流れを教えてください' }).result.answer?.id).toBe('overview');
    // Background that names the system and the start of the work no longer draws the flow over the lost password (紛失: 控えがない).
    const q = 'お世話になります。ケアプラン連携の導入を担当しております。KJのIDはわかりましたが、パスワードの控えが残っておらず困っています。どうしたらよいでしょうか。';
    expect(engine.ask({ question: q }).result.answer?.id).toBe('kj-password-lost');
  });

  it('reads a message that opens on a case naming nothing of ours without it, and keeps a case that names the subject', () => {
    expect(engine.ask({ question: '使いたい場合、利用申請はどこでするんですか' }).result.answer?.id).toBe('application');
    expect(engine.ask({ question: 'KJのパスワードを忘れた場合、どうすればいいですか' }).result.answer?.id).toBe('kj-password-lost');
  });

  it('reads a background clause that names a topic the sources do not cover and one of ours without that topic only', () => {
    const q = '説明会でフリーパスの話を聞いてきました。上司から申し込みの書類が別にいるのか確認してと言われたんですが、そんな書類はありますか。';
    expect(engine.ask({ question: q }).result.answer?.id).toBe('free-pass');
    // A clause that asks for the topic keeps the hand-over (the helpdesk's address is not stated).
    expect(engine.ask({ question: 'ヘルプデスクの住所を教えてください。書類を郵送したいので' }).result.kind).toBe('fallback');
  });

  it('keeps a rule against a last sentence whose only word of ours is the system\'s own name', () => {
    const q = '本部で代理請求しています。持っているのは代理人証明書だけです。連携システムを使うのにまた証明書を取る必要がありますか。';
    expect(engine.ask({ question: q }).result.answer?.id).toBe('proxy-certificate');
  });

  it('asks back between our articles, rather than handing over, when only background clauses name another system', () => {
    for (const [question, option] of [
      ['マイナポータルのパスワードは毎年変えてます。KJのパスワードにも期限ってあるんですか', 'password-expired'],
      ['ねんきんネットと同じように、ケアプラン連携の証明書も事業所で使い回せますか', 'certificate-per-office'],
    ] as const) {
      const { result } = engine.ask({ question });
      expect(result.kind, question).toBe('clarify');
      expect(result.options.map((o) => o.id), question).toContain(option);
    }
  });

  it('reads a message of two sentences by its second when that opens on its own topic and disowns the first\'s rule', () => {
    expect(engine.ask({ question: 'ソフト会社に聞いたら対応してるって。ライセンス料っていくら？' }).result.answer?.id).toBe('license');
  });

  it('reads a message that names another system and ours without the background clauses naming the other, unless it asks about that system', () => {
    expect(engine.ask({ question: '国保連への請求は代理でやってもらってます。ケアプランデータ連携を始めたいんですが、今ある代理人の証明書をそのまま流用してもいいんでしょうか。' }).result.answer?.id).toBe('proxy-certificate');
    // So is the other system the clerk says they want to use: 申し込み alone is no application of ours.
    expect(engine.ask({ question: 'ねんきんネットに登録したいのですが、申し込みはどこからですか' }).result.kind).toBe('fallback');
    // The other system named in the last clause is the question: what is left (KJ) must not be answered.
    expect(engine.ask({ question: 'KJのIDでログインしています。e-Taxのパスワードを忘れました' }).result.kind).toBe('fallback');
    // A circumstance left open at the end (「…やねんけど」) that names an unstated topic is background too.
    expect(engine.ask({ question: '正明書エラー出てもうた 新しいPCに替えたとこやねんけど' }).result.answer?.id).toBe('certificate-error');
    // Whether ours is the same as the other system's is a question about ours.
    expect(engine.ask({ question: '電子請求用のIDというのは、国保連への請求で普段使っているIDと同じものですか？' }).result.answer?.id).toBe('kj-id');
    // A clause that leads up to the question in its sentence (「…使ってますが、」) is background too.
    expect(engine.ask({ question: 'ネットバンキングではいつもChromeを使ってますが、この連携システムもChromeで大丈夫ですか' }).result.answer?.id).toBe('pc-environment');
    // A comparison with the other system, even in the asking sentence or at the end, asks nothing about it.
    expect(engine.ask({ question: 'e-Taxみたいに無料ではないですよね？ケアプラン連携のライセンス料金と、それが事業所ごとにかかるのか教えてください' }).result.answer?.id).toBe('license');
    expect(engine.ask({ question: 'ケアプランデータ連携のライセンスって毎年更新の手続きがいるの？介護ソフトの保守契約みたいに' }).result.answer?.id).toBe('license-renewal');
    // An aside after the question that names the other system, asking nothing, is left out; one that requests is not.
    expect(engine.ask({ question: 'ケアプランデータ連携のヘルプデスクって土曜日も電話受け付けてますか？介護ソフトのサポートは土曜もやってくれるんですけど' }).result.answer?.id).toBe('contact');
    // The days named in hiragana, as the helpdesk itself is (へるぷですく).
    for (const question of ['へるぷですく　どようびは？', 'へるぷですくって にちようも やってるんかね']) {
      expect(engine.ask({ question }).result.answer?.id, question).toBe('contact');
    }
    expect(engine.ask({ question: '全国でケアプランデータ連携システム使ってる事業所ってどれくらいあるの？うちの市の普及率が知りたい' }).result.kind).toBe('fallback');
  });

  it('does not cut a message at a mark inside a quoted screen message', () => {
    const quoted = '利用申請/更新の画面に「利用申請が正常に完了しております。」って出てるんですがこれでOK？';
    expect(engine.ask({ question: quoted }).result.answer?.id).toBe('application-status');
  });

  it('reads a message that takes back its premise by what follows', () => {
    expect(engine.ask({ question: 'あ、うちは代理請求してなかったわ。ふつうに証明書入れる手順知りたい' }).result.answer?.id).toBe('certificate');
  });

  it('reads a second sentence that asks a way of doing with the first, which names what it is done to', () => {
    // 「パソコンで確認するやり方は？」 alone drew the PC check at 0.87.
    expect(engine.ask({ question: '証明書がちゃんと入っているか不安です。パソコンで確認するやり方は？' }).result.answer?.id).toBe('certificate');
  });

  it('keeps the subject of a premise taken back when what follows only asks whom to ask', () => {
    // The care software’s answer says to ask its vendor; read alone, 「誰に聞いたらいい？」 was the helpdesk’s contact.
    expect(engine.ask({ question: 'うちのソフトが対応してるか調べてなかった。誰に聞いたらいい？' }).result.answer?.id).toBe('care-software');
  });

  it('asks a long message that falls back again by its last sentences, unless it names another system', () => {
    // A letter’s opening (not 「お世話になっております。」, which is taken off before anything is read: rewrites.ts).
    const question = '拝啓　時下ますますご清祥のこととお慶び申し上げます。当事業所では来月からケアプランデータ連携システムを使う予定です。パソコンの準備は進めていますが、電子証明書がちゃんと入っているのかわかりません。どうやって確認すればいいでしょうか。';
    const { result, trace } = engine.ask({ question });
    expect(result.answer?.id).toBe('certificate');
    // The trace is the part's: what was read is in it.
    expect(trace.normalized).not.toContain('来月');
    // Another system named in the background keeps the whole message's fallback.
    const other = engine.ask({ question: 'お世話になっております。ねんきんネットを使っています。先月から担当になりました。パスワードがわからないのですがどうすればいいでしょうか。' });
    expect(other.result.kind).toBe('fallback');
  });

  it('answers what a message asks after saying which steps are done, not the steps done', () => {
    const question = '今月から担当になりました。クライアントアプリのダウンロードと電子証明書のインストールは済んでいるのですが、利用申請はどこから行えばよいでしょうか。';
    const { result, trace } = engine.ask({ question });
    expect(result.answer?.id).toBe('application');
    expect(trace.normalized).not.toContain('だうんろーど');
    // A clause that says a step is not done is what the message is about.
    expect(engine.ask({ question: '電子証明書のインストールができないのですが、どうすればいいですか' }).result.answer?.id).not.toBe('application');
  });

  it('does not let a rule read the steps a message says are done before its question', () => {
    // 利用申請 with 完了 fired application-status, though the application is behind the clerk.
    const question = 'お世話になっております。利用申請は先月完了しました。アプリにログインしようとしたら、cから始まるIDを求められました。このIDとパスワードはどこで確認できますか。';
    expect(engine.ask({ question }).result.answer?.id ?? null).not.toBe('application-status');
    // The step after the one said done is still answered as such.
    const next = engine.ask({ question: 'ダウンロードは済みました。次は何をすればいいですか' });
    expect(next.result.answer?.id).toBe('certificate');
    // The step done may be the subject the question refers back to: the rule still decides.
    expect(engine.ask({ question: '電子証明書はもう入れました。ほかの事業所の分もいりますか？' }).result.answer?.id).toBe('certificate-per-office');
    // A step said done that the clerk doubts, with a question naming nothing of ours: the rule still decides.
    const doubted = '前任のケアマネが「申請は済ませた」と言い残して退職しました。本当に終わっているのか自分で確かめたいのですが、どの画面を見ればいいでしょう。';
    expect(engine.ask({ question: doubted }).result.answer?.id).toBe('application-status');
    // Said done with a reason (から, ので) or 北海道's っけ before the comma, the step is behind the clerk all the same.
    for (const question of ['証明書も入れて申請も終わったから、アプリにはどうやってログインするの？', '申請も済んだっけ、アプリのログインはどうやるの', 'ダウンロードも証明書も終わりました アプリのログインはどうやるの']) {
      expect(engine.ask({ question }).result.answer?.id, question).toBe('start');
    }
    // A thing said found, then けど with no mark: the question is what follows.
    for (const question of ['KJのIDは見つかったんやけど証明書のパスワードがわからん', 'KJのIDは見つけたけど証明書発行用パスワードがわからない']) {
      expect(engine.ask({ question }).result.answer?.id, question).toBe('certificate-password');
    }
  });

  it('asks an unsure long message by its last sentence alone when the sentence before it is background too', () => {
    const question = '一昨年に利用申請をして、それからずっと使っています。最近はケアマネさんとの送受信にも慣れて、転記の手間がだいぶ減りました。ところで、ライセンスって毎年なにか更新の手続きが必要なんですか？';
    // Neither the whole nor its last two sentences make the licence renewal likely: 送受信 and 転記 weigh them down.
    expect(engine.score(question).scored[0]!.p).toBeLessThan(0.46);
    expect(engine.score(questionPart(question)!).scored[0]!.p).toBeLessThan(0.46);
    const { result, trace } = engine.ask({ question });
    expect(result.answer?.id).toBe('license-renewal');
    expect(trace.normalized).not.toContain('転記');
    // A last sentence that needs the one before it is not read alone: the whole falls back.
    expect(engine.ask({ question: '一昨年に利用申請をして、それからずっと使っています。最近は転記の手間がだいぶ減りました。その手続きはどうすればいいですか？' }).result.kind).not.toBe('answer');
  });

  it('does not answer an unsure long message from last sentences that name nothing of ours unless sure', () => {
    // 「受け取る側も何か手続きや準備がいるのでしょうか」 read alone drew free-pass (「何か手続きが必要ですか」) at p 0.52.
    const question = '福祉用具貸与の事業所を運営しています。居宅さんからケアプランデータ連携で送りたいと言われましたが、こちらはまだ何も準備していません。受け取る側も何か手続きや準備がいるのでしょうか。必要なことを一通り知りたいです。';
    const part = engine.ask({ question: questionPart(question)! });
    expect(part.result.answer?.id).toBe('free-pass');
    expect(part.result.confidence).toBeLessThan(0.85);
    // Read with the sentence that says what the clerk has not prepared, it asks what using the system takes: the overview, surely.
    const whole = engine.ask({ question }).result;
    expect(whole.answer?.id).toBe('overview');
    expect(whole.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('answers a message whose question comes first by that question, when sure, over its background', () => {
    const question = 'アプリは事業所に1台しか入れられないんでしょうか？ サテライト事業所で同じ事業所番号を使っていて、本体とサテライトでそれぞれパソコンがあります。両方のパソコンから送受信できるようにしたいと思っています。';
    // The whole is drawn to the background's 同じ事業所番号 and 送受信.
    expect(engine.score(question).scored[0]!.id).toBe('same-office-number');
    const { result, trace } = engine.ask({ question });
    expect(result.answer?.id).toBe('multiple-pcs');
    expect(trace.normalized).not.toContain('さてらいと');
  });

  it('reads a message without the background clauses that name a topic the sources do not cover', () => {
    // 入れ直し (reinstalling) is not in the sources; what the clerk asks about while doing it is.
    const question = '事務所のパソコンを買い替えました。新しいパソコンに連携アプリを入れ直して起動したら、証明書に関するエラーが出てしまいます。古いパソコンでは普通に使えていました。何が原因として考えられますか。';
    expect(engine.score(question).analysis.unstated.length).toBeGreaterThan(0);
    const { result, trace } = engine.ask({ question });
    expect(result.answer?.id).toBe('certificate-error');
    expect(trace.normalized).not.toContain('入れ直');
    // Named where the message asks, or in its last clause, the topic is what is asked: the hand-over stands.
    expect(engine.ask({ question: '連携システムで使う電子証明書って、有効期間は何年なんでしょうか。具体的な年数を教えてください。' }).result.kind).toBe('fallback');
    expect(engine.ask({ question: '証明書発行用のパスワードはわかります。アプリを入れ直したいです。' }).result.kind).toBe('fallback');
    // A condition that names it is background too; what is left is the issuing password it asks about.
    const condition = engine.ask({ question: '介護DX証明書を入れ直そうとしたら発行用のパスワードを聞かれました。前任者が設定したもので誰も知りません。もう一度発行してもらうことはできますか？' });
    expect(condition.result.answer?.id).toBe('certificate-password');
  });

  it('reads what is left without an unstated topic as any long message, by its question part when unsure', () => {
    // 導入にかかる費用 (fees besides the licence) is only the background; the yearly fee and paying per office are asked.
    const fee = '市内で居宅介護支援事業所を開設する予定の者です。導入にかかる費用を事前に法人本部へ報告しなければならず困っています。このシステムを使うのに年間でどのくらいの料金がかかるのか教えてください。支払いは事業所単位になるのでしょうか。';
    expect(engine.ask({ question: fee }).result.answer?.id).toBe('license');
    // 入れ直 in what the clerk tried (「何度入れ直しても同じです」) is no question about reinstalling.
    const tried = '今日KJから始まるIDでログインしようとしたら「パスワードの有効期限が切れています」という表示が出ました。何度入れ直しても同じです。どこでパスワードを変えればよいのでしょうか。';
    expect(engine.ask({ question: tried }).result.answer?.id).toBe('password-expired');
  });

  it('reads a question that names nothing with the sentence before it that names the trouble, not a circumstance', () => {
    const question = 'いつもお世話になっております。訪問介護事業所で請求事務をしております。クライアントアプリを入れて起動したところ、電子証明書に関するエラーメッセージが出て先に進めません。パソコンは今年買い替えたばかりです。どうしたらよいでしょうか。';
    expect(engine.ask({ question }).result.answer?.id).toBe('certificate-error');
  });

  it('reads a formal letter without its opening and closing words and its seasonal greeting (「拝啓 陽春の候…敬具」)', () => {
    const letter = (body: string) => `拝啓 陽春の候、ますますご清祥のこととお慶び申し上げます。${body}何卒よろしくお願い申し上げます。敬具`;
    // The download guide was the answer at 0.66: 敬具 was read as the last sentence.
    expect(engine.ask({ question: letter('先日クライアントアプリのダウンロードまでは完了いたしましたが、導入予定の端末に電子証明書がまだ入っていないようでございます。恐れ入りますが、インストール手順の資料がどちらに掲載されているかご教示賜りますと幸いです。') }).result.answer?.id).toBe('certificate');
    // It fell back at 0.27: 新緑, 清栄 and 教示賜 were words of another subject.
    const mail = '拝啓 新緑の候、貴社ますますご清栄のこととお慶び申し上げます。開設準備に伴い、事務用のパソコンを新たに購入する予定でございます。つきましては、導入予定のパソコンについてOSや表示設定など事前に整えておくべき条件がございましたら、ご教示賜りますと幸いです。お忙しいところ恐縮ですが、よろしくお願い申し上げます。敬具';
    expect(engine.ask({ question: mail }).result.answer?.id).toBe('pc-environment');
  });

  it('does not read an ID named in a sentence after the question, which only says why, as a choice between the two IDs', () => {
    // Both IDs named read as 「which of the two」: without them, the rest (国保連の書類) was the KJ ID guide at 0.99.
    const question = 'cから始まる個人ユーザIDはどこに書いてありますか？国保連の書類にはKJのIDしか見当たらなくて';
    expect(engine.ask({ question }).result.answer?.id).toBe('personal-user-id');
  });

  it('does not answer an article that only a comparison drew (「…とは別物という理解で…」)', () => {
    const asked = '証明書発行用パスワードの控えが見つかりません。KJのIDのパスワードとは別物という理解で合っていますか。再発行の方法も知りたいです。';
    expect(engine.ask({ question: asked }).result.answer?.id).toBe('certificate-password');
    // Also when a clause naming a topic the sources do not cover (入れ直し) is read away first.
    expect(engine.ask({ question: `証明書を入れ直そうとしたら、${asked}` }).result.answer?.id).toBe('certificate-password');
  });

  it('does not read a last sentence that opens on an alternative (「それとも…ですか」) alone', () => {
    const question = 'パスワードの期限が切れたと出たら、どこで変えればいいでしょう。電子請求受付システムで変えるんですか？それとも利用状況WEBサイトですか？';
    expect(engine.ask({ question }).result.answer?.id).toBe('password-expired');
  });

  it('does not take an aside written after the question for the question', () => {
    const question = '事業所が2つあります。証明書はそれぞれで取るんですか、それとも法人で1つあればいいんですか。ちなみにKJのIDはどちらも別々に持っています。';
    // The aside alone names KJ and was taken for the question, overruling the rule that fired on the whole.
    expect(engine.ask({ question: 'ちなみにKJのIDはどちらも別々に持っています。' }).result.answer?.id).toBe('kj-id');
    expect(engine.ask({ question }).result.answer?.id).toBe('certificate-per-office');
  });

  it('checks the model\'s answer against a last question that names a word of the vocabulary, a rule\'s only against one that names a word of ours', () => {
    // 同一事業所番号 is a lexicon term, not a word only ours: enough against the model's who-can-use.
    const same = '同じ事業所番号で居宅介護支援と介護予防支援の両方を運営しています。担当者が違うので、事業所の中でケアプランのデータを送り合えたら便利かなと思いました。同じ事業所番号どうしでも送受信はできますか。';
    expect(engine.ask({ question: same }).result.answer?.id).toBe('same-office-number');
    // Not against the rule that fired on 代理人証明書: 「別の証明書」 alone is the certificate guide's.
    const proxy = 'こんにちは。請求は代理請求でやってもらっていて、代理人証明書は持っています。データ連携のために別の証明書を取らないといけないのでしょうか。';
    expect(engine.ask({ question: 'データ連携のために別の証明書を取らないといけないのでしょうか。' }).result.answer?.id).toBe('certificate');
    expect(engine.ask({ question: proxy }).result.answer?.id).toBe('proxy-certificate');
  });

  it('leaves a message of two sentences, and an answer by a class, to the whole', () => {
    const question = '証明書を入れるときのパスワード、前にメモしたはずなのに見つかりません。再発行はどこからできますか。';
    expect(engine.ask({ question: '再発行はどこからできますか。' }).result.answer?.id).not.toBe('certificate-password');
    expect(engine.ask({ question }).result.answer?.id).toBe('certificate-password');
    // An unsupported device named in the background is what the clerk needs to hear first.
    const mac = engine.ask({ question: 'Macを使っています。電子証明書はどうやって確認しますか。' });
    expect(mac.result.answer?.id).toBe('pc-environment');
    expect(mac.trace.decision.reason).toBe('class');
  });

  it('answers a long message whose background names another system when its question names ours and no other', () => {
    const question = '国保連への請求は先月から始めたばかりです。まだ手探りの状態です。ケアプランデータ連携システムを使い始めるまでの流れを教えてください。';
    expect(engine.score(question).analysis.others.length).toBeGreaterThan(0);
    expect(engine.ask({ question }).result.answer?.id).toBe('overview');
  });

  it('answers a long message the model answered by its last sentences when they are about another article', () => {
    const question = 'KJのIDはわかっています。パスワードも先週変えました。利用申請をしたいのですが、どういう流れで進めればいいですか。';
    // The whole message leans to the ID's article: its background names the ID and its password.
    expect(engine.score(question).scored[0]!.id).toBe('kj-id');
    expect(engine.ask({ question }).result.answer?.id).toBe('application');
    // A short message is read whole.
    expect(engine.ask({ question: 'KJのIDを確認したいです' }).result.answer?.id).toBe('kj-id');
  });

  it('keeps the model\'s answer over its last sentences when they are no surer of another article alone', () => {
    const question = '電子証明書を取り直そうとしたところ、発行用のパスワードの入力を求められました。前任者が控えを残しておらず、分からない状態です。再発行していただくことは可能でしょうか。';
    const last = engine.ask({ question: questionPart(question)! });
    const whole = engine.ask({ question });
    expect(whole.result.answer?.id).toBe('certificate-password');
    // Read alone, its question leaves the password it means to the sentences before.
    expect(last.result.answer?.id === 'certificate-password' || (last.result.confidence ?? 0) <= (whole.result.confidence ?? 0)).toBe(true);
  });

  it('keeps the whole message\'s answer when its question names no subject of its own', () => {
    const question = 'ライセンスの期限が来月に迫っています。更新しないと送受信できなくなりますよね。手続きはどこでやればいいでしょう。';
    // Its last two sentences alone lean to another article: 送受信 without the licence.
    expect(engine.score(questionPart(question)!).scored[0]!.id).toBe('same-office-number');
    expect(engine.ask({ question }).result.answer?.id).toBe('license-renewal');
  });

  it('answers a long message whose background fired an intent rule by its last sentence when that clearly asks of another article', () => {
    const question = 'うちの法人は居宅と訪問介護をやっていて、事業所番号はそれぞれ別です。請求は本部でまとめていて、証明書も本部のパソコンに入っています。ライセンスは事業所ごとに買わないといけませんか？';
    // 法人 and 証明書 in the background fire the certificate-per-office rule on the whole message.
    expect(engine.score(question).scored[0]).toMatchObject({ id: 'certificate-per-office', fires: true });
    expect(engine.ask({ question }).result.answer?.id).toBe('license');
    // A last sentence that asks about the rule's own subject leaves the rule's answer.
    expect(engine.ask({ question: 'うちの法人は居宅と訪問介護をやっていて、事業所番号はそれぞれ別です。請求は本部でまとめています。電子証明書は事業所ごとに取らないといけませんか？' }).result.answer?.id).toBe('certificate-per-office');
  });

  it('keeps a rule\'s answer for a long message whose question refers back to the sentence naming its subject', () => {
    const question = '利用申請のボタンを押したあと、すぐ画面を閉じてしまって、ちゃんと完了したのか不安です。メールアドレスも入れたはずなんですが。完了しているか確認する方法ありますか？';
    expect(engine.ask({ question }).result.answer?.id).toBe('application-status');
  });

  it('answers a long message asked back between likely articles by its last sentences, only with one of the articles it offered', () => {
    const question = 'お世話になっております。居宅介護支援事業所の者です。訪問介護とデイサービスも運営しております。ライセンスは事業所ごとに必要なのでしょうか。よろしくお願いいたします。';
    const { result, trace } = engine.ask({ question });
    expect(result.answer?.id).toBe('license');
    expect(trace.normalized).not.toContain('居宅');
  });

  it('answers a long message asked back between two firing rules by its last sentence, when that surely answers one of them', () => {
    const question = 'いつもお世話になっております。介護ソフトはケアプランデータ連携システムに対応していると業者から聞いています。ただ、前の担当者が辞めてしまい、KJのIDのパスワードがわからずログインできません。KJのパスワードがわからないときはどうすればいいでしょうか。';
    expect(engine.ask({ question }).result.answer?.id).toBe('kj-password-lost');
  });

  it('leaves a message whole when its question part compares its subject with something (「…とは別もんなんですよね？」)', () => {
    // Read by its last two sentences, it fired the KJ password's rule on what the clerk said it is not.
    const q = '証明書を発行するときのパスワードがわかりません。KJのパスワードとは別もんなんですよね？再発行ってできますか';
    expect(engine.ask({ question: q }).result.answer?.id).toBe('certificate-password');
  });

  it('hands over a message about an unstated topic when the rest of it, alone, names an article the whole finds unlikely', () => {
    // Without the clause that names the reinstallation (and the client software), 「インストールするもの」 was the certificate's.
    const q = 'パソコンを買い替えたので、クライアントのソフトを新しいパソコンに入れ直したいです。インストールするものはどこから取ってくればいいのでしょうか。';
    const { result, trace } = engine.ask({ question: q });
    expect(result.kind).toBe('fallback');
    expect(trace.decision.reason).toBe('unstated');
    // The file to install is the download's, which the whole finds likely too.
    const file = 'パソコンを買い替えたので、ケアプランデータ連携のクライアントのソフトを新しいパソコンに入れ直したいです。インストールするファイルはどこから取ってくればいいのでしょうか。';
    expect(engine.ask({ question: file }).result.answer?.id).toBe('download');
  });

  it('keeps a key word spaced apart as the subject, never as background to read the rest without', () => {
    // 「年末年始」 alone between spaces was dropped as background: the rest, 「ヘルプデスク いつから休み」, was the contact at 0.93.
    const { result, trace } = engine.ask({ question: 'ヘルプデスク　年末年始　いつから休み' });
    expect(result.kind).toBe('fallback');
    expect(trace.decision.reason).toBe('unstated');
    // Another system's name, likewise.
    expect(engine.ask({ question: 'e-Tax　パスワード　忘れた' }).trace.decision.reason).toBe('other-system');
  });

  it('reads a message that asks which of the two IDs a thing takes by the thing, whose article says which', () => {
    for (const question of ['利用状況WEBサイトのログインって、Cの方のID？それともKJの方のID？', '利用状況ウェブサイトはCのやつで入るの？KJのやつで入るの？']) {
      expect(engine.ask({ question }).result.answer?.id, question).toBe('application');
    }
    // Where an ID is found is still the ID's own question.
    expect(engine.ask({ question: 'cで始まるIDはどこで確認できますか' }).result.answer?.id).toBe('personal-user-id');
  });

  it('counts the words of an office\'s background (計画書, 判断, 倉庫) as neither known nor unknown', () => {
    const q = 'お世話になっております。うちの法人は居宅と通所が同一の事業所番号で指定を受けています。計画書をこの二つの間で送ったり受け取ったりできるか判断したいので、教えてください。';
    const { result } = engine.ask({ question: q });
    expect(result.kind).not.toBe('fallback');
    expect([result.answer?.id, ...(result.options ?? []).map((o) => o.id)]).toContain('same-office-number');
  });

  it('counts when it last worked (昨日, 一昨日) as neither known nor unknown', () => {
    const { result } = engine.ask({ question: '昨日までは使えていたのに、今朝から電子証明書のエラーが表示されるようになりました' });
    expect(result.answer?.id).toBe('certificate-error');
  });

  it('keeps the answer when a correction only points at the thing its title names (「…のほう」)', () => {
    for (const question of ['証明書発行用のパスワードを忘れた、KJのほうじゃなくて証明書のほうです', 'しょうめいしょのはっこうようのパスワードがわからん　KJやなくて証明書の方']) {
      expect(engine.ask({ question }).result.answer?.id, question).toBe('certificate-password');
    }
    // A correction that says more is still read by itself.
    expect(engine.ask({ question: 'あ、期限切れやなくてパスワードそのものがわからへんのです' }).result.answer?.id).not.toBe('password-expired');
  });

  it('answers which ID a site takes with the article titled after that site, when only its title names it', () => {
    for (const question of ['利用状況ウェブサイトにログインするときのIDってKJのやつでいいの？それともcのやつ？', '利用状況WEBサイトにログインするとき、IDってKJのやつでよかったですか、それともcのほう？']) {
      expect(engine.ask({ question }).result.answer?.id, question).toBe('application');
    }
  });

  it('keeps the answer of a question that contrasts two ways inside it (「AじゃなくてB」) when the rest alone is unsure and unlikely to the whole', () => {
    const question = '土曜も電話つながる？あと、電話じゃなくて文字で問い合わせするところもある？';
    expect(engine.ask({ question }).result.answer?.id).toBe('contact');
  });

  it('keeps a step said done when the question doubts it really holds (「本当に入っているのか」)', () => {
    const q = 'お疲れ様です。前の担当が電子証明書はインストールしたと聞いているのですが、このパソコンに本当に入っているのかを確認するにはどうすればよいでしょうか。インターネットの設定から見られるらしいです。手順を教えてください。';
    expect(engine.ask({ question: q }).result.answer?.id).toBe('certificate');
  });

  it('does not read the question part over the whole when its first sentence points back before it (「こちらは別物でしょうか」)', () => {
    const q = 'お世話になります。証明書のインストール中に、証明書発行用のパスワードを入れるよう言われました。KJのパスワードを打っても通りませんが、こちらは別物でしょうか。忘れたときの再発行の方法も教えてください。';
    expect(engine.ask({ question: q }).result.answer?.id).toBe('certificate-password');
  });

  it('keeps a denial inside a clause about another system with that system (「Excelの表の日付を西暦じゃなくて和暦で」)', () => {
    const r = engine.ask({ question: 'Excelの表の日付を西暦じゃなくて和暦で出したいんですが、どこで変えますか' });
    expect(r.result.kind).toBe('fallback');
    expect(r.decision.reason).toBe('other-system');
  });

  it('answers the application status when a mail asks how things stand since the application (「その後の状況はいかがでしょうか」)', () => {
    for (const q of ['先月申し込みをしましたが、その後の状況はいかがでしょうか。', '利用申請をしたけど、その後どうなったか知りたい']) {
      expect(engine.ask({ question: q }).result.answer?.id, q).toBe('application-status');
    }
  });

  it('keeps a message that names another system with it when ours is named only by an everyday word (申し込み)', () => {
    const r = engine.ask({ question: 'うちのケアマネが主任の更新研修を受ける年になりました。申し込みのやり方を教えてください。' });
    expect(r.result.kind).toBe('fallback');
  });

  it('reads a comparison with another system (「…とおんなじで」) as a question about ours, naming ours or not', () => {
    expect(engine.ask({ question: '国保連の伝送ソフトとおんなじで、パソコン何台にでも入れられるんですか' }).result.answer?.id).toBe('multiple-pcs');
  });

  it('reads a question after a topic the sources do not cover when the whole leads with its answer all the same', () => {
    const q = 'パソコンを買い替えたので、クライアントアプリを入れ直したいです。アプリはどこから手に入りますか';
    expect(engine.ask({ question: q }).result.answer?.id).toBe('download');
  });

  it('reads a message of a greeting and one question by its question: the greeting’s words name no subject', () => {
    for (const question of ['お疲れ様です。費用を伺いたく存じます。', 'お疲れ様です。かかる費用についてお伺いしたいです。']) {
      expect(engine.ask({ question }).result.answer?.id, question).toBe('license');
    }
  });

  it('reads 「この後」 after a step said done as a time, not a pointer back: the step done is left out', () => {
    expect(engine.ask({ question: '利用申請はもう完了しています。このあとアプリに入るとき何を入れればいいでしょうか' }).result.answer?.id).toBe('start');
    expect(engine.ask({ question: 'アプリのダウンロードは終わりました。この後、証明書が入っているかはどう見ればいい？' }).result.answer?.id).toBe('certificate');
  });

  it('reads a last question that points at a thing named two sentences back with that sentence, not with the setting between', () => {
    const question = '知り合いの事業所のセットアップを手伝っとります。証明書をインポートする段階で証明書発行用パスワードを聞かれたんですが、誰も把握しとりません。パソコンはWindows11、ブラウザはChromeです。このパスワードはどこで再発行できますか？';
    expect(engine.ask({ question }).result.answer?.id).toBe('certificate-password');
  });

  it('reads a pasted mail without its signature and disclaimer', () => {
    const question = 'お世話になります。△△ケアプランセンターの佐藤です。ライセンスの更新について確認させてください。当方は2024年に利用申請しましたが、期限が来たら何か手続きが必要でしょうか。\n――――――\n社会福祉法人△△会 居宅介護支援事業所 佐藤一郎\nTEL 0XX-XXX-XXXX FAX 0XX-XXX-XXXX\n※本メールは機密情報を含む場合があります。誤って受信された方は破棄してください。';
    expect(engine.ask({ question }).result.answer?.id).toBe('license-renewal');
  });

  it('answers what the last sentence asks to be told when a clause before it names a topic the sources do not state and wonders', () => {
    const q = '2つの事業所が合併したばかりで何をすればいいのか分かりません。利用開始までの流れを教えていただけますか';
    expect(engine.ask({ question: q }).result.answer?.id).toBe('overview');
    // Not the helpdesk's contact for another party's asked there: its number is not ours.
    expect(engine.ask({ question: '介護ソフトのメーカーのサポート窓口って何時まで？電話番号も教えてほしい' }).result.kind).toBe('fallback');
  });

  it('keeps the hand-over when what is left without the topic the sources do not state names only the system', () => {
    for (const question of ['事業所の名前が変わることになったんですが、連携システムのほうは何か手続きがいりますか', '合併で事業所番号が変わるんですけど、連携システムは何か手続き必要ですか']) {
      expect(engine.ask({ question }).trace.decision.reason, question).toBe('unstated');
    }
  });

  it('answers a question written first with only why after it, when the whole fell back on the reason’s words', () => {
    const r = engine.ask({ question: '電話以外の問い合わせ方法ってありますか？日中は利用者さん宅を回っていて電話できないもので' }).result;
    expect(r.kind).toBe('answer');
    expect(r.answer?.id).toBe('contact');
  });

  it('reads a step’s page where a thing was done up to a point as that step under way (「…入力するところまでできた。このあとは？」)', () => {
    const r = engine.ask({ question: '製品ダウンロードの画面で事業所番号を入力するところまでできた。このあとは？' }).result;
    expect(r.answer?.id).toBe('download');
  });

  it('answers a group home’s question of a certificate for each unit with the per-office article', () => {
    expect(engine.ask({ question: 'グループホームで3ユニットあります。電子証明書は各ユニットに必要ですか' }).result.answer?.id).toBe('certificate-per-office');
  });

  it('answers a certificate for offices said to hold separate office numbers (「別々の事業所番号」) with the per-office article', () => {
    // The licence, per office number too, drew it at 0.89.
    expect(engine.ask({ question: '居宅と通所で別々の事業所番号を持っていますが、電子証明書は共有できますか' }).result.answer?.id).toBe('certificate-per-office');
  });
});


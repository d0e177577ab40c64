import { describe, expect, it } from 'vitest';
import { QUESTION_PART, afterDenial, afterTopicTurn, beforeDeniedPhrase, askedAfterAside, pairsWithLast, afterOpeningDenial, afterTimeFrame, asksOrRequests, splitCaseFrame, topicalSecondSentence, clausesOf, lastSentence, questionPart, selfContainedPart, standaloneQuestion, withoutAfterthought, withoutComparisons, withoutComparisonsNaming, withoutSignature, withoutStepsDone, markSpokenQuestionEnds } from '../../server/answer/question-part.ts';

describe('withoutSignature', () => {
  it('cuts a pasted mail at the line that sets its signature apart, when what follows holds a phone, an address or a notice', () => {
    const mail = 'ライセンスの更新について教えてください。\n------\n△△会 居宅 佐藤\nTEL 000-000-0000\n※このメールは送信専用です';
    expect(withoutSignature(mail)).toBe('ライセンスの更新について教えてください。');
    // A screen's message pasted between lines is no signature.
    expect(withoutSignature('エラーが出ます\n-----\n電子証明書が見つかりません\n-----')).toBeNull();
    expect(withoutSignature('ライセンスの更新について教えてください。')).toBeNull();
  });
});

describe('questionPart', () => {
  it('keeps the last sentences of a message with background, greetings and closings left out', () => {
    expect(questionPart('お世話になっております。来月から使う予定です。パソコンは準備できました。証明書が入っているかわかりません。どう確認すればいいですか？よろしくお願いいたします。')).toBe(
      '証明書が入っているかわかりません。どう確認すればいいですか。',
    );
    expect(QUESTION_PART.keep).toBe(2);
  });

  it('leaves a message of one or two sentences whole, and reads one with a greeting or closing beside them without it', () => {
    expect(questionPart('KJのパスワードを忘れました')).toBeNull();
    expect(questionPart('ダウンロードは済みました。\n次は何をすれば？')).toBeNull();
    expect(questionPart('お世話になっております。証明書が入っているかわかりません。どう確認すればいいですか。')).toBe('証明書が入っているかわかりません。どう確認すればいいですか。');
    expect(questionPart('お疲れ様です。かかる費用についてお伺いしたいです。')).toBe('かかる費用についてお伺いしたいです。');
    expect(questionPart('お疲れ様です。よろしくお願いします。')).toBeNull();
  });

  it('leaves out a letter\'s opening and closing words and a closing with 何卒 before it', () => {
    const letter = '拝啓 平素よりお世話になっております。先日ダウンロードは完了いたしました。証明書がまだ入っていないようです。手順の資料はどちらにございますか。何卒よろしくお願い申し上げます。敬具';
    expect(questionPart(letter)).toBe('証明書がまだ入っていないようです。手順の資料はどちらにございますか。');
    // 敬具 alone is no sentence of the question: the two sentences are read without it.
    expect(questionPart('ダウンロードは完了しました。証明書の手順はどこですか。敬具')).toBe('ダウンロードは完了しました。証明書の手順はどこですか。');
  });

  it('splits on line breaks and on full-width and ASCII marks alike', () => {
    expect(questionPart('居宅です\nケアマネが4人います!別のパソコンでも使えますか?')).toBe('ケアマネが4人います。別のパソコンでも使えますか。');
  });

  it('reads a last sentence that points at a thing (この, その) with the sentence that names it, when the one between does not', () => {
    expect(questionPart('事務を手伝っている者です。ログインの途中で証明書発行用パスワードを聞かれて止まっています。パソコンはWindows11です。そのパスワードはどこで再発行できますか。')).toBe(
      'ログインの途中で証明書発行用パスワードを聞かれて止まっています。そのパスワードはどこで再発行できますか。',
    );
    // Named in the sentence kept before it, or nowhere earlier: the last sentences as before.
    expect(questionPart('事務の者です。証明書発行用パスワードを聞かれました。このパスワードはどこで再発行できますか。')).toBe('証明書発行用パスワードを聞かれました。このパスワードはどこで再発行できますか。');
    expect(questionPart('事務の者です。ログインで止まっています。このパスワードはどこで再発行できますか。')).toBe('ログインで止まっています。このパスワードはどこで再発行できますか。');
  });

  it('does not take a long sentence that opens with a courtesy for a mere greeting', () => {
    const message = '事務の者です。担当が変わりました。お手数ですが証明書発行用パスワードの再発行の方法を教えていただけますか。';
    expect(questionPart(message)).toBe('担当が変わりました。お手数ですが証明書発行用パスワードの再発行の方法を教えていただけますか。');
  });
});

describe('pairsWithLast', () => {
  it('joins each sentence before the last with it, nearest first, greetings left out', () => {
    const message = 'いつもお世話になっております。アプリでエラーが出ます。パソコンは買い替えたばかりです。どうしたらよいでしょうか。';
    expect(pairsWithLast(message)).toEqual(['パソコンは買い替えたばかりです。どうしたらよいでしょうか。', 'アプリでエラーが出ます。どうしたらよいでしょうか。']);
  });

  it('is empty for a message that questionPart leaves whole', () => {
    expect(pairsWithLast('アプリでエラーが出ます。どうしたらよいでしょうか。')).toEqual([]);
  });
});

describe('withoutComparisons', () => {
  it('drops every comparison, whatever it names (「…とは別もん」「…と違って」「…みたいに」), and is null without one', () => {
    expect(withoutComparisons('KJのパスワードとは別もんなんですよね？再発行ってできますか')).toBe('もんなんですよね？再発行ってできますか');
    expect(withoutComparisons('証明書のパスワードはKJのとは違うんですか')).toBe('うんですか');
    expect(withoutComparisons('再発行ってできますか')).toBeNull();
  });

  it('keeps a thing said to look like something (「エラーみたいなのが出る」), which hedges what was seen and compares nothing', () => {
    expect(withoutComparisons('ログインすると証明書のエラーみたいなのが出て進めません')).toBeNull();
    expect(withoutComparisons('有効期限のお知らせのようなもんが出ました。どうすれば')).toBeNull();
    // A thing like another, named, still compares (「e-Taxみたいな仕組み」).
    expect(withoutComparisons('e-Taxみたいな仕組みですか')).not.toBeNull();
  });
});

describe('withoutComparisonsNaming', () => {
  it('drops a comparison that names one of the words, wherever it stands', () => {
    expect(withoutComparisonsNaming('e-Taxみたいに無料ではないですよね？ライセンス料金を教えて', ['e-Tax'])).toBe('無料ではないですよね？ライセンス料金を教えて');
    expect(withoutComparisonsNaming('ライセンスって毎年更新がいるの？介護ソフトの保守契約みたいに', ['ソフトの保守'])).toBe('ライセンスって毎年更新がいるの？');
    expect(withoutComparisonsNaming('e-Taxのパスワードのように、KJのパスワードも切れますか', ['e tax'], (t) => t.replace('-', ' ').toLowerCase())).toBe('KJのパスワードも切れますか');
  });

  it('keeps a message whose comparisons name none of the words, or that is nothing else', () => {
    expect(withoutComparisonsNaming('KJのIDみたいに14桁ですか', ['e-Tax'])).toBeNull();
    expect(withoutComparisonsNaming('e-Taxのパスワードを忘れました', ['e-Tax'])).toBeNull();
    expect(withoutComparisonsNaming('e-Taxみたいに', ['e-Tax'])).toBeNull();
    // Asked whether ours is the same as the other (「…と同じものですか」), the comparison goes too.
    expect(withoutComparisonsNaming('電子請求用のIDは、国保連への請求で使っているIDと同じものですか', ['国保連への請求'])).toBe('電子請求用のIDは、ものですか');
    expect(withoutComparisonsNaming('国保連への請求と同時に送れますか', ['国保連への請求'])).toBeNull();
    expect(withoutComparisonsNaming('KJのIDって、その伝送のときに使ってるIDと一緒？', ['伝送'])).toBe('KJのIDって、？');
    expect(withoutComparisonsNaming('e-Taxのパスワードとは別ですよね？', ['e-Tax'])).toBe('ですよね？');
  });
});

describe('withoutStepsDone', () => {
  it('keeps a step the clerk wants done (「済ませておきたいんだけど、」): it is no step said done', () => {
    expect(withoutStepsDone('今のうちに利用申請だけ済ませておきたいんだけど、入力する項目は何？')).toBeNull();
  });

  it('keeps a step the message wonders is done, in 東北\'s voiced 「がどうが」 too, as its subject', () => {
    expect(withoutStepsDone('利用申請、済んでるがどうが、どごで見ればいいんだべ')).toBeNull();
  });

  it('reads a download or a thing put in, said done before the turn, as a step done', () => {
    expect(withoutStepsDone('クライアントアプリはダウンロードしたんですけど、証明書の入れ方はどこに書いてありますか')).toBe('証明書の入れ方はどこに書いてありますか');
    expect(withoutStepsDone('証明書は入れたんやけど、利用申請ってどこでやるん？')).toBe('利用申請ってどこでやるん？');
  });

  it('reads a step said done before a dialect’s けど (東北 だども, 九州 ばってん) as a step done', () => {
    expect(withoutStepsDone('ダウンロードは終わったんだども、証明書はどこで入れるの？')).toBe('証明書はどこで入れるの？');
    expect(withoutStepsDone('証明書は入れたばってん、申請はどこからすっと？')).toBe('申請はどこからすっと？');
  });

  it('reads steps done to the end as done', () => {
    expect(withoutStepsDone('IDの確認もインストールも最後までやったけど、ログインのときのパスワードはどれ？')).toBe('ログインのときのパスワードはどれ？');
    expect(withoutStepsDone('証明書のところは最後まで行ったんですが、申請はどこから？')).toBe('申請はどこから？');
  });

  it('reads a past form with ら as what was done when the trouble came, not a step done', () => {
    expect(withoutStepsDone('IDとパスワードを入れたらエラーになるんですけど、どうすればいいですか')).toBeNull();
    expect(withoutStepsDone('アプリをダウンロードしたら警告が出るんやけど、大丈夫？')).toBeNull();
    // What is left asks for what follows: the step said done is what it follows, so nothing is dropped.
    expect(withoutStepsDone('証明書は入れたけど、次は何をするん？')).toBeNull();
  });

  it('reads a step done and のに with no mark after it as a turn to the trouble', () => {
    expect(withoutStepsDone('利用申請は終わったのにログイン画面でエラーが出る')).toBe('ログイン画面でエラーが出る');
    expect(withoutStepsDone('インストールは済んだのに起動しない')).toBe('起動しない');
    // …and けど, and a thing said found as a step said done (「IDは見つかったんだけど…」).
    expect(withoutStepsDone('個人ユーザIDは見つかったんやけどパスワードがわからへん')).toBe('パスワードがわからへん');
  });

  it('reads a step done and a reason (から, ので, んで) or 北海道 っけ before a comma as a turn to the question', () => {
    expect(withoutStepsDone('申請も終わったから、次どうやってログインするの？')).toBe('次どうやってログインするの？');
    expect(withoutStepsDone('ダウンロードも済んだので、証明書はどこで入れるの')).toBe('証明書はどこで入れるの');
    expect(withoutStepsDone('申請終わったっけ、証明書はどこ？')).toBe('証明書はどこ？');
    expect(withoutStepsDone('申請終わったっけ、次は？')).toBeNull();
  });

  it('reads a space after a sentence\'s last word as the end of that sentence, not a space between key words', () => {
    expect(withoutStepsDone('証明書のインストールは済みました　申請はどこでするの')).toBe('申請はどこでするの');
    expect(withoutStepsDone('利用申請　完了　確認方法')).toBeNull();
  });

  it('drops a last sentence that says a step is done when one before it asks', () => {
    expect(withoutStepsDone('cから始まるIDってどこに書いてあるんですか。利用申請はもう済んでいます。')).toBe('cから始まるIDってどこに書いてあるんですか。');
    // Said last with nothing asked before it, it is what the message is about.
    expect(withoutStepsDone('アプリのログインで困っています。利用申請はもう済んでいます。')).toBeNull();
  });

  it('keeps the whole when what is left points back at what said done', () => {
    expect(withoutStepsDone('画面に「完了しました」って出てるけど、これで終わりってことでいいの？')).toBeNull();
    expect(withoutStepsDone('ダウンロードは終わったけど、次に証明書を入れたい')).toBe('次に証明書を入れたい');
    // 「この度」「この前」 say when, and point back at nothing.
    expect(withoutStepsDone('この度、導入することになりました。ダウンロードは終わったのですが、次の利用申請がわかりません。')).toBe('この度、導入することになりました。次の利用申請がわかりません。');
  });

  it('keeps a sentence that asks to be told, whatever it says is done', () => {
    // Nor drops it when the message wonders whether it is done: that step is what it asks about.
    expect(withoutStepsDone('前任が利用申請を済ませたと言っていましたが、本当に済んでいるのか分かりません。確かめる方法は？')).toBeNull();
    expect(withoutStepsDone('申請済みか知りたいです。前の担当者がやったかどうか誰もわからなくて。')).toBeNull();
    // Wondered in the clause that turns to the question too.
    expect(withoutStepsDone('申請ちゃんと終わったか不安なんやけど、確認する方法ある？')).toBeNull();
  });

  it('leaves out a clause that says steps are done before it turns to the question', () => {
    expect(withoutStepsDone('ダウンロードと証明書は終わったのですが、利用申請はどこでしますか')).toBe('利用申請はどこでしますか');
    expect(withoutStepsDone('担当になりました。インストールはできたけど、ログインの方法がわかりません。')).toBe('担当になりました。ログインの方法がわかりません。');
    expect(withoutStepsDone('証明書は済んでるんですけど，申請は？')).toBe('申請は？');
  });

  it('leaves out a sentence before the question that says a step is done and asks nothing', () => {
    expect(withoutStepsDone('お世話になっております。利用申請は先月完了しました。個人ユーザIDはどこで確認できますか。')).toBe('お世話になっております。個人ユーザIDはどこで確認できますか。');
    expect(withoutStepsDone('証明書はもう両方入れました。ライセンスは1つで足りますか？')).toBe('ライセンスは1つで足りますか？');
    // A sentence that turns keeps what follows the turn.
    expect(withoutStepsDone('ダウンロードは終わってるんですが、申請がまだです。やり方を教えて')).toBe('申請がまだです。やり方を教えて');
    // The last sentence, and a sentence that asks, stay whatever they say is done.
    expect(withoutStepsDone('ダウンロードは済みました')).toBeNull();
    expect(withoutStepsDone('申請は完了していますか？画面のどこを見ればいい？')).toBeNull();
    expect(withoutStepsDone('ボタンを押したあと、ちゃんと完了したのか不安です。確認する方法はありますか')).toBeNull();
  });

  it('keeps a clause that says a step is not done, or that does not turn to a question', () => {
    expect(withoutStepsDone('ログインできないのですが、どうすればいいですか')).toBeNull();
    expect(withoutStepsDone('インストールが終わっていないのですが、使えますか')).toBeNull();
    expect(withoutStepsDone('申請は終わったのですが、')).toBeNull();
  });
});

describe('selfContainedPart', () => {
  const background = '今年から担当になりました。KJのIDは手元にあります。';

  it('is the question part when the question comes last and names its own subject', () => {
    const message = `${background}これから利用申請をしたいのですが、何から始めればいいですか。`;
    expect(selfContainedPart(message)).toBe(questionPart(message));
    expect(selfContainedPart(message)).not.toBeNull();
  });

  it('is null when the last sentence points back to what an earlier one named', () => {
    expect(selfContainedPart('障害総合支援の証明書が入っていました。うちは障害福祉もやっています。この証明書でもいけますか。')).toBeNull();
    expect(selfContainedPart('総合事業の通所型の事業所です。請求は国保連に出しています。うちもこれの対象ですか？')).toBeNull();
    // A closing after the question does not hide it.
    expect(selfContainedPart('障害総合支援の証明書が入っていました。障害福祉もやっています。この証明書でもいけますか。よろしくお願いいたします。')).toBeNull();
    // このシステム names the system itself, not something said before.
    expect(selfContainedPart('総合事業の通所型の事業所です。請求は国保連に出しています。うちはこのシステムの対象ですか？')).not.toBeNull();
  });

  it('is null when the question comes first and its background after', () => {
    expect(selfContainedPart('個人ユーザIDはどこで見られますか？前任者のメモは違うようです。申請は前任者がしました。')).toBeNull();
  });

  it('is null for a message of one or two sentences', () => {
    expect(selfContainedPart('KJのIDは手元にあります。利用申請は何から始めればいいですか。')).toBeNull();
  });
});

describe('lastSentence', () => {
  it('is the last sentence, closings left out, when background comes before it', () => {
    expect(lastSentence('最近は手間が減りました。ところで、ライセンスの更新は必要ですか？よろしくお願いします。')).toBe('ところで、ライセンスの更新は必要ですか？');
  });

  it('is null for a message of one sentence, or a last sentence that points back', () => {
    expect(lastSentence('お世話になっております。ライセンスの更新は必要ですか？')).toBeNull();
    expect(lastSentence('障害総合支援の証明書が入っていました。この証明書でもいけますか。')).toBeNull();
    // A question for what follows points back at the step said done before it.
    expect(lastSentence('証明書のインストールは完了しました。次の手順を教えていただけますか。')).toBeNull();
    expect(lastSentence('パソコンはWindows11でした。続いて何をすればよいですか。')).toBeNull();
    expect(lastSentence('アプリは入れました。次は？')).toBeNull();
    expect(lastSentence('メールアドレスを登録していませんでした。こういう場合はどうなりますか。')).toBeNull();
    // 別に / 別途 ask about something besides what was named before.
    expect(lastSentence('フリーパスのキャンペーンを使いたいです。別に申し込みフォームがあるんですか？')).toBeNull();
  });

  it('is null for a last sentence that opens on an alternative to the question before it', () => {
    expect(lastSentence('パスワードはどこで変えますか。電子請求受付システムですか？それとも利用状況WEBサイトですか？')).toBeNull();
    expect(lastSentence('証明書はどこで取りますか。事業所ごとですか。または法人で一つですか。')).toBeNull();
  });
});

describe('markSpokenQuestionEnds', () => {
  it('marks a polite question ended by a space before more words, and nothing else', () => {
    expect(markSpokenQuestionEnds('申請はどこでするんですか えっと前の人がやめてしまって')).toBe('申請はどこでするんですか？えっと前の人がやめてしまって');
    expect(markSpokenQuestionEnds('使えますか　それと料金は')).toBe('使えますか？それと料金は');
    // A space at the end, or one not after a question's end, is left.
    expect(markSpokenQuestionEnds('使えますか ')).toBe('使えますか ');
    expect(markSpokenQuestionEnds('KJ のパスワード 忘れた')).toBe('KJ のパスワード 忘れた');
  });
});

describe('withoutAfterthought', () => {
  it('is the message up to its question when the sentences after it ask nothing', () => {
    expect(withoutAfterthought('アプリは1台しか入れられないんでしょうか？ サテライト事業所があります。両方のパソコンから送りたいと思っています。')).toBe('アプリは1台しか入れられないんでしょうか？');
    expect(withoutAfterthought('お世話になっております。ライセンスは事業所ごとに必要ですか。うちは3つ事業所があります。')).toBe('ライセンスは事業所ごとに必要ですか。');
    expect(withoutAfterthought('事業所が2つあります。証明書はそれぞれで取るんですか。ちなみにKJのIDは別々です。')).toBe('事業所が2つあります。証明書はそれぞれで取るんですか。');
    // A question asked as a request, and a reason after it with a question word inside (「かどうか」「誰も」).
    expect(withoutAfterthought('申請済みか知りたいです。前の担当者がやったかどうか誰もわからなくて。')).toBe('申請済みか知りたいです。');
  });

  it('is null when the last sentence asks or wonders, when the last that asks is no question, when a first question points back, and for one sentence', () => {
    expect(withoutAfterthought('ライセンスは必要ですか？ 3つ事業所があります。証明書はどうすればいいですか。')).toBeNull();
    expect(withoutAfterthought('ライセンスは必要ですか？ 申請が済んでいるか不安です。')).toBeNull();
    expect(withoutAfterthought('どう確認すればいいか分かりません。事業所は3つです。')).toBeNull();
    expect(withoutAfterthought('この証明書でも使えますか？ 障害福祉のものです。')).toBeNull();
    expect(withoutAfterthought('ライセンスは必要ですか？')).toBeNull();
  });
});

describe('standaloneQuestion', () => {
  it('is the last sentence when it asks, wonders or requests and no sentence before the last two asks', () => {
    expect(standaloneQuestion('前任者が辞めました。メモもありません。ライセンスは必要ですか。')).toBe('ライセンスは必要ですか。');
    expect(standaloneQuestion('前任者が辞めました。ライセンスについて教えてください。')).toBe('ライセンスについて教えてください。');
  });

  it('is null when a sentence before the last two asks, the last points back, or it asks nothing', () => {
    expect(standaloneQuestion('IDはどこですか？ 前任者が辞めました。メモもありません。ライセンスは必要ですか。')).toBeNull();
    expect(standaloneQuestion('前任者が辞めました。メモもありません。この場合はどうなりますか。')).toBeNull();
    // An aside after the question asks nothing.
    expect(standaloneQuestion('前任者が辞めました。メモもありません。ちなみにKJのIDは別々に持っています。')).toBeNull();
  });
});

describe('clausesOf', () => {
  it('ends a clause after a reason given with ので and no mark (「…変えたので|…したい」), as after a condition', () => {
    expect(clausesOf('パソコンを替えたのでアプリを入れ直したいです').map((c) => c.text)).toEqual(['パソコンを替えたので', 'アプリを入れ直したいです']);
    expect(clausesOf('証明書が古いのでエラーになりますか').map((c) => c.text)).toEqual(['証明書が古いので', 'エラーになりますか']);
  });

  it('cuts a message into clauses that join back into it, each marked by whether it asks', () => {
    const message = 'アプリを入れ直したいと思っています。ダウンロードのときって、事業所番号はいりますか。';
    const clauses = clausesOf(message);
    expect(clauses.map((c) => c.text).join('')).toBe(message);
    // What leads up to the question in its sentence does not ask; the sentence's last clause does.
    expect(clauses).toEqual([
      { text: 'アプリを入れ直したいと思っています。', asks: false },
      { text: 'ダウンロードのときって、', asks: false },
      { text: '事業所番号はいりますか。', asks: true },
    ]);
    // A clause of an asking sentence that asks itself keeps it; 「いつも」 (always) asks nothing.
    expect(clausesOf('どこで確認するのか、教えてもらえますか').map((c) => c.asks)).toEqual([true, true]);
    expect(clausesOf('ネットバンキングではいつもChromeを使ってますが、この連携システムもChromeで大丈夫ですか').map((c) => c.asks)).toEqual([false, true]);
    // A question word that only concedes what was tried asks nothing (「何度…ても」「どこを…ても」「何回も」).
    for (const said of ['何度入れ直しても同じです。', 'どこを押してもエラーになります。', '何回もやりました。', 'なぜか動きません。']) expect(clausesOf(said).map((c) => c.asks), said).toEqual([false]);
    expect(clausesOf('何度入れ直しても同じなのはなぜですか。').map((c) => c.asks)).toEqual([true]);
  });

  it('ends a clause on a space typed between Japanese words, the space kept with the clause before', () => {
    expect(clausesOf('正明書エラー出てもうた 新しいPCに替えたとこやねんけど').map((c) => c.text)).toEqual(['正明書エラー出てもうた ', '新しいPCに替えたとこやねんけど']);
    // Not a space beside a Latin word.
    expect(clausesOf('Windows 11で使えますか').map((c) => c.text)).toEqual(['Windows 11で使えますか']);
  });

  it('ends a clause on a condition with no mark after it', () => {
    expect(clausesOf('証明書を入れ直そうとしたら発行用のパスワードを聞かれました。').map((c) => c.text)).toEqual(['証明書を入れ直そうとしたら', '発行用のパスワードを聞かれました。']);
    // A condition at the clause's end keeps its mark with it.
    expect(clausesOf('入れたら、エラーが出た。').map((c) => c.text)).toEqual(['入れたら、', 'エラーが出た。']);
  });
});

describe('afterDenial', () => {
  it('is what a message that corrects itself says after its denial', () => {
    expect(afterDenial('忘れたんやなくて「有効期限が切れています」って出るんやった')).toBe('「有効期限が切れています」って出るんやった');
    expect(afterDenial('KJのIDではなく、cのIDはどこで確認できますか')).toBe('cのIDはどこで確認できますか');
    expect(afterDenial('いや、そうじゃなくて証明書の方のパスワード')).toBe('証明書の方のパスワード');
  });

  it('is what follows a sentence that takes back what the clerk thought they did', () => {
    expect(afterDenial('あ、うちは代理請求してなかったわ。ふつうに証明書入れる手順知りたい')).toBe('ふつうに証明書入れる手順知りたい');
    expect(afterDenial('うちは代理請求はしていませんでした。電子証明書の入れ方を教えてください')).toBe('電子証明書の入れ方を教えてください');
    // What the clerk thought the office was, taken back.
    expect(afterDenial('すみません、うちは代理請求じゃなかったです。証明書の入れ方を知りたいです')).toBe('証明書の入れ方を知りたいです');
    expect(afterDenial('代理請求ではありませんでした。証明書はどこで確認できますか')).toBe('証明書はどこで確認できますか');
    // A trouble said in the present, or a negative inside a sentence, is no taking back.
    expect(afterDenial('KJのパスワードがわからないです。どこで再発行できますか')).toBeNull();
    expect(afterDenial('メールが届いていないのでどうすればいいですか')).toBeNull();
  });

  it('is what follows a belief the clerk had, said before what turned out instead', () => {
    expect(afterDenial('ブラウザで開いて使うサイトだと思ってたんですけど、何かダウンロードしないといけないんですか？')).toBe('何かダウンロードしないといけないんですか？');
    expect(afterDenial('無料かと思っていましたが、ライセンス料がかかるんですか')).toBe('ライセンス料がかかるんですか');
    // A thought about what to do is no belief taken back.
    expect(afterDenial('申請しようと思っていますが、どこからですか')).toBeNull();
  });

  it('is null without a denial, or with nothing after it', () => {
    expect(afterDenial('KJのパスワードを忘れました')).toBeNull();
    expect(afterDenial('それじゃなくて')).toBeNull();
    expect(afterDenial('代理請求はしてなかったです。')).toBeNull();
  });
});

describe('afterTimeFrame', () => {
  it('is what a message says after a clause that only says when, cut off by its comma', () => {
    expect(afterTimeFrame('ダウンロードの前に、うちのPCで動くか確認したい')).toBe('うちのPCで動くか確認したい');
    expect(afterTimeFrame('ログインしたあとで、個人ユーザIDってどこで見れる？')).toBe('個人ユーザIDってどこで見れる？');
  });

  it('is null without such a clause, without its comma, or with nothing after it', () => {
    expect(afterTimeFrame('利用申請の前に何を準備すればいい？')).toBeNull();
    expect(afterTimeFrame('ダウンロードの前に、')).toBeNull();
    expect(afterTimeFrame('証明書を入れたのですが、エラーが出ます')).toBeNull();
  });
});

describe('splitCaseFrame', () => {
  it('is a short clause of the case, cut off by its comma, and what follows it', () => {
    expect(splitCaseFrame('使う場合、利用申請はどこでするんですか')).toEqual({ clause: '使う場合、', rest: '利用申請はどこでするんですか' });
    expect(splitCaseFrame('うちなら、ライセンスはいくつ要る？')).toEqual({ clause: 'うちなら、', rest: 'ライセンスはいくつ要る？' });
    expect(splitCaseFrame('そのときは、どこに電話すれば')?.rest).toBe('どこに電話すれば');
  });

  it('is null without such a clause, with a long one, or with nothing after it', () => {
    expect(splitCaseFrame('利用申請はどこでするんですか')).toBeNull();
    expect(splitCaseFrame('使う場合、')).toBeNull();
    expect(splitCaseFrame('事業所が三つあって全部で使いたい場合、ライセンスはいくつ？')).toBeNull();
  });
});

describe('asksOrRequests', () => {
  it('is true of a question, a casual one included, and of a request', () => {
    for (const text of ['それって毎年いるの？', 'ライセンスの料金はいくら', '次は何をすれば', '料金も知りたいです', '証明書は事業所ごとですか', 'どうやって確認する']) {
      expect(asksOrRequests(text), text).toBe(true);
    }
  });

  it('is false of a statement, a report or an intention', () => {
    for (const text of ['ありがとうございます、電話してみます', '完了って出てました！助かりました', 'そうなんや、おおきに', 'わかりました。1台でみんなで使います、どうも']) {
      expect(asksOrRequests(text), text).toBe(false);
    }
  });

  it('is false of 「そうですか」 said as an acknowledgement before more of one, and true of it asked alone or before a question', () => {
    for (const text of ['そうですかわかりましたありがとうございます', 'そうなんですか、了解です', 'そっかありがとう']) expect(asksOrRequests(text), text).toBe(false);
    for (const text of ['そうですか？', 'そうですか。じゃあ更新はいつですか']) expect(asksOrRequests(text), text).toBe(true);
  });
});

describe('topicalSecondSentence', () => {
  it('is the second of two sentences when it asks and opens on its own topic', () => {
    expect(topicalSecondSentence('ソフト会社に聞いたら対応してるって。ライセンス料っていくら？')).toBe('ライセンス料っていくら？');
  });

  it('is null for one sentence, three, a second that points back or opens on no topic', () => {
    expect(topicalSecondSentence('ライセンス料っていくら？')).toBeNull();
    expect(topicalSecondSentence('うちは居宅です。証明書は入れました。ライセンスはいくら？')).toBeNull();
    expect(topicalSecondSentence('証明書を入れました。それはどこで確認できますか？')).toBeNull();
    expect(topicalSecondSentence('証明書のパスワードが見つかりません。どこで再発行できますか。')).toBeNull();
    // A way of doing it is no topic of its own: what it is done to is in the first sentence.
    expect(topicalSecondSentence('証明書が入っているか不安です。パソコンで確認するやり方は？')).toBeNull();
    expect(topicalSecondSentence('アプリが入ったか分からない。確かめる方法ってありますか？')).toBeNull();
    // Nor is a place where it is done: what is done there is named first.
    expect(topicalSecondSentence('ログイン画面にcから始まるIDを入れる欄があります。見られるところはどこですか？')).toBeNull();
    expect(topicalSecondSentence('証明書のパスワードを書いた紙が見当たりません。調べられる画面はありますか')).toBeNull();
  });

  it('finds what a reply says after opening on a denial, and nothing in a filler or a denial alone', () => {
    expect(afterOpeningDenial('いや、インストールはできてて、エラーが出るって話なんです')).toBe('インストールはできてて、エラーが出るって話なんです');
    expect(afterOpeningDenial('違います。KJのほうです')).toBe('KJのほうです');
    expect(afterOpeningDenial('ちゃうねん、そもそもパスワード自体わからんのです')).toBe('そもそもパスワード自体わからんのです');
    expect(afterOpeningDenial('あ、ちがった、そもそもパスワード自体わからんの')).toBe('そもそもパスワード自体わからんの');
    expect(afterOpeningDenial('いやー助かりました')).toBeNull();
    expect(afterOpeningDenial('いいえ')).toBeNull();
  });
});

describe('askedAfterAside', () => {
  it('takes the question without the clause before it that tells the clerk\'s circumstance', () => {
    expect(askedAfterAside('土曜だけ来てるアルバイトなんですが、個人ユーザIDってどこで見ればいいですか。紙をなくしてしまって')).toBe('個人ユーザIDってどこで見ればいいですか');
  });

  it('keeps a clause that says what the clerk wants, and a sentence that asks nothing', () => {
    expect(askedAfterAside('ねんきんネットに登録したいのですが、申し込みはどこからですか')).toBeNull();
    expect(askedAfterAside('パートなんですが、IDをなくしました')).toBeNull();
  });
});

describe('beforeDeniedPhrase', () => {
  it('is what comes before the phrase a denial takes back, back to its particle', () => {
    expect(beforeDeniedPhrase('ワードの表の日付を令和じゃなくて西暦にしたい')).toBe('ワードの表の日付を');
    expect(beforeDeniedPhrase('e-Taxのパスワードじゃなくて、こっちの話')).toBe('');
    expect(beforeDeniedPhrase('日付を西暦にしたい')).toBeNull();
  });
});

describe('selfContainedPart: a part that points back before it', () => {
  it('is not self-contained when its first sentence makes a thing named before its topic (こちらは, それ)', () => {
    const background = '証明書を入れていたら発行用のパスワードを聞かれました。';
    expect(selfContainedPart(`${background}KJのものを入れても弾かれますが、こちらは別物ですか。忘れたときの手続きも教えてください。`)).toBeNull();
    expect(selfContainedPart(`${background}KJのものを入れても弾かれます。忘れたときの手続きを教えてください。`)).not.toBeNull();
  });
});

describe('afterTopicTurn', () => {
  it('is what a message says after thanks and a turn to another topic', () => {
    expect(afterTopicTurn('どうもありがとう。ところで、証明書は何枚いるんですか')).toBe('証明書は何枚いるんですか');
    expect(afterTopicTurn('了解です、話変わるけど、アプリは何台で使えますか')).toBe('アプリは何台で使えますか');
    expect(afterTopicTurn('それとは別に、ライセンスの料金は？')).toBe('ライセンスの料金は？');
  });

  it('is null without a turn, or with nothing after it', () => {
    expect(afterTopicTurn('ありがとう、証明書は何枚いるんですか')).toBeNull();
    expect(afterTopicTurn('ありがとうございます。ところで')).toBeNull();
  });
});


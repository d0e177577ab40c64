/**
 * The onboarding order as the content states it: a guide's `## 次のステップ {#next}` section names the
 * step that follows it by its first link to another article (download → certificate); a guide without
 * one takes the step after it in the overview's flow (a `steps` section whose ordered list's items each
 * open with a link to an article: kj-id → download), and the article that lists the flow takes its first step
 * (overview → pc-environment). A follow-up that asks what comes next
 * (「次は何をすればいい？」) is answered with that article (conversation.ts); so is a single message that
 * says a step is done and asks what follows (「利用申請が終わったら次は何をすればいい？」): its words name the
 * step done, so the model finds that step, and the decision moves on to the next one (`stepAfter`, used
 * by engine.ts).
 */
import type { KnowledgeBase } from '../content/types.ts';
import { isHiraganaCode } from '../text/normalize.ts';
import { leadOf, type Decision } from './decide.ts';
import { IN_ORDER } from './question-part.ts';

/** The anchor of the section that names the next step. */
const NEXT_ANCHOR = 'next';

const ARTICLE_LINK = /href="\/kb\/([a-z0-9]+(?:-[a-z0-9]+)*)/g;

/**
 * A step said done as a state (「証明書は入っとった」「入ってました」「済んでる」), a check passed (「介護ソフトは対応してました」
 * 「対応してるって業者さんに言われました」「そこはクリアです」), or a setting left made (「西暦にしてあります」「Edgeに設定して
 * います」), in DONE and ENDS_DONE alike. A present state is read only with more after it: the normalised text has lost the
 * question mark of 「対応してる？」.
 */
const STATE_DONE =
  '(?:入|はい)(?:っとった|っちょった|っちょりました|ってた|っていた|ってました|っていました)|済んでる|済んでます|完了して(?:おり|い)?ます(?![かよね])|完了してた|完了していた|' +
  // A status seen complete (「完了になっていました」「完了になってた」).
  '完了(?:に|と)なって(?:い|おり)?(?:ました|た(?!ら)|ます(?=\\s*[^\\sかよね]))|完了(?:に|と)なっとった|' +
  '(?:対応|たいおう)(?:して(?:い)?ました|して(?:い)?た(?!ら)|しとった|して(?:い|おり)?ます(?=\\s*[^\\sかよね])|して(?:い)?る(?=\\s*[^\\sかの])|済み)|' +
  // …said in the casual past too (「カレンダーも西暦にしたよ」「Chromeに変えた」「西暦に直したっしょ」), not as a condition (「西暦にしたら」) or a wish.
  '(?:に|へ)(?:し|変え|かえ|変更し|切り替え|設定し|直し|なおし)(?:てあります|てある(?=\\s*[^\\sかの])|てあった|てました|ています(?=\\s*[^\\sかよね])|てます(?=\\s*[^\\sかよね])|ました(?!か)|た(?=\\s|よ|わ|さ|っしょ|で(?=\\s|$)|$))|' +
  // A check passed said as cleared (「そこはクリアです」「PCもクリアしました」), in katakana as typed or folded.
  '(?:ク(?<=[はも]ク)リア|く(?<=[はも]く)りあ)(?:です|でした|しました|した|だ|や|やった|だった|済み|ずみ)?';

/**
 * Says a step is done (「終わったら」「済んだら」「したら」「した後」「わかったら」「のあと」, or 「済みました」「できました」
 * before the ask: 「ダウンロードは済みました。次は何を…」; a check passed: 「パソコンはWindows11で大丈夫やった。次は？」「PCの確認はOKでした」「だいじょぶそう」;
 * 「そろってました」; 「できた」 ending a clause: 「再発行できた。で、次は？」)… Not 「終わって」 or 「どうすれば」, nor 「そのあと」,
 * which points back (「わかりました、そのあとは何をすれば」):
 * 「途中で終わってしまった、どうすれば」 asks how to mend the step, not what follows it; nor 「…しようとしたら」, a try that failed,
 * nor a button or link pressed (「…のリンクを押したら、その後どう進めば」「クリックしたあと」): a move inside a step, whose article goes on from it.
 */
/** After the し of したら or した後: not a try (「しようとしたら」), nor a press or a click, a move inside a step (押したら is 押し＋たら). */
const NOT_A_TRY_OR_CLICK = '(?<!(?:うと|押|クリック|くりっく|タップ|たっぷ|押下)し)';
/**
 * A setting or a thing found as it should be (「西暦表示にもなってた」「Chromeになってました」), or a thing turned up (「IDの紙、棚から
 * 出てきた」): said done before an ask for what follows. Not a trouble that became so or came up (「期限切れになってた」「エラーが
 * 出てきた」「警告画面が出てきました」), katakana as typed or folded.
 */
// Each look-behind comes after the word's first character and takes it in, with the same meaning: a pattern that opens on a
// look-behind of varying length is tried at every position of every message, and was the costliest of an ask's patterns.
const BECAME_SO = '[にへ](?<!(?:エラー|えらー|切れ|ぎれ|無効|失敗|ロック|ろっく)[^\\s]{0,4}[にへ])も?なって(?:た|ました|いました|おりました)|に(?<!(?:エラー|えらー|切れ|ぎれ|無効|失敗|ロック|ろっく)[^\\s]{0,4}に)なっとった';
const TURNED_UP = '[出で](?<!(?:エラー|えらー|メッセージ|めっせーじ|表示|画面|警告|ポップアップ|ぽっぷあっぷ)[^\\s]{0,4}[出で])て(?:きた|きました)';
/** The install or the download said done in so many words (in DONE and ENDS_DONE alike). */
const INSTALLED_OR_DOWNLOADED = 'インストールしました|いんすとーるしました|ダウンロードしました|だうんろーどしました';
/**
 * A thing put in, said in the plain past before a turn to the ask (「証明書は入れたんですが、次は…」「アプリはインストールしたけど、
 * 次は？」), beside DONE's plain past before a pause or the end (「入れたし」「入れた 次は」) and its polite past (「入れました」).
 * Not its condition (入れたら) nor a wish (入れたい).
 */
const PUT_IN_BUT = '(?:入れ|いれ|インストールし|いんすとーるし|ダウンロードし|だうんろーどし)た(?=(?:ん(?:です|だ|や)|の(?:です|だ))?(?:けど|けれど|が|けんど)|[、，,])';
const DONE = new RegExp(`(${BECAME_SO}|${TURNED_UP}|${PUT_IN_BUT}|終わったら|おわったら|終わった後|終わったあと|済んだら|すんだら|完了後|終了後|し${NOT_A_TRY_OR_CLICK}た(?:ら|後|あと)|してから|終えたら|できたら|出来たら|わかったら|分かったら|揃ったら|そろったら|の(?<![そこあ]の)(?:あと|後)|${IN_ORDER}(?:きた|来た|きました|来ました|きて|来て)|終わりました|おわりました|済み(?=\\s|[。．、，,！!]|$)|済みました|すみました|済ませました|完了しました|できました|出来ました|大丈夫やった|大丈夫だった|大丈夫でした|大丈夫そう|そろった|揃った|そろいました|揃いました|入れました|いれました|${STATE_DONE}|(?:入|はい)(?:っとります|ってます|っています)|済んだ(?!ら)|済んでいます|${INSTALLED_OR_DOWNLOADED}|だいじょうぶやった|だいじょうぶだった|問題なかった|問題ありませんでした|(?:できた|出来た|落とせた|おとせた)(?=\\s|よ|わ|さ|$)|出しました|だしました|提出しました|申請しました|申し込みました|申込みました|送りました|おくりました|(?:入れた|いれた|出した|だした|提出した|申請した|申し込んだ|送った|おくった)(?=し(?![ま])|\\s|よ|わ|さ|で(?=\\s|$)|$)|(?:ok|おっけー)(?:でした|だった|やった)|確認(?:しました|いたしました|できました)|だいじょぶ(?:そう|やった|だった|でした)|(?:そろって|揃って)(?:ました|た|る|います|ます(?![かよね]))|終わった|おわった)`);
/** What, before a condition, makes it ask what to do (「何をしたら」「どうしたら」). */
const ASKS_WHAT_BEFORE = /(?:何|なに|どう)を?$/;
/** Every word saying a step is done, for `doneParts`. */
const DONE_ALL = new RegExp(DONE.source, 'g');
/** A word saying a step is done that the message doubts (「しんせい おわったか わからん」「済んだのか不安」): it says nothing is done. */
const DOUBTED_DONE = new RegExp(`(?:${DONE.source})\\s*(?:の|ん)?か\\s*(?:どうか|わから|分から|わかん|分かん|不安|心配)`, 'g');
/**
 * Words that ask for the next step, in a follow-up and in a message that says a step is done alike: 次 or つぎ
 * with what asks after it (「次は」「つぎの手順」「次なにやれば」「次どうする」). Katakana as typed and as the
 * analysis folds it (ステップ, すてっぷ).
 */
const NEXT_WORDS = '(?:その)?(?:次|つぎ)(?:は|に|って|の手順|のステップ|のすてっぷ|の作業|の段階|なに|何|どう|やる|する|を?お願い|おねがい|を?教えて|おしえて|(?:へ|に)?(?:いこう|行こう|いこか|行こか|いきましょう|行きましょう|いってみよう|行ってみよう|いくで|行くで|いくぞ|行くぞ))';
/** A follow-up asking for the step after the last answer's (「次は何をすればいい？」「その後は？」「このあとは何をすれば？」「ここから先は何を…」「こっから何ば…」「次いこう」). */
const ASKS_NEXT = new RegExp(`(${NEXT_WORDS}|その次|そのつぎ|そのあと|その後|このあと|この後|この次|あとは(?:何|なに|どう)|(?:ここ|こっ)から(?:先|さき)?は?(?:何|なに|どう)|(?:次|つぎ)\\s*$|^(?:next|ねくすと)\\s*$)`);
/**
 * Asks what to do after, with what the clerk wants in between (「この後、実際に使い始めるにはどうすれば」): the words between, group
 * 1, must name no step of their own (「その後、証明書を入れるにはどう」 asks about the certificate).
 */
const THEN_HOW = /(?:この|その)(?:後|あと)\s*([^\s]{1,24}?)(?:何|なに|どう)/;
/** What asks what to do (「何をすれば」「なにやったら」). */
const WHAT_TO_DO = '(?:何|なに)を?(?:すれば|したら|する|やれば|やったら|やる)';
/** Asks whether anything else is to be done (「他に何かやることあるんですか」「ほかにすることは」). */
const ANYTHING_ELSE_TO_DO = '(?:他|ほか)に(?:何か|なにか|何|なに)?(?:やる|する|やらな|せな|しな)(?:こと|事|きゃ)';
/** Asks what is left to do (「あと何が残ってる？」「残りは何？」「何が残ってますか」). */
const WHAT_IS_LEFT = '(?:(?:あと|後)は?)?(?:何|なに)が(?:残って|のこって)|(?:残り|のこり)は(?:何|なに)';
/** …and then asks what to do (「次は」「何をすれば」「あとは何を？」「あとは？」「この後どうすれば」「これからどうしたら」, a bare 「次」 at the end, what is left). */
const ASKS_WHAT_FOLLOWS = new RegExp(`(${NEXT_WORDS}|(?:続いて|つづいて)は?(?:何|なに|どう)|${WHAT_TO_DO}|${ANYTHING_ELSE_TO_DO}|${WHAT_IS_LEFT}|(?:次|つぎ)[?？!！\\s]*$|あとは(?:何|なに|どう|[?？\\s]*$)|(?:この|その)(?:後|あと)は?(?:何|なに|どう)|これから(?:何|なに|どう))`);
/** A follow-up asking for the step before the last answer's (「その前にやっとくことってある？」). Not 「この前」: the other day. */
const ASKS_BEFORE = /(その前|そのまえ|それより前|それよりまえ|その手前|(?:ひと|一|1|いっ|一っ)(?:つ|個|こ)(?:前|まえ))(に|は|って|の)|(?<![そこあ])の(前|まえ)の(手順|ステップ|すてっぷ|段階)/;
/** What to check, asked after 前に (「…する前に何を確認しておけば」「…の前にチェックすることは」). */
const CHECK_ASKED_BEFORE = /(?:前|まえ)に.*?(?:確認|かくにん|ちぇっく|チェック)/;
/** A message naming a step and asking what comes before it (「申請の前にやっとかなあかんことは？」「インストールする前に何が必要？」). */
const STEP_BEFORE_OF = /((?<![そこあ])の|する|やる)(前|まえ)(に(?=.*(何|なに|こと|必要|準備|用意))|の(手順|ステップ|すてっぷ|段階))/;
/**
 * A digit of a step's number: as typed, full width or in kanji; a kanji digit not the head of a word written on with
 * kanji (「ステップ一覧」 lists the steps, 一括 and 一度 count nothing), other than the counters 番, 目 and 個.
 */
const DIGIT = '(?:[1-9１-９]|[一二三四五六七八九](?!(?![番目個])[\\u4e00-\\u9fff]))';
/** 手順 before a number names a step as ステップ does, not before an ordinal (「手順の2番目のところ」: a line of the answer's own list). */
const NAMED_STEP_SOURCE = `(?:すてっぷ|ステップ|(?:手順|てじゅん)の?(?!\\s*${DIGIT}\\s*(?:番目|ばんめ|つ目|つめ|個目|こめ)))\\s*(${DIGIT})(?![0-9０-９])`;
/** A step by its number (「ステップ5」「手順5」「手順の5」「5番目」「5ばんめ」「2つ目」「3番って」; digits as typed or written in kanji). */
const ORDINAL = new RegExp(`${NAMED_STEP_SOURCE}|(${DIGIT})\\s*(?:番目|ばんめ|つ目|つめ|個目|こめ|番(?=って|は|の|を|も|で|まで|[?？\\s]|$))`);
/** A step named by its number in so many words (「ステップ5」「すてっぷ５」「手順5」). */
const NAMED_STEP = new RegExp(NAMED_STEP_SOURCE);
/** A step asked for called a step or a thing (「…のステップ」「…のやつ」), as BARE_NUMBER and BARE_LAST take it. */
const CALLED_A_STEP = 'の(?:ステップ|すてっぷ|段階|やつ|とこ)';
/** What a step asked for alone is asked as (「何」「ですか」), and recalled (「だっけ」). */
const ASKS_WHAT = '(?:何|なに|なん|なんですか|ですか)';
const RECALLED = 'だっけ|やっけ|でしたっけ';
/**
 * A number alone, with at most 番, a particle and 何 (「5は」「7」「3番って何」「６はなに」), or an ordinal alone (「2番目は」
 * 「三つ目は」: asked so after a step, it counts the flow's steps as the clerk goes through them, not the lines of the step's
 * own list, which a clerk names by what they say); either may be called a step or a thing (「2番目のステップは」「6番目のやつ」)
 * and asked how it is done (「…のやり方おしえて」), in more detail (「6番目のやつ詳しく」) or recalled (「4番目のステップってなんだっけ」),
 * after a word that takes up the last answer (「じゃあ６」).
 */
const BARE_NUMBER = new RegExp(
  `^(?:じゃあ|じゃ|では|ほな|ほんなら|それなら|なら)?(?:([1-9１-９])番?|(${DIGIT})(?:番目|ばんめ|つ目|つめ))(?:${CALLED_A_STEP})?(?:は|って|の(?:やつ|とこ)?(?:は|って)?)?` +
    `(?:の?(?:やり方|やりかた)を?(?:教えて|おしえて)(?:ください|下さい)?|(?:を|も)?(?:詳しく|くわしく)(?:教えて|おしえて)?(?:ください|下さい)?)?${ASKS_WHAT}?(?:${RECALLED}|だった|でした)?$`,
);
/** Asks for the first step (「じゃあ最初になにからやればいい？」), after the article that lists the flow. */
const ASKS_FIRST = /(最初|さいしょ|まず|何から|なにから|はじめに|初めに)/;
/** Asks for the last step (「最後のやつって何するん」), after the article that lists the flow. */
const ASKS_LAST = /(最後|さいご|ラスト|らすと)/;
/** Asks for the step after a named one in so many words (「利用申請の次は？」). */
const STEP_OF = /の(次|つぎ)(は|に|って|の手順|のステップ)/;
/**
 * A word (kanji, katakana, Latin) after the ask, other than the ask's own (「何をすればいい」「手順を教えて」):
 * 「ダウンロードできたら、次は証明書のインストールでしたっけ？」 names what it takes the next step to be.
 */
const NAMES_A_STEP = /[\u30a1-\u30fa\u4e00-\u9fffa-z0-9]/;
// 「次は何を確認すれば」「次に何を準備したら」: what to check or prepare next is the ask, not a step it names; so is being
// able to use or start (「次どうすれば使えるの」「使い始めるには」「実際に使えるようになりますか」); so is a polite request to be told
// (「次の手順をご教示ください」「ご案内いただけますか」).
const ASKING_WORDS = /教示|案内|説明|[何次手順良教行進使始]|ステップ|確認|準備|用意|実際/g;
/** What the clerk wants to start, after the ask (「…データのやり取りを始められますか」「…連携を開始するには」): the goal, not a step. */
const GOAL = /[^をはが\s]{1,12}を(?:始め|はじめ|開始)/g;

/**
 * Whether a (short) follow-up asks for the step after the last answer's (conversation.ts): in so many words,
 * or by saying it is done and naming no step of its own (「それが終わったら？」「できたら？」, not 「インストールしたら？」).
 */
export function asksNextStep(text: string): boolean {
  if (ASKS_NEXT.test(text)) return true;
  // A step the message only wonders is done (「しんせい おわったか わからん」) asks whether it is, not what follows; a figure asked
  // once it is done (「終わったらなんぼかかるん？」 after the free pass) asks that figure.
  const said = withoutDoubtedDone(text);
  const done = DONE.exec(said);
  return done !== null && !ASKS_FIGURE.test(said) && !NAMES_A_STEP.test(said.slice(0, done.index) + said.slice(done.index + done[0].length));
}

/** A figure asked for: a price, a length of time, a date. */
const ASKS_FIGURE = /いくら|なんぼ|何円|なんえん|料金|費用|何日|なんにち|何時間|なんじかん|何か月|何ヶ月|何ヵ月|なんかげつ|何週間|なんしゅうかん|どのくらい|どれくらい|どんくらい|どんだけ|いつ(?!も)/;

/**
 * The parts of a message that each end on a word saying a step is done (「申請も終わった」「し証明書も入れました」 of
 * 「申請も終わったし証明書も入れました。あとは…」); none when no word says so.
 */
export function doneParts(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(DONE_ALL)) {
    // 「何をしたら」「どうしたら」 ask what to do; they say nothing is done.
    if (ASKS_WHAT_BEFORE.test(text.slice(0, m.index))) continue;
    const end = m.index + m[0].length;
    parts.push(text.slice(from, end));
    from = end;
  }
  return parts;
}

/** Things listed one after another (「ダウンロードも証明書も」「ダウンロード、証明書、」): も or a comma after each. */
const LISTED = /[も、，,]/;

/**
 * The things a part from `doneParts` lists as done, each said done alone (「ダウンロードも証明書も利用申請も全部終わりました」 →
 * 「ダウンロード終わりました」「証明書終わりました」「利用申請終わりました」「全部終わりました」), or two words joined by と
 * (splitJoined; `written`: the part with katakana as typed, same offsets); empty when it lists fewer than two.
 */
export function listedDone(part: string, written = part): string[] {
  const done = DONE.exec(part);
  if (done === null) return [];
  const listed = part.slice(0, done.index);
  const words = (xs: string[]) => xs.map((x) => x.trim()).filter((x) => x.length > 0);
  const byMarks = words(listed.split(LISTED));
  const items = byMarks.length >= 2 ? byMarks : words(splitJoined(listed, written));
  return items.length < 2 ? [] : items.map((x) => x + done[0]);
}

/**
 * `listed` cut where と joins two words, as `written` (the same text, katakana as typed) shows: between two characters that
 * are not hiragana (「製品ダウンロードと電子証明書」), not inside a word (「ソフト」 folded, 「あと」, 「ちょっと」).
 */
function splitJoined(listed: string, written: string): string[] {
  const items: string[] = [];
  let from = 0;
  for (let i = 1; i + 1 < listed.length; i++) {
    if (written[i] !== 'と' || isHiraganaCode(written.charCodeAt(i - 1)) || isHiraganaCode(written.charCodeAt(i + 1))) continue;
    items.push(listed.slice(from, i));
    from = i + 1;
  }
  return items.length === 0 ? [] : [...items, listed.slice(from)];
}

/** 次 with what says the next step is what follows (「次は」「つぎに」), as the normalised text writes it. */
const NEXT_IS = /(?:次|つぎ)(?:は|に)/;

/** What a message says after its first 「次は」 or 「次に」 (「次はインストールですよね」 → 「インストールですよね」), or null without one. */
export function afterNextWord(text: string): string | null {
  const m = NEXT_IS.exec(text);
  return m === null ? null : text.slice(m.index + m[0].length);
}

/** Whether a message says a step is done (DONE: 「IDそろった」「ダウンロードは済みました」), not only wonders whether it is. */
export function saysStepDone(text: string): boolean {
  return DONE.test(withoutDoubtedDone(text));
}

/** The text without the words saying a step is done that it only wonders about (DOUBTED_DONE). */
function withoutDoubtedDone(text: string): string {
  return text.replace(DOUBTED_DONE, '');
}

/** Whether a (short) follow-up asks for the step before the last answer's (「その前にやることは？」「ログインの前の手順は？」). */
export function asksStepBefore(text: string): boolean {
  return ASKS_BEFORE.test(text);
}

/** Whether a (short) follow-up asks for the last step (「最後のやつって何するん」): after the article that lists the flow, its last. */
export function asksLastStep(text: string): boolean {
  return ASKS_LAST.test(text);
}

/** The last step asked for alone (「さいごは？」「最後のステップって何だっけ」「最後はなにすると？」), as a number or an ordinal alone is (BARE_NUMBER). */
const BARE_LAST = new RegExp(`^(?:じゃあ|じゃ|では|ほな|で)?(?:最後|さいご|ラスト|らすと)(?:${CALLED_A_STEP})?(?:は|って)?${ASKS_WHAT}?(?:${RECALLED}|を?(?:する|やる)(?:の|ん|と|んですか|のですか)?)?$`);

/** Whether a message asks for the last step and nothing more (see BARE_LAST); read without spaces and question marks. */
export function asksLastAlone(text: string): boolean {
  return BARE_LAST.test(text.replace(/[\s?？]/g, ''));
}

/** Whether a message asks for what comes next in so many words (「次は」「そのあと」「あとは何」). */
export function asksNextInWords(text: string): boolean {
  return ASKS_NEXT.test(text);
}

/** What a message says after its last word saying a step is done (「申請も済んだら、最後は？」 → 「、最後は？」), or null without one. */
export function textAfterDone(text: string): string | null {
  const said = withoutDoubtedDone(text);
  let end = -1;
  for (const m of said.matchAll(DONE_ALL)) end = m.index + m[0].length;
  return end < 0 ? null : said.slice(end);
}

/** Whether a message says a step is done, then asks for the last step alone (「申請も済んだら、最後は？」). */
export function asksLastAfterDone(text: string): boolean {
  const after = textAfterDone(text);
  return after !== null && asksLastAlone(after.replace(/^[、,，]+/, ''));
}

/** A message that asks for the whole flow (「全体の流れを教えて」「手順を一通り」): the article that lists it, not its first step. */
const ASKS_WHOLE_FLOW = /全体の流れ|流れを(?:教|おし|知|見)|全体像|全体の手順|全部の手順|手順を一通り|一通りの手順|ひととおり/;

/**
 * Whether a (short) follow-up asks where to begin (「最初に何から？」): after the article that lists the flow, its first step.
 * Not one that asks for the whole flow too (「何から手をつければいいか、全体の流れを教えてください」).
 */
export function asksFirstStep(text: string): boolean {
  return ASKS_FIRST.test(text) && !ASKS_WHOLE_FLOW.test(text);
}

/**
 * A step said done, then nothing but an ending (「パソコンと介護ソフトの確認は済みました」): told so, a helpdesk says what
 * follows. Only what is done (not 「入力したら」「どうしたら」, a condition whose outcome is still to come).
 */
const ENDS_DONE = new RegExp(`(?:終わりました|おわりました|終わった|おわった|済みました|すみました|済ませました|済んだ|すんだ|${STATE_DONE}|完了しました|完了した|できました|出来ました|できた|出来た|入れました|いれました|${INSTALLED_OR_DOWNLOADED}|インストールした|そろいました|揃いました|そろった|揃った|大丈夫でした|大丈夫だった|大丈夫やった|問題ありませんでした|問題なかった)[よねわっ！!。．…\\s]*$`);

/** An error, or a thing that cannot be done (as the normalised text writes it): a trouble told, in what any message says. */
export const FAILS = 'エラー|えらー|できな|できません|出来な|出来ません';
/** A trouble told: a failure, a thing that will not go; not a message reported as shown (「「完了しています」と出ました」). */
const TROUBLE_AFTER_DONE = new RegExp(`${FAILS}|出ません|でません|失敗|うまくいか|いけません|だめ|ダメ|駄目`);

/**
 * A thing done on a step's page, screen or site, up to a point (「ダウンロードページで組織名と事業所番号を入れるところまではできた」):
 * the step is under way, not done, and what is left of it is that step's own (the download, not the certificate after it).
 */
const WITHIN_A_PAGE = /(?:ページ|ぺーじ|画面|がめん|サイト|さいと)で[^。．？?！!]{0,40}?ところまで/;

/**
 * Whether a message says a step is done and, after that, asks what to do next, or ends on saying it (ENDS_DONE)
 * (`text`: the analysis's evened text). The step done is what the message is about; the answer is the step after it.
 */
export function asksStepAfter(text: string): boolean {
  if (WITHIN_A_PAGE.test(text)) return false;
  const end = endOfAsk(text);
  return (end >= 0 && !namesAStep(text.slice(end))) || ENDS_DONE.test(text);
}

/** Whether words around an ask name a step of their own (NAMES_A_STEP), the goal and the ask's own words aside. */
function namesAStep(words: string): boolean {
  return NAMES_A_STEP.test(words.replace(GOAL, '').replace(ASKING_WORDS, ''));
}

/**
 * Where the ask for what follows ends: after 「Xの次は」, or after 「次は」「何をすれば」 that follow a word saying
 * a step is done; -1 when the message has no such ask.
 */
function endOfAsk(text: string): number {
  const stepOf = STEP_OF.exec(text);
  if (stepOf) return stepOf.index + stepOf[0].length;
  const done = DONE.exec(text);
  if (!done) return -1;
  const from = done.index + done[0].length;
  const rest = text.slice(from);
  const thenHow = THEN_HOW.exec(rest);
  const ask = ASKS_WHAT_FOLLOWS.exec(rest) ?? (thenHow && !namesAStep(thenHow[1]!) ? thenHow : null);
  // A trouble told between the step done and the ask (「インストールできましたがエラーが出ます 次はどうすれば」): the step has not
  // gone through, and what to do now is that trouble's.
  if (ask) return TROUBLE_AFTER_DONE.test(text.slice(from, from + ask.index)) ? -1 : from + ask.index + ask[0].length;
  // The last word saying done, with nothing but its topic mark after it, asks what follows too when it says after
  // (「ダウンロードしたあとは？」), or once a thing is finished after a step said done (「証明書は入ってました。それ終わったら？」).
  // Alone, 「それ終わったら？」 names no step: the conversation reads it after the last answer.
  let last = done;
  for (const m of text.slice(from).matchAll(DONE_ALL)) last = m;
  const end = last === done ? from : from + last.index! + last[0].length;
  return (AFTER_WORD.test(last[0]) || (last !== done && FINISHED_IF.test(last[0]))) && ONLY_TOPIC_MARK.test(text.slice(end)) ? text.length : -1;
}

/** The words of DONE that say once a thing is finished (「終わったら」「済んだら」), not a deed's condition (「入力したら」). */
const FINISHED_IF = /(?:終わったら|おわったら|済んだら|すんだら)$/;

/** The words of DONE that say after (「したあと」「の後」「完了後」), and what may follow one that asks what comes next. */
const AFTER_WORD = /(?:あと|後)$/;
const ONLY_TOPIC_MARK = /^(?:は|って|には)?[\s?？]*$/;

/** The anchor of a section that lists steps. */
const STEPS_ANCHOR = 'steps';
const LIST_ITEM = /<li>/g;
const ITEM_OPENING_WITH_LINK = /<li>\s*<a href="\/kb\/([a-z0-9]+(?:-[a-z0-9]+)*)"/g;
/** Fewest steps for a list of linked articles to be read as a flow (a pair of links is a cross-reference). */
const MIN_FLOW_STEPS = 3;

/** The onboarding order as the content states it (see the module comment), read once per knowledge base. */
export interface OnboardingOrder {
  /** Each article's next step (article id → id). */
  next: ReadonlyMap<string, string>;
  /** Each step's previous one, where only one step leads to it. */
  previous: ReadonlyMap<string, string>;
  /** The article that lists a flow → the flow's steps in order (「最初に何から？」 after the overview is step 1, 「5番目」 step 5). */
  flows: ReadonlyMap<string, readonly string[]>;
  /**
   * What follows each article (id → id): its next step, or for an article beside the flow, the next step of the step it
   * belongs to (`stepOfSide`): 「再発行できた、次は？」 after the KJ password goes on to the download, as the KJ ID does.
   */
  after: ReadonlyMap<string, string>;
  /** Each article beside the flow → the step it belongs to (`stepOfSide`): what an answer says it goes on from. */
  stepOf: ReadonlyMap<string, string>;
}

/** Reads the onboarding order of a knowledge base: its flows once, the next steps from them, the previous from the next. */
export function onboardingOrder(kb: KnowledgeBase): OnboardingOrder {
  const listed = flows(kb);
  const next = nextSteps(kb, listed);
  const after = new Map(next);
  const stepOf = stepOfSide(kb, listed, next);
  for (const [side, step] of stepOf) if (next.has(step)) after.set(side, next.get(step)!);
  return { next, previous: previousSteps(next, new Set(listed.map((f) => f.holder))), flows: new Map(listed.map((f) => [f.holder, f.flow] as const)), after, stepOf };
}

/**
 * The step each article beside the flow belongs to (id → step id): its first related article that is a step of a
 * flow in the same category (the KJ password's is the KJ ID, the application status's the application). An
 * article with a next step of its own, one that lists a flow, and one with no such related step belong to none.
 */
function stepOfSide(kb: KnowledgeBase, listed: readonly { holder: string; flow: string[] }[], next: ReadonlyMap<string, string>): Map<string, string> {
  const steps = new Set(listed.flatMap((f) => f.flow));
  const holders = new Set(listed.map((f) => f.holder));
  const out = new Map<string, string>();
  for (const article of kb.articles) {
    if (steps.has(article.id) || holders.has(article.id) || next.has(article.id)) continue;
    const step = (article.related ?? []).find((id) => steps.has(id) && kb.byId.get(id)?.category === article.category);
    if (step !== undefined) out.set(article.id, step);
  }
  return out;
}

/** Each article's next step (article id → id): its next-step section's link, else the step after it in a flow. */
function nextSteps(kb: KnowledgeBase, listed: readonly { holder: string; flow: string[] }[]): ReadonlyMap<string, string> {
  const next = new Map<string, string>();
  for (const article of kb.articles) {
    const section = article.sections.find((s) => s.anchor === NEXT_ANCHOR);
    if (!section) continue;
    for (const [, id] of section.html.matchAll(ARTICLE_LINK)) {
      if (id === article.id || !kb.byId.has(id!)) continue;
      next.set(article.id, id!);
      break;
    }
  }
  for (const { holder, flow } of listed) {
    for (let i = 0; i + 1 < flow.length; i++) if (!next.has(flow[i]!)) next.set(flow[i]!, flow[i + 1]!);
    // The article that lists the flow (the overview) comes before its first step: 「その次は？」 after it is step 1.
    if (!next.has(holder) && !flow.includes(holder)) next.set(holder, flow[0]!);
  }
  return next;
}

/**
 * Each step's previous one: the reverse of the next steps, without the articles that list a flow (`holders`: they
 * are no step), and only where one step leads to it.
 */
function previousSteps(next: ReadonlyMap<string, string>, holders: ReadonlySet<string>): ReadonlyMap<string, string> {
  const before = new Map<string, string | null>();
  for (const [from, to] of next) {
    if (!holders.has(from)) before.set(to, before.has(to) ? null : from);
  }
  const out = new Map<string, string>();
  for (const [id, from] of before) if (from !== null) out.set(id, from);
  return out;
}

/** A step asked for by its number (「5ばんめのとこ」「ステップ3」「2つ目」), 1-based; null when none is. */
export function stepNumber(text: string): number | null {
  const m = ORDINAL.exec(text);
  return m ? digitValue(m[1] ?? m[2]!) : null;
}

/**
 * The number of a step a message says is done (「いま５番まで終わりました」「６番も終わりました！」「ステップ3まで済んだ」), 1-based:
 * an ordinal, then まで, も or は and 全部 at most, then a word saying it is done; null otherwise.
 */
export function stepNumberDone(text: string): number | null {
  const m = ORDINAL.exec(text);
  if (m === null) return null;
  const after = text.slice(m.index + m[0].length).replace(/^(?:まで|も|は|が)?\s*(?:全部|ぜんぶ|全て|すべて)?\s*/, '');
  return DONE.exec(after)?.index === 0 ? digitValue(m[1] ?? m[2]!) : null;
}

/**
 * A message that is a number or an ordinal and nothing more but a particle or 「何」 (「5は？」「7」「3番って何」「2番目は？」), or that names a step
 * by its number in so many words (「ステップ5」): the step of that number, 1-based; null otherwise. Read without spaces
 * and question marks.
 */
export function stepNamedByNumber(text: string): number | null {
  const bare = BARE_NUMBER.exec(text.replace(/[\s?？]/g, ''));
  if (bare) return digitValue(bare[1] ?? bare[2]!);
  const named = NAMED_STEP.exec(text);
  return named ? digitValue(named[1]!) : null;
}

/** A digit (as typed, full width or in kanji) as a number, or null. */
function digitValue(digit: string): number | null {
  const n = '一二三四五六七八九'.indexOf(digit) + 1 || Number(digit.normalize('NFKC'));
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** The article that lists the flow `step` is a step of, or undefined. */
export function flowHolderOf(order: Pick<OnboardingOrder, 'flows'>, step: string): string | undefined {
  for (const [holder, flow] of order.flows) if (flow.includes(step)) return holder;
  return undefined;
}

/** The flows the content lists: `steps` sections whose every item opens with a link to a known article. */
function flows(kb: KnowledgeBase): { holder: string; flow: string[] }[] {
  const out: { holder: string; flow: string[] }[] = [];
  for (const article of kb.articles) {
    for (const section of article.sections) {
      if (section.anchor !== STEPS_ANCHOR) continue;
      const ids = [...section.html.matchAll(ITEM_OPENING_WITH_LINK)].map((m) => m[1]!);
      const items = section.html.match(LIST_ITEM)?.length ?? 0;
      if (ids.length >= MIN_FLOW_STEPS && ids.length === items && ids.every((id) => kb.byId.has(id))) out.push({ holder: article.id, flow: ids });
    }
  }
  return out;
}

/**
 * The decision for a message that says a step is done and asks what follows (`asksStepAfter`): when it would
 * answer with a step that has a next one, or offer such a step first, the next step is answered instead
 * (reason `step-after`, `after` the step done): the clerk has done the step the model found, and asked what
 * comes after it. Any other decision is returned as it is.
 */
export function stepAfter(decision: Decision, text: string, steps: ReadonlyMap<string, string>): Decision {
  const done = leadOf(decision);
  const next = done === undefined ? undefined : steps.get(done);
  if (next === undefined || !asksStepAfter(text)) return decision;
  return { kind: 'answer', id: next, anchor: null, confidence: decision.confidence, reason: 'step-after', alternatives: [], after: done };
}

/**
 * The decision for a message that names a step and asks what comes before it (`STEP_BEFORE_OF`): as stepAfter,
 * the step before the one the model found (reason `step-before`, `before` the step named). `titleOf` gives an article's
 * title (normalised), for what to check before a step titled after its own check.
 */
export function stepBefore(decision: Decision, text: string, previous: ReadonlyMap<string, string>, titleOf: (id: string) => string | undefined = () => undefined): Decision {
  const named = leadOf(decision);
  const before = named === undefined ? undefined : previous.get(named);
  if (before === undefined || !STEP_BEFORE_OF.test(text)) return decision;
  // What to check before a step whose title says it is checked first (「しょうめいしょをいんすとーるするまえになにをかくにんして
  // おけば」: 電子証明書の確認とインストール) is that step's own check, not the step before it (the download, at 0.96).
  if (CHECK_ASKED_BEFORE.test(text) && (titleOf(named!)?.includes('確認') ?? false)) return decision;
  return { kind: 'answer', id: before, anchor: null, confidence: decision.confidence, reason: 'step-before', alternatives: [], before: named };
}

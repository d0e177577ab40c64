/**
 * How a message reads for the continuation test (conversation.ts): the cues that it refers back, asks for an attribute,
 * states a case, compares with the last answer, asks which step … , each a pattern over its short text (`shortText`: the
 * grammar text without spaces, when it is short enough to be read as elliptical).
 */
import { grammarText, type QueryAnalysis } from './analysis.ts';
import { DEMONSTRATIVES, DIALECT_DEMONSTRATIVES, MUST_IF, MUST_SO, THANKS_WORDS } from './question-part.ts';
import { CONVERSATION } from './conversation-options.ts';
import { HOW_TOLD, SAY, SAY_ENDING } from './format-request.ts';

/**
 * Compares with the last answer, points at its place, asks which of its alternatives or in what order, or puts it back
 * in other words to confirm it (「KJのパスワードとは別？」「同じところに書いてある？」「どっちのIDが先？」「順番は？個人IDが先？」「事業所番号も入れるんやね？」「KJのやつでいいわけね？」「やったらエラーになるってこと？」
 * 「利用申請さえしとけば勝手につくって理解でok?」; and CONFIRMS_BE):
 * the last answer itself is what the message asks about.
 */
const COMPARES = /(同じところ|同じとこ|おなじとこ|同じ場所|同じ画面|同じページ|とは別|とは違|とはちが|とちが|と違う|と何が違|と何がちが|となにが違|となにがちが|との違い|とのちがい|と同じ|とおなじ|と一緒|といっしょ|(?:どっち|どちら)(?!の(?!ほう|方))|順番|じゅんばん|が先$|がさき$|(?:んや|んだ|んです|のです)(?:よ)?ね$|わけ(?:だ|や|です)?(?:よ)?ね$|ってこと|ということ|っていうこと|って理解|という理解|っていう理解|理解で(?:ok|おk|いい|良い|よい|あって|合って|大丈夫)|認識で(?:ok|いい|良い|よい|あって|合って|大丈夫))/;
/**
 * 東北・関東's 〜んだべ, put to confirm (「KJのIDで取得すんだべ？」); not with a question word, which makes it a question of its
 * own (「まず何から始めればいいんだべ」).
 */
const CONFIRMS_BE = /(?:んだ|だ)(?:べ|っぺ)$/;
/** A question word (何, どう, どこ, いつ, 誰, いくら …). */
const QUESTION_WORD = /何|なに|どう|どこ|どれ|どの|いつ|誰|だれ|いくら|なんぼ/;

/**
 * What the last answer said, drawn for a subject put with も (「ライセンスも１つってこと？」). Not でも (「同じ法人内でも…
 * ならOKってこと？」 is a case of the last answer), nor 「パスワードも同じとこに載ってる？」, which asks of the place the last
 * answer named.
 */
export const ALSO_SAME = /(?<!で)も.*(?:ってこと|ということ|っていうこと)/;

/** The lexicon's term for a way of doing (やり方, 方法, 仕方): it asks how, and names no topic. */
export const HOW_TO = '手順';

/** Points back at the last answer (「それって」「その画面」), or compares with it. */
const REFERS = new RegExp(`(${DEMONSTRATIVES}|前の|さっき|先ほど|上の|${DIALECT_DEMONSTRATIVES})|${COMPARES.source}|${CONFIRMS_BE.source}`);

export const ASKS = /(いつ|どこ|どない|どうなる|どうなん|なんて|何て|どれ|どの|いくら|いくつ|何日|何時|何回|何年|何分|何週|何台|何人|何枚|だれ|誰|なぜ|なんで|なして|どうして|どのくらい|どれくらい)/;

// 「〜たら？」 only at the end: inside a message it is also a word's kana (あたらしい).
const CASE = /(だと|なら|の場合|場合は|場合って|ときは|時は|ときって)|[ただ]ら$/;

/** A circumstance left open (「うち去年から使ってるんやけど」). */
export const OPEN_CASE = /(けど|けれど|のですが|んですが)$/;

/**
 * A message that names the other one of a pair (「証明書の方」「ライセンスのことでした」): it contrasts with the last answer.
 * Not 「何のこと」, which asks what a thing is (「電子請求用のIDって何のこと？」).
 */
/** The one of two, named (「証明書の方」「cのほう」). */
const THE_ONE = 'の方|のほう';
export const CONTRASTS = new RegExp(`(?<!何|なん)(${THE_ONE}|の事|のこと)(です|でした|だ|だった|や|やった|なんです|なんですけど|なんだけど)?[よね]*$`);
/**
 * A message that opens on another thing and asks whether the last answer's differs from it (「KJのログインのパスワードとは別物
 * ってことですね？」), after at most a word that takes the answer up (ってことは, つまり), and ends on asking it: nothing before it
 * is put as a topic (not 「証明書のパスワードはKJのとは違うの？」, whose topic is the certificate's password), and nothing after
 * it names another (not 「KJのとは違うやつ」, which points at the other one).
 */
export const CONTRASTED_FIRST = /^(?:ってことは|ということは|っていうことは|つまり|じゃあ|では|ほな)?[、,\s]*[^はがも、,\s]{1,20}とは(?:(?:別|べつ)(?:物|もの|もん)?|(?:違|ちが)(?:う|い)?)(?:ってこと|ということ)?(?:です|でした|だ|や|なん|なの)?(?:よ)?[ねかの]*$/;

/**
 * The one of a pair of things, named by what tells it (「cのほうのID」「証明書のほうのパスワード」): an article titled after both. A
 * word, not a clause (「KJのほうのIDで入れたときです」 says when a thing happened).
 */
export const ONE_OF_PAIR = new RegExp(`(?:${THE_ONE})の[^\\s、。ぁ-ん]{1,8}(?:です|でした|だ|や)?[よね]*$`);

const BARE = /^[^ ]{1,8}(は|も|って)$/;
/** A part of an answer asked for in a bare word (「手順」「やり方」「方法を教えて」): the last answer's. Not 流れ: the flow is the overview's. */
const BARE_PART = /^(?:手順|てじゅん|やり方|やりかた|方法|ほうほう)(?:を?(?:教えて|おしえて)(?:ください|下さい)?)?$/;

/** Asks whether it must be done, in a word or two naming no what (「変えないとだめ？」「やらなきゃいけないの？」): the last answer's thing. */
const MUST = new RegExp(`^[^ ]{1,4}?${MUST_IF}${MUST_SO}?(?:か|の|かな|ですか|でしょうか|なん|ん)?$`);

/** Words that ask of every member of a class (「両方いるん？」「全部？」). */
export const EACH_OF = /^(?:両方|りょうほう|全部|ぜんぶ|各|それぞれ)$/;

/** The other one of a pair asked after, bare (「KJのほうは？」「cの方って？」), or another thing put after the last answer (「証明書は？」「証明書も？」). */
export const BARE_OTHER = /^[^ ]{1,8}(?:(?:の方|のほう)(?:は|って)|は|も)$/;

/** What a message may open on before pointing back (「え、」「じゃあ」「で」), as a pattern source anchored at its start. */
const OPENER = '^(?:え|あ|あの|じゃあ|では|で)?';

/**
 * Asks whether what the last answer says to do, pointed back at, may be skipped (「そこ飛ばしてもええ？」「その確認って
 * やらなくてもいいの？」「この手順は省略できますか」): a question of that answer, whatever reason the message gives after it.
 */
export const SKIP_OF_LAST = new RegExp(
  `${OPENER}(?:そこ|それ|ここ|これ|その|この)(?:手順|ステップ|確認|作業|段階|部分|やつ)?(?:は|を|って|の)?(?:飛ばし|とばし|スキップ|すきっぷ|省略|省い|はぶい|抜かし|ぬかし|やらなくて|やらんで|やらずに|しなくて|せんで|せずに)`,
);

/**
 * Asks why of what the last answer told, pointed back at (「なんでそうなるの？」「どうしてそんなことになるんですか」) or objected
 * to (「なんで？同じ法人やのに」): a question of that answer, whatever the message says after it of what the clerk did
 * (「書類のまんま打っとるのに」).
 */
export const WHY_OF_LAST = new RegExp(`${OPENER}(?:なんで|何で|なぜ|どうして|なして)(?:(?:そう|こう|そんな|こんな|それ|これ)|.*(?:のに|んに)$)`);

/**
 * Asks, at its end, whether the last answer holds for another party or case too (「受け取る側も同じ？」「居宅のほうも一緒なん？」).
 * Of any length, and only the ending: same-for.ts SAME_FOR reads a short 「Xも同じ？」 whole, to put the last answer's question
 * to an X another article is about; this one keeps to the last answer an X no other title names.
 */
export const SAME_TOO = /も(?:同じ|おなじ|一緒|いっしょ)(?:扱い|こと|事)?(?:です|でしょう|なの|なん|なんですか|ですか|でしょうか|かな|か|やろ|やろか|っすか|と)*$/;

/** Asks whether a thing need not be done (「書類とか出さなくていいの」「申し込みはいらないの？」「しなくても大丈夫？」). */
export const NEED_NOT = /(?:なくて(?:も)?(?:いい|ええ|良い|よい|大丈夫|だいじょうぶ|かまわ|構わ)|(?:いら|要ら)(?:ない|ん|へん|ねえ)(?=の|ん|か|\s|$)|不要|必要(?:ない|なし|ありません))/;

/** A title that asks whether a thing is needed (「…何か手続きが必要ですか」「…取得しなければいけませんか」). */
export const ASKS_NEED = /(?:必要|いけません|要ります|いります)(?:です)?か/;

/** A message that opens on a thing it points back at (「そのサイトって…」「そこのサイトには…」「それを見るための…」). */
export const OPENS_POINTING = new RegExp(`${OPENER}(?:${DEMONSTRATIVES})`);

/** Words quoted before an ask of what they mean (「エラーになるってどゆこと？」「自動的に適用ってどういう意味？」). */
const ASKS_WHAT_IT_MEANS = /^(.+?)(?:って|とは|っていうのは|というのは|ってのは)(?:どういう|どゆ|どうゆう|どーゆー|どうゆー)(?:こと|事|意味|いみ)/;

/** The words a short message (compact, as `shortOf` gives it) asks the meaning of, or null when it asks none. */
export function meaningAsked(t: string | null): string | null {
  return t === null ? null : (ASKS_WHAT_IT_MEANS.exec(t)?.[1] ?? null);
}

/** A message whose subject is the last answer, pointed at first (「それって…」「これは…」). */
export const OPENS_ON_LAST = new RegExp(`${OPENER}(?:それ|これ|そっち|こっち|そちら|こちら)(?:って|は|も|が|とは)`);
/** Opens on the last answer's thing and ends on whether it is what the message names (see `asksIfItIs`). */
const ASKS_IF_IT_IS = /^(?:それ|これ|そっち|こっち)って.*(?:の|っていう)(?:こと|事)(?:です|でしょう|なの|なん)?か?$/;
/** A message typed as a question: a question mark or か at its end (as typed; normalising drops the marks). */
export const ENDS_ASKED = /[？?か]\s*$/;

/**
 * Whether a short message (`t`, as for isElliptical), typed as `question`, asks whether the last answer's thing is what it
 * names (「それってKJのパスワードのこと？」): the last answer says what it is — not a turn to another one (「いや、証明書のこと」,
 * CONTRASTS), which is not asked.
 */
export function asksIfItIs(t: string | null, question: string): boolean {
  return t !== null && ASKS_IF_IT_IS.test(t) && ENDS_ASKED.test(question);
}

/** A message that opens on what the last answer is about as the owner of what it asks (「それの再発行のやり方は…」). */
export const OPENS_ON_LAST_OWNING = new RegExp(`${OPENER}(?:それ|これ|そっち|こっち)の`);

const NAME = '(?:名前|名称|なまえ|正式名)';

/** The name of a thing pointed back at (「その画面の名前は？」「それが書いてある書類の名前って何？」). */
export const ASKS_NAME_OF_LAST = new RegExp(`${OPENER}(?:その|この|それ|これ|そこ)[^。？?]{0,16}?${NAME}(?:は|って|を|が|なん|何|、|$)`);

/** A part of a screen a clerk opens or presses (ボタン, 画面, タブ …), as a pattern source. */
const SCREEN_PART = 'ボタン|ぼたん|画面|がめん|ページ|ぺーじ|リンク|りんく|タブ|メニュー|欄';

/**
 * The name of a part of a screen asked bare (「タブ名」「ボタンの名前は？」「画面名って」「項目名」), group 1 the part: what the last answer
 * tells the clerk to open or press, when its text holds that part.
 */
export const ASKS_SCREEN_PART_NAME = new RegExp(`^(${SCREEN_PART}|たぶ|めにゅー|項目)(?:の?${NAME}|名)(?:は|って)?(?:なに|何|なん)?[?？]*$`);

/** A message that opens on a button, screen or link pointed back at (「そのボタン押したら…」「その画面で…」). */
export const POINTS_AT_SCREEN = new RegExp(`${OPENER}(?:その|この)(?:${SCREEN_PART})`);

/** A part of an answer named by its place (「2番目のところ」「3つ目の手順」「ふたつめのボタン」). */
export const PART_BY_PLACE = /(?:[0-9０-９一二三四五六七八九]|ひと|ふた|みっ|よっ|いつ)(?:番目|つ目|つめ|個目|ばんめ)の?(?:ところ|とこ|手順|ステップ|部分|項目|ボタン|画面|やつ|説明)/;

/** Asks what a thing is (「…のことですか」「…ってなに」「…とはどれ」). */
export const ASKS_WHAT_IT_IS = /(?:のこと|の事)(?:です|でしょう|ですか|か|なの|なん|やろ|[？?]|$)|(?:って|とは)(?:なに|何|なん|どれ|どこ|どの(?!\s*(?:id|あいでぃ|アイディ|ゆーざ|ユーザ|ろぐいん|ログイン)))/;

/** Whether what happened came of what was just told (「そのせいかな」「それが原因ですか」「このためやろか」). */
export const CAUSED_BY_LAST = /(?:その|それが|それの|この|これが|これの)(?:せい|原因|ため|影響)(?:なの|なん|だった|やった|だろう|やろ|でしょう|ですか|かな|か|かも|だと|って|な|ね)*[？?。\s]*$/;

/** A message that opens on その or この and a thing (「その書類が…」「この画面って…」). */
export const POINTS_AT_LAST_THING = new RegExp(`${OPENER}(?:その|この)([^がはもをにで]{1,12}?)(?:が|は|も|を|って|に|で)`);

/** The same in the grammar's spaced text, where a pause (「その書類、前の…」, a comma read as a space) ends the thing too. */
export const POINTS_AT_LAST_THING_PAUSED = new RegExp(`${OPENER}(?:その|この)([^がはもをにで\\s]{1,12}?)(?:が|は|も|を|って|に|で|\\s)`);

/** That a thing is missing, does not come or is not understood (「見当たりません」「見つかんねえ」「届かない」「わからない」). */
export const MISSING = /見当た[らりん]|みあた[らりん]|見つか[らりん]|みつか[らりん]|ありません|ない$|無い|わから|分から|届か|とどか|出ない|でない|出ません|でません/;

/** Asks how a thing is applied for or obtained (「どこで申し込むん」「どこで取れる」「どこでもらえる」). */
export const ASKS_TO_OBTAIN = /申し込|申込|もうしこ|申請|しんせい|取得|取れ|とれる|もらえ|貰え|発行して/;

/**
 * That a thing is not there, anywhere in a message (「ボタンがないねん」「そのタブは見当たらんかった」): looser than answer-failed's
 * NOT_THERE, which must end a sentence; the conversation asks it only of a name the last answer quotes.
 */
export const SAYS_ABSENT = /(?:が|は|も)(?:ない|無い|ありません|なかった|見当たら|みあたら|見つから|みつから)/;

/** A name the content quotes as the system shows it (「コンテンツ」). */
export const QUOTED = /「([^「」]{2,40})」/g;

/** A case put to the last answer in so many words (「事業所番号が2つあるけど、その場合は？」), or as the clerk's own office's (「うちみたいに…場合は？」). */
export const CASE_OF_LAST = /(その場合|そういう場合|そのとき|その時|それだと|それなら|うちの場合|うちみたいな|うちみたいに|うちのような|うちのように)/;

/** What a clerk who did not follow the last answer opens on (「ごめん、」「むずかしか〜、」「ようわからんかった。」「長い。」), one or both (「ごめんなさい、ちょっと難しくて…」). */
const LOST = '(?:うーん|うーむ|んー|えー|え〜)?(?:ごめん|ごめんなさい|すみません|すいません|(?:ちょっと|よう|よく)?(?:むずかし|難し|わかりにく|分かりにく|わからん|分からん|わからな|分からな|わかんな|長|なが)(?:すぎ|過ぎ)?[いかくたって]*(?:です|かった|った|な|ね|よ|わ|あ|ぁ|〜|ー|~)*){0,2}';
/** More so (「もっと簡単に」「もうちょっと噛み砕いて」). */
const MORE = '(?:もっと|もう少し|もうすこし|もうちょっと|もうちょい)?';
/** Asks for more detail (「もう少し詳しく教えて」「具体的には？」): REPEAT_ASKED's requests that the whole article answers. */
export const DETAIL_ASKED = /詳しく|くわしく|詳細|具体的|ぐたいてき|例えば|たとえば/;
/** Asked again (「もう一回」「もういっぺん」「最初からもう一回」「最初から」); how it is to be told is format-request.ts's HOW_TOLD (「簡単に」「箇条書きで」). */
export const AGAIN = '(?:(?:(?:最初|さいしょ|はじめ|初め|一|いち)から)?(?:もう一回|もう一度|もういっかい|もういちど|もう1回|もっかい|もういっぺん|もう一遍)|(?:最初|さいしょ|はじめ|初め)から)';
/**
 * Asks to be told the last answer again, more simply or in short, and nothing more (「もう一回言って」「ごめん、もう一度お願いします」
 * 「むずかしか〜、もういっぺん簡単に言うてくれんね」「箇条書きでまとめてくれへん？」), or what it means (「それってどういう意味？」「どういうこと？」).
 */
export const REPEAT_ASKED = new RegExp(
  `^${LOST}(?:(?:さっきの|さっき|今の|いまの|前の|まえの)(?:を|は)?)?(?:${AGAIN}(?:${HOW_TOLD})*|${MORE}(?:${HOW_TOLD})+)(?:${SAY}${SAY_ENDING}|(?:言うと|いうと)(?:どう|どういうこと)?)$|` +
  // …how it is to be told standing for the request (「もう一回簡単に」「もっとわかりやすく」).
  `^${LOST}(?:${AGAIN}|${MORE})(?:${HOW_TOLD})+$|^${LOST}(?:それ|これ|今の|いまの)?(?:って|は)?(?:どういう|どうゆう)(?:意味|いみ|こと|事)(?:ですか|でしょうか|なの|なん|や|か)*$|` +
    // …or the detail asked for in so many words (「具体的には？」「詳しくは？」「例えば？」「他には？」).
    `^${LOST}(?:(?:具体的|ぐたいてき)(?:に(?:は|言うと|いうと))?|(?:詳しく|くわしく)は|(?:例えば|たとえば)(?:どう|どういう)?|(?:他|ほか)に(?:は|も))(?:ですか|でしょうか|なの|なん|や|か)*$`,
);
/** Seen, found or read there (「見れ」「わか」「確認でき」「載って」「書いてあ」), after where the message says it is looked at. */
const SEEN = '(?:見れ|見られ|みれ|みられ|わか|分か|確認でき|載って|のって|書いてあ|かいてあ)';
/**
 * Asks whether what the last answer says where to find is seen at a place the message names, leaving out what
 * (「利用状況WEBサイトに入れば見れるの？」 after where the personal ID is found).
 */
export const SEEN_THERE = new RegExp(`(?:入れば|入ったら|はいれば|はいったら|ログインすれば|ログインしたら|ろぐいんすれば|ろぐいんしたら|開けば|ひらけば|開いたら|ひらいたら)${SEEN}`);
/** …or whether it is seen only there (「それってログインせんと見れんの？」「サイトに入らないとわからないの？」). */
export const SEEN_ONLY_THERE = new RegExp(`(?:入ら|はいら|開か|ひらか|(?:ログイン|ろぐいん)(?:し|せ))(?:ないと|んと|なきゃ|なければ|なけりゃ|なかったら|んかったら)${SEEN}`);

/** One among the things the last answer lists (「その中の利用申請」「このうちの証明書」). */
export const ONE_OF_THEM = /(?:その|この)(?:中|なか|うち)の/g;

/** What else, besides a thing named (「事業所番号のほかに」「組織名以外に」). */
export const BESIDES = /(?:ほか|他|以外)(?:に|で|には|は)/;

/** Asks how a thing is seen or checked (「どうやって見ればいいべ」「どうやって確認すれば」「どう見ればいい」). */
export const HOW_SEEN = /(?:どうやって|どうやったら|どうすれば|どうしたら|どない(?:したら|やって))(?:見|み|確認|確かめ|たしかめ|調べ|しらべ|わか|分か)|どう(?:見|み)れば/;

/** A message or a title that asks where (「どこで見る」「どこかに載ってますか」「…はどこで確認できますか」). */
export const ASKS_WHERE = /どこ|何処/;

/** Asks which screen, page, site or button a thing is on (「それってどの画面で？」「どのページ？」; normalised, katakana folded). */
export const ASKS_WHICH_PLACE = /(?:どの|どっちの|どこの)\s*(画面|がめん|ぺーじ|さいと|ぼたん|めにゅー|しすてむ)/;

/** Asks where more of it is told (「詳しいことはどこ見たら」「詳細はどこに書いてある」). */
export const DETAILS_WHERE = /(?:詳しい|くわしい|詳しく|くわしく|詳細)[^?？]{0,6}?(?:どこ|どれ|何を見|なにを見)/;

/**
 * Asks whether the same way holds for another one of the same kind (「もう一つの事業所の分も同じやり方で見れる？」「別のパソコンも
 * 同じ手順でいいの？」): the last answer's way, put again for another office, PC or person. The other one is named in a few
 * characters between 「もう一つの」「別の」「他の」 and も; the way is one of the lexicon's words for it (手順) or plain 同じように.
 */
export const SAME_WAY_FOR_ANOTHER = /(?:もう(?:一|1|１|ひと)(?:つ|個|台|人)|別の|べつの|他の|ほかの|(?:2|２|二)(?:つ|個|台|人)目の)[^、，,。？?！!\s]{1,8}?(?:の分|のぶん|の方|のほう)?(?:も|でも)\s*(?:同じ|おなじ)\s*(?:手順|やり方|やりかた|方法|ほうほう|要領|ように|よーに|流れ)/;

/** A year or a month told (「2024年の秋です」「令和6年」「去年の春」). */
export const TELLS_TIME = /\d{4}年|\d{1,2}月|令和|平成|去年|昨年|今年|一昨年|おととし|先月|先々月/;

/**
 * A message that opens on a deed done with no object before it (「変えたあと、」「変更したら、」), its verb's kanji captured,
 * and asks what follows it; not one that asks whether to do it (「変えたらいいの？」「変更したらどう？」).
 */
export const BARE_DEED = /^(?:じゃあ|で|ほんで|それで)?([\u4e00-\u9fff]{1,2})(?:し|[えけげせてねべめれ])(?:た(?:あと|後|ら)|てから)(?!いい|ええ|よい|良い|よか|どう|$)/;

/** A message that opens on a short case (「ほな対応していなかったら」「もし対応してなければ」), its clause captured. */
export const OPENS_ON_CASE = /^(?:ほな|ほんなら|じゃあ|じゃ|では|それで|もし)([^、]{1,8}?)(?:ていなかったら|てなかったら|ていなければ|てなければ|ていない場合|てない場合)/;

/** What puts a word as the topic of a question (「ふりーぱすって」「フリーパスは」). */
export const TOPIC_MARKS = ['って', 'は', 'とは', 'も'];

/** A message that ends on stating, not asking or requesting. */
export const STATED = /(?:です|でした|だ|だった|や|やった|じゃ|頃|ごろ|くらい|ぐらい)[よねわ]*$/;

/** Asking which comes first (「最初に入れるのは個人の方？」「先に打つのはどっち？」). */
export const ORDER_ASKED = /(最初に|最初は|先に|どっちが先|どちらが先|どっちから|どちらから|順番|(?<!名)前\s*(?:か|と|それとも)?\s*(?:後|あと))/;

/** Asks, at its end, whether something else would do (「…じゃだめ？」「…でもいい？」「…で代用できない？」). */
export const WOULD_DO = /(?:(?:じゃ|では|でも|で)(?:だめ|ダメ|駄目|あかん|いけない|いけん|いい|ええ|よい|良い|大丈夫|いける|いけます)|代用(?:できる|できます|できない|できません|でき)|(?:は|じゃ|では)使えない|は使えません)(?:か|の|かな|ですか|でしょうか|よね|なん)?[?？!！。…\s]*$/;

/**
 * A setting made as the last answer says (「西暦にしました」「Chromeに変えました」), or found already so (「カレンダーも西暦に
 * なってました」): that much of it is done.
 */
export const SET_TO = /(?:に|へ)(?:しました|した|変えました|かえました|変更しました|切り替えました|設定しました|なってました|なっていました|なってた|なっとった|なっとりました)/;

/**
 * The words of a figure asked for, as the lexicon makes them (「有料？」「いくら」 → 料金, 「何日」 → 日): a message that
 * names only these names no subject of its own (「それって有料？」「何日かかりますか」).
 */
export const FIGURE_WORDS: ReadonlySet<string> = new Set(['料金', '費用', '日', '年', '月', '週', '時間', '期間', '期限']);

/** The message's grammar text without spaces: what the cues read. */
export function compactGrammar(analysis: QueryAnalysis): string {
  return grammarText(analysis).replace(/\s+/g, '');
}

/** A compact grammar text (`compactGrammar`) when it is short enough to be read as elliptical; else null. */
export function shortOf(compact: string): string | null {
  return compact.length === 0 || compact.length > CONVERSATION.maxEllipticalLength ? null : compact;
}

/**
 * Thanks or relief said before a follow-up (「ありがとう。それを見るところにログインするのは…」「おおきに！ほんで、…」): it asks
 * nothing, and left in, it made the message too long to be read as elliptical.
 */
const THANKED_FIRST = new RegExp(`^(?:${THANKS_WORDS}[ーぁあ〜!！。、]*)+(?:ほんで|ほな|それで|で|じゃあ)?(?=\\S)`);

/** A compact grammar text (`compactGrammar`) without the thanks or relief said before what follows them. */
export function withoutThanksFirst(compact: string): string {
  return compact.replace(THANKED_FIRST, '');
}

/** The message without spaces, when it is short enough to be read as elliptical; else null. */
export function shortText(analysis: QueryAnalysis): string | null {
  return shortOf(compactGrammar(analysis));
}

/** Whether a message, by its short text `t` (`shortText`), is elliptical (see the module comment). */
export function isElliptical(t: string | null): boolean {
  return t !== null && (REFERS.test(t) || ASKS.test(t) || CASE.test(t) || BARE.test(t) || BARE_PART.test(t) || MUST.test(t));
}

/** Whether a short message (`t`, as for isElliptical) states a case (「〜たら？」「〜の場合は？」「〜なら」). */
export function statesCase(t: string | null): boolean {
  return t !== null && CASE.test(t);
}

/**
 * Whether a short message (`t`, as for isElliptical) compares with the last answer or points at its place (「…とは違うの？」「同じところに」):
 * it is about that article. A bare 「それ」 is not enough: 「それはどこでダウンロードするの？」 after the login
 * guide asks about the download, which a related article is titled after.
 */
export function comparesWithLast(t: string | null): boolean {
  return t !== null && (COMPARES.test(t) || (CONFIRMS_BE.test(t) && !QUESTION_WORD.test(t)));
}

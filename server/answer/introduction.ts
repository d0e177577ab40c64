/**
 * A message that opens by saying who asks (「福井の包括やけど、…」「仙台の居宅です。…」「法人本部の総務課ですが、…」) and then asks
 * about something else. The office's kind is often a word the articles hold too (包括 is the 地域包括支援センター that the
 * who-can-use article is about), and drew the whole message to that article (「福井の包括やけど、利用状況WEBサイトってどのIDで
 * ログインするんやざ？」 got who-can-use at 0.78). The engine then reads the message without the introduction.
 */
import type { Decision } from './decide.ts';
import type { Scoring } from './engine.ts';
import { QUESTION_PART } from './question-part.ts';
import { namesVocabulary } from './analysis.ts';
import { ORGANISATION_WORDS } from '../text/name-patterns.ts';

/**
 * Who asks, said in a first clause of a few words that ends on an office, a department (the endings that tell an
 * organisation from a name, name-patterns.ts) or a role, and a copula that turns to the question (です, ですが, やけど,
 * だけど, でございます …) or says the role is held (「社会福祉法人で情報システムを担当しております。」): 「福井の包括やけど、」
 * 「愛媛の居宅です。」. Not a thing the message is about (「証明書の件ですが、」): the
 * clause must end on who, not on what.
 */
const INTRODUCTION = new RegExp(
  '^[^、，,。．！？!?\\n]{0,20}?' +
    `(?:${ORGANISATION_WORDS}|包括|地域包括支援センター|居宅|居宅介護支援事業所|室|特養|老健|` +
    '通所介護|訪問介護|通所リハ|訪問リハ|訪問看護|訪問入浴|短期入所|ショートステイ|小規模多機能|福祉用具|介護医療院|' +
    'デイ|デイサービス|ケアマネ|ケアマネジャー|事務員|事務|職員|担当者|担当|管理者|所長|施設長|センター長|事務長|代表|社長|理事長|主任|相談員|看護師|サービス提供責任者|サ責|者|もの|看多機|小多機|グループホーム|ヘルパー)' +
    '(?:です|でございます|ですが|ですけど|ですけれども|なんですが|なんですけど|やけど|やけんど|だけど|だけんど|じゃけど|じゃけん|ばってん|さー|を?して(?:おります|います|ます))' +
    '[、，,。．\\s]+',
);

/** Words by which a clerk speaks of their own office (「うちも」「当事業所は」「弊社の」「こちらでも」). */
const SPEAKS_OF_ITSELF = /うち|内(?:は|も|の)|当方|当事業所|当所|当社|当法人|当センター|弊社|弊所|こちら|私ども|わたしども|我々|うちら|わしら|おら/;

/**
 * The reading of a message without the introduction it opens on, when the whole is answered by the model or asked back
 * and the rest alone is surely answered (at QUESTION_PART.lastSentenceLeast) with another article, naming a word of the
 * vocabulary — or answered at all, when the article the whole was answered with is not even an option for the rest (below
 * `option`): the introduction alone drew it (「包括の相談員です。利用申請はどこから出すんですか」 got who-can-use at 0.95, the
 * rest alone the application guide at 0.59), or when the whole fell back as unlikely (「福祉用具の事業所です。証明書は入れましたが、
 * 次は…」): the introduction's words kept it from any article. Null otherwise.
 */
export function readWithoutIntroduction<R extends { s: Scoring; fresh: Decision }>(read: (text: string) => R, whole: Scoring, decision: Decision, option: number): R | null {
  const fellBack = decision.kind === 'fallback' && decision.reason === 'unlikely';
  if (!((decision.kind === 'answer' && decision.reason === 'likely') || decision.kind === 'clarify' || fellBack)) return null;
  const question = whole.analysis.question;
  const m = INTRODUCTION.exec(question);
  if (m === null || m[0].length >= question.length) return null;
  const rest = question.slice(m[0].length);
  // The rest speaks of the office introduced (「…事業所です。…うちもこれの対象ですか？」): the introduction is its subject.
  if (SPEAKS_OF_ITSELF.test(rest)) return null;
  const reading = read(rest);
  const { fresh } = reading;
  if (fresh.kind !== 'answer' || !namesVocabulary(reading.s.analysis)) return null;
  const drawnByIntroduction = decision.kind === 'answer' && (reading.s.scored.find((c) => c.id === decision.id)?.p ?? 0) < option;
  if (fresh.confidence < QUESTION_PART.lastSentenceLeast && !drawnByIntroduction && !fellBack) return null;
  return decision.kind === 'answer' && fresh.id === decision.id ? null : reading;
}

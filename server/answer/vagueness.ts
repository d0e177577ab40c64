/**
 * How likely a question is VAGUE (「パスワードがわからない」「アプリに入れない」「インストールのしかた」): it names
 * something several articles are about and does not say which. A small logistic model over what the
 * question is as a whole — how many concepts it names and how many articles hold them, how much it says,
 * how the choice model spread its probability — fitted by `npm run train` on the labelled vague questions
 * against the in-scope ones (out of fold, like the choice model). A question with words no article knows
 * (「Gmailのパスワード」 where Gmail is not listed) is not vague: it is about something else. Measured: with
 * out-of-scope and look-alike questions as negatives too, vague → clarify fell from 0.83 to 0.75. The decision asks a question back when
 * this probability reaches its threshold, as it does when the concepts' count says so (features.ts).
 */
import { Type, type Static } from '@sinclair/typebox';
import type { QuestionMeasures } from './measures.ts';

export const VaguenessModelSchema = Type.Object({
  mean: Type.Array(Type.Number()),
  scale: Type.Array(Type.Number()),
  weights: Type.Array(Type.Number()),
  bias: Type.Number(),
});
export type VaguenessModel = Static<typeof VaguenessModelSchema>;

/** The features, in the order of the model's weights. Changing them makes the parameters stale. */
export const VAGUENESS_FEATURES = ['concepts', 'holders', 'information', 'unknownShare', 'unknownWords', 'length', 'best', 'second', 'lead', 'ruleFires', 'likely', 'mass'] as const;

/** Least probability of a candidate counted as "likely" in the `likely` feature. */
const LIKELY = 0.05;

/** What the features are read from: the question's measures, its length, and its candidates' probabilities. */
export interface VaguenessInput {
  measures: QuestionMeasures;
  /** Length of the normalised question. */
  length: number;
  /** The candidates, most likely first. */
  scored: readonly { p: number; fires: boolean }[];
}

/** The feature vector of a question, in VAGUENESS_FEATURES order. */
export function vaguenessFeatures(x: VaguenessInput): number[] {
  const best = x.scored[0]?.p ?? 0;
  const second = x.scored[1]?.p ?? 0;
  let likely = 0;
  let mass = 0;
  let fires = 0;
  for (const s of x.scored) {
    if (s.p >= LIKELY) likely += 1;
    mass += s.p;
    if (s.fires) fires = 1;
  }
  const m = x.measures;
  return [m.known.length, m.holders, m.information, m.unknownShare, m.unknownWords, Math.log(1 + x.length), best, second, best - second, fires, likely, mass];
}

/** The probability that a question is vague (0 without a model, and for a question with words no article knows). */
export function vaguenessOf(model: VaguenessModel | undefined, x: VaguenessInput): number {
  // A question naming a word no article knows is about something else, not vague about ours.
  if (!model || x.measures.unknownWords > 0) return 0;
  const f = vaguenessFeatures(x);
  let z = model.bias;
  for (let i = 0; i < f.length; i++) z += (model.weights[i]! * (f[i]! - model.mean[i]!)) / model.scale[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** What a message says it is about, after the topic (「…のこと」「…について」「…の件」), as a pattern source. */
const ABOUT = '(?:のこと|の事|について|の件|に関して)';

/**
 * A message that only announces what it is about (「証明書のことで聞きたいんですが」「ライセンスについて質問です」): the
 * question is yet to come, so it is vague whatever its topic's articles — asked back, not answered with the one
 * its words match best. Not a request for the topic itself (「証明書について教えて」), nor an announcement with the
 * question after it (「…聞きたいんですが、事業所ごとに必要ですか」).
 */
const ANNOUNCES = new RegExp(`(?:${ABOUT}|に関する(?:こと|事|質問)?)も?(?:で|なんです|なのです|です)?(?:が|けど|けれど)?(?:ちょっと|少し)?(?:お?聞きしたい|お?聞きたい|聞きたくて|質問|お?尋ねしたい|尋ねたい|伺いたい|うかがいたい|相談)[^、，,。．！？!?]*[。．！？!?]*$`);

/**
 * Or that names its topic and stops on the turn to the question it has not asked yet (「パソコンのことなんですけど」「ライセンスの件
 * ですが…」「証明書のことで」): not a bare topic (「パソコンのこと」 may be all a clerk asks), only one that says more is coming.
 */
const OPENS_ONLY = new RegExp(`${ABOUT}(?:(?:なんです|なのです|なんだ|なんや|なんじゃ|です|だ|や)?(?:が|けど|けれど|けども|けんど|けれども)|で)[ー〜…・。．！!\\s]*$`);

/** Whether a message only announces its topic (see ANNOUNCES, OPENS_ONLY); `text`: its grammar text (analysis.ts `grammarText`). */
export function announcesTopic(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return ANNOUNCES.test(compact) || OPENS_ONLY.test(compact);
}

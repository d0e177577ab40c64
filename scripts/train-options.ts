/** Options of `npm run train` (scripts/train.ts), apart so the measurement scripts share them. */

/** The training's tunable numbers, in one documented place. */
export const TRAINING = {
  /** L2 strengths tried; the one with the lowest out-of-fold log-loss is kept. */
  l2: [0.1, 0.3, 1, 3, 10],
  /**
   * What the thresholds are chosen for: the most right answers with at most `maxWrong` wrong ones and at
   * least `minRejection` of out-of-scope and look-alike questions unanswered; then the most resolved with a
   * clarify rate of at most `maxClarify`. A vague question answered outright is a guess at one of several
   * articles: at most `maxVagueAnswered` of the labelled ones.
   *
   * `wrongCost`: what one wrong answer takes off the right ones when thresholds are compared. At 0 the
   * thresholds that answer one more question right won even when they answered two more wrong, as long as
   * `maxWrong` held: a content change that moved the model a little then moved the lead 0.32 → 0.28 for one
   * right answer and two wrong ones (1.4 % → 1.9 %). A wrong answer costs the clerk more than a question back.
   */
  targets: { maxWrong: 0.02, minRejection: 0.95, maxClarify: 0.06, maxVagueAnswered: 0.125, wrongCost: 1 },
};

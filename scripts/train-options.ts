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
   */
  targets: { maxWrong: 0.02, minRejection: 0.95, maxClarify: 0.06, maxVagueAnswered: 0.125 },
};

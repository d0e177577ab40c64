/** The text classifier's options (classifier.ts), in a module of their own: the feature keys' module reads them too. */

/** The classifier's tunable numbers (documented defaults). */
export interface ClassifierOptions {
  /** Shortest and longest character n-gram (at most 3). */
  minN: number;
  maxN: number;
  /** Weight decay per step (L2), applied to the weights a text touches. */
  l2: number;
  /** Passes over the labelled texts. */
  iterations: number;
  /** First step size, and how fast it decays per pass (rate / (1 + pass × decay)). */
  rate: number;
  decay: number;
}

export const DEFAULT_CLASSIFIER: ClassifierOptions = { minN: 2, maxN: 3, l2: 0.0003, iterations: 20, rate: 1, decay: 0.1 };

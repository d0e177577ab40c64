/** Tunable numbers of the continuation test (documented here, their one place). */
export const CONVERSATION = {
  /** Longest message (normalised, without spaces) read as elliptical. */
  maxEllipticalLength: 30,
  /** Share of a concept's tokens an article must hold to cover it. */
  holds: 0.6,
  /** Confidence reported for a continuation (the model scores single messages, not conversations). */
  confidence: 0.6,
  /**
   * Share of the topics that hold a concept for it to be generic: a generic word does not make a related
   * article the one a follow-up is about, even when that article's title has it. Measured on the content:
   * 必要 is held by 10 of 23 topics and 確認 by 11; the most held words that name a topic (利用申請,
   * 電子証明書, パスワード) by 6.
   */
  genericShare: 0.4,
  /**
   * Least probability of a related article the message alone is answered with for it to be the follow-up's answer over
   * the last one that mentions what the message names, when that article's title names it and the last one's does not.
   */
  surelyRelated: 0.9,
  /**
   * The same, when that article's title also tells where its subject is found, the last one's does not, and the message
   * asks where: the message's own question is the title's.
   */
  likelyRelated: 0.8,
  /**
   * Least probability of the answer to 「Xも同じ…？」 read alone for it to stand against the last answer's question put again
   * about X (same-for.ts): 「ライセンスも同じ考え方でしょうか」 after the certificate per office was the renewal's at 0.48 alone.
   */
  sureAlone: 0.85,
};

import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_LENGTH, REASONS, REASON_LABELS, commentLength } from '../../widget/src/reasons.ts';
import { REASON_LABELS as SERVER_LABELS } from '../../server/store/schemas.ts';
import { MAX_COMMENT_LENGTH as SERVER_MAX } from '../../server/routes/feedback.ts';

describe('unhelpful reasons', () => {
  it('are the labels and the limit the server uses (the CSV, the 500-character check)', () => {
    expect(REASON_LABELS).toEqual(SERVER_LABELS);
    expect(REASONS).toEqual(['irrelevant', 'not-solved', 'other']);
    expect(MAX_COMMENT_LENGTH).toBe(SERVER_MAX);
  });

  it('counts a comment as the server does: code points after trimming', () => {
    expect(commentLength('  あい𠮷 ')).toBe(3);
    expect(commentLength('')).toBe(0);
  });
});

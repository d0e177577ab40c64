import { describe, expect, it } from 'vitest';
import { writeClipboard } from '../../widget/src/clipboard.ts';

describe('writeClipboard', () => {
  it('writes through the Clipboard API when there is one', async () => {
    const written: string[] = [];
    expect(await writeClipboard('記録', { clipboard: { writeText: async (t) => void written.push(t) } })).toBe(true);
    expect(written).toEqual(['記録']);
  });

  it('reports false when the API is missing (plain http) or refuses', async () => {
    expect(await writeClipboard('記録', {})).toBe(false);
    expect(await writeClipboard('記録', undefined)).toBe(false);
    const refusing = { clipboard: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } };
    expect(await writeClipboard('記録', refusing)).toBe(false);
  });
});

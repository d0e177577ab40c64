import { describe, expect, it } from 'vitest';
import { idOrder } from '../../server/answer/candidates.ts';

describe('idOrder', () => {
  it('orders ids as localeCompare does, the ones it was not given too', () => {
    const ids = ['kj-password-lost', 'kj-id', 'certificate', 'certificate-error', 'pc-environment', 'a-b', 'ab', 'a'];
    const compare = idOrder(ids);
    const all = [...ids, 'zz-new', 'b'];
    for (const a of all) for (const b of all) expect(Math.sign(compare(a, b)), `${a} ${b}`).toBe(Math.sign(a.localeCompare(b)));
  });
});

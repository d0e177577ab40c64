import { describe, expect, it } from 'vitest';
import { answeredNamedStep, answeredOnStepOrder, flowAskedOfSteps } from '../../server/answer/step-order.ts';
import type { Decision } from '../../server/answer/decide.ts';
import { engineFor, realKnowledgeBase } from './fixtures.ts';

const order = { flows: new Map([['flow', ['pc', 'app', 'cert', 'apply']]]) };
const titles = new Map(
  Object.entries({
    flow: { terms: ['流れ'] },
    pc: { terms: ['pc環境', '確認'] },
    app: { terms: ['あぷり', 'だうんろーど'] },
    cert: { terms: ['電子証明書', '確認'] },
    apply: { terms: ['利用申請'] },
    status: { terms: ['利用申請', '完了'] },
  }),
);

describe('flowAskedOfSteps', () => {
  it('is the flow\'s article when the message names its title and two of its steps', () => {
    expect(flowAskedOfSteps(order, ['だうんろーど', '利用申請', '流れ'], titles)).toBe('flow');
    expect(flowAskedOfSteps(order, ['電子証明書', 'pc環境', '確認', '流れ'], titles)).toBe('flow');
  });

  it('is none for one step, for a term several steps\' titles hold, or without the flow\'s title', () => {
    expect(flowAskedOfSteps(order, ['だうんろーど', 'あぷり', '流れ'], titles)).toBeUndefined();
    expect(flowAskedOfSteps(order, ['確認', '利用申請', '流れ'], titles)).toBeUndefined();
    expect(flowAskedOfSteps(order, ['だうんろーど', '利用申請'], titles)).toBeUndefined();
    // A thing only a title beside the flow names: the order asked is within a step.
    expect(flowAskedOfSteps(order, ['だうんろーど', '利用申請', '完了', '流れ'], titles)).toBeUndefined();
  });
});

describe('answeredOnStepOrder', () => {
  const download: Decision = { kind: 'answer', id: 'app', anchor: null, confidence: 0.93, reason: 'likely', alternatives: [] };
  it('answers with the flow\'s article instead of the step named most', () => {
    expect(answeredOnStepOrder(download, order, ['だうんろーど', '利用申請', '流れ'], titles)).toEqual({ kind: 'answer', id: 'flow', anchor: null, confidence: 0.93, reason: 'step-order', alternatives: [] });
  });

  it('keeps a refusal that is no matter of likelihood (another system, a secret)', () => {
    const other: Decision = { kind: 'fallback', reason: 'other-system', confidence: 0, related: [] };
    expect(answeredOnStepOrder(other, order, ['だうんろーど', '利用申請', '流れ'], titles)).toBe(other);
    expect(answeredOnStepOrder(download, order, ['だうんろーど', '流れ'], titles)).toBe(download);
  });
});

describe('answeredNamedStep', () => {
  const steps = { flows: new Map([['flow', ['pc', 'app', 'cert', 'apply']]]) };
  const scored = [{ id: 'cert', anchor: 'steps' }];
  const flow: Decision = { kind: 'answer', id: 'flow', anchor: null, confidence: 0.69, reason: 'likely', alternatives: [] };
  it('answers a step of the flow named by its number with that step, at the decision\'s confidence', () => {
    expect(answeredNamedStep(flow, { steps, scored } as never, 'ステップ3の確認って何を見るの')).toEqual({ kind: 'answer', id: 'cert', anchor: 'steps', confidence: 0.69, reason: 'likely', alternatives: [] });
  });

  it('keeps the flow for a step said done, a number beyond the flow, and an answer that is no flow', () => {
    expect(answeredNamedStep(flow, { steps, scored } as never, 'ステップ2も終わったよ')).toBe(flow);
    expect(answeredNamedStep(flow, { steps, scored } as never, 'ステップ9って何')).toBe(flow);
    const app: Decision = { ...flow, id: 'app' };
    expect(answeredNamedStep(app, { steps, scored } as never, 'ステップ3の確認って何を見るの')).toBe(app);
  });
});

describe('the order of steps asked on the real content', async () => {
  const engine = engineFor(await realKnowledgeBase());
  const ask = (question: string) => engine.ask({ question }).result;

  it('answers with the flow when steps are named and which comes first is asked in dialect or as a list to confirm', () => {
    for (const q of [
      'KJのID確認と介護ソフトの確認、あとアプリのダウンロード。これ順番あるんかね？どれからやったらええん？',
      '利用開始までにやることって、PC確認→ソフト確認→ID確認→ダウンロード→証明書→申請→開始の順で合ってますか？',
    ]) {
      expect(ask(q).answer?.id, q).toBe('overview');
    }
  });
});

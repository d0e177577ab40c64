/**
 * An answered question whose trace is built when first read (see `Answered` in types.ts). A class, so
 * the getter lives once on the prototype instead of an accessor and a closure on every answer.
 */
import type { Answered, AskResult, AskTrace } from './types.ts';
import { summarizeTrace } from './trace-summary.ts';

export class LazyAnswer implements Answered {
  private built: AskTrace | undefined;

  /** `stored`: the stored trace when it is already known (an answer from the cache). */
  constructor(
    readonly result: AskResult,
    readonly decision: Answered['decision'],
    private readonly explain: () => AskTrace,
    private stored?: AskTrace,
  ) {}

  get trace(): AskTrace {
    return (this.built ??= this.explain());
  }

  get storedTrace(): AskTrace {
    return (this.stored ??= summarizeTrace(this.trace));
  }
}

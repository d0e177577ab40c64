/**
 * An answered question whose trace is built when first read (see `Answered` in types.ts). A class, so
 * the getter lives once on the prototype instead of an accessor and a closure on every answer.
 */
import type { Answered, AskResult, AskTrace } from './types.ts';

export class LazyAnswer implements Answered {
  private built: AskTrace | undefined;

  /**
   * `explain` builds the whole trace, `explainStored` the one insights keep (or `stored` is that trace
   * already, for an answer from the cache).
   */
  constructor(
    readonly result: AskResult,
    readonly decision: Answered['decision'],
    private readonly explain: () => AskTrace,
    private stored: AskTrace | (() => AskTrace),
  ) {}

  get trace(): AskTrace {
    return (this.built ??= this.explain());
  }

  get storedTrace(): AskTrace {
    if (typeof this.stored === 'function') this.stored = this.stored();
    return this.stored;
  }
}

/** The insights routes' one way to read the store. */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';
import type { InsightsStore, ReadOptions } from '../store/types.ts';

const UNAVAILABLE = 'インサイトのデータを読み出せません。しばらくしてからもう一度お試しください。';

/** Runs a read on the store; a store without reads or a failing one is a 503, never a raw 500. */
export async function readInsights<T>(
  app: FastifyInstance,
  fn: (store: Required<InsightsStore>, options: ReadOptions) => Promise<T>,
  options: ReadOptions,
): Promise<T> {
  if (!app.insights.readable) throw new AppError(503, 'insights-unavailable', UNAVAILABLE);
  try {
    return await app.insights.read(fn, options);
  } catch {
    throw new AppError(503, 'insights-unavailable', UNAVAILABLE);
  }
}

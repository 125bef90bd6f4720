import { AsyncLocalStorage } from 'node:async_hooks';

export interface CorrelationContext {
  correlationId: string;
  causationId?: string;
}

const storage = new AsyncLocalStorage<CorrelationContext>();

/** Runs `fn` with a correlation context that the logger and the outbox pick up. */
export function runWithCorrelation<T>(context: CorrelationContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentCorrelation(): CorrelationContext | undefined {
  return storage.getStore();
}

/**
 * Makes `context` current for the rest of the synchronous call and what it schedules. Used by HTTP
 * hooks, where the handler runs as a continuation of the hook.
 */
export function enterCorrelation(context: CorrelationContext): void {
  storage.enterWith(context);
}

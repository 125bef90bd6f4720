import { describeError, stopTracing } from '@nrm/observability';
import type { Logger } from '@nrm/observability';

/**
 * On SIGTERM or SIGINT: `drain` (in-flight work finishes), send what tracing holds and exit 0; exit 1
 * if draining fails or takes longer than `graceMs`.
 */
export function drainOnSignal(drain: () => Promise<void>, graceMs: number, logger: Logger): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining');
    const force = setTimeout(() => {
      logger.error('drain took too long, exiting');
      process.exit(1);
    }, graceMs);
    force.unref();
    try {
      await drain();
      await stopTracing();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error(describeError(error), 'drain failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';

/**
 * Background work done in passes from application start until shutdown: a pass, then a pause of
 * `intervalMs`, again. A failed pass is logged and the next one tries again; shutdown cuts the pause
 * short and waits for the pass in flight. Durable state belongs in the database, so a pass after a
 * restart picks up whatever was missed.
 */
export abstract class PeriodicTask implements OnApplicationBootstrap, OnApplicationShutdown {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private soon = false;

  /** Names the task in logs, e.g. `deadline clock`. */
  protected abstract readonly taskName: string;
  protected abstract readonly logger: Logger;
  protected abstract intervalMs(): number;
  protected abstract pass(): Promise<unknown>;

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** Cuts the pause short: a pass starts now, or right after the one in flight. */
  runSoon(): void {
    this.soon = true;
    this.wake?.();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.soon = false;
      try {
        await this.pass();
      } catch (error) {
        this.logger.warn(describeError(error), `${this.taskName}: pass failed, will retry`);
      }
      if (!this.running) break;
      if (this.soon) {
        this.soon = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.intervalMs());
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}

import type { Consumer } from 'kafkajs';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';

/** The next offset to read of a partition, as committed to the group. */
interface PartitionPosition {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * The consumed offsets of a consumer, committed to its group at most every `intervalMs` (and on
 * stop), not after every message: a redelivery after a crash is absorbed by the inbox.
 */
export class OffsetCommits {
  /** Consumed but not yet committed, by topic and partition. */
  private readonly uncommitted = new Map<string, PartitionPosition>();
  private lastCommit = 0;
  private timer?: NodeJS.Timeout;
  private committing?: Promise<void>;
  private consumer?: Consumer;

  constructor(
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  /** A new consumer of the group: what the last one consumed and did not commit comes back anyway. */
  attach(consumer: Consumer): void {
    this.consumer = consumer;
    this.uncommitted.clear();
  }

  resolve(topic: string, partition: number, offset: string): void {
    // The committed position is the next offset to read.
    this.uncommitted.set(`${topic}:${partition}`, {
      topic,
      partition,
      offset: (BigInt(offset) + 1n).toString(),
    });
  }

  /** Commits now if the interval has passed (or `now` is asked, when stopping), else once it has. */
  async commitSoon(now: boolean): Promise<void> {
    const wait = this.lastCommit + this.intervalMs - Date.now();
    if (wait <= 0 || now) return this.commit().catch((error: unknown) => this.commitFailed(error));
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.commit().catch((error: unknown) => this.commitFailed(error));
    }, wait);
  }

  /** Commits what was consumed (before the group is left); a batch in flight commits its own. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    await this.commit().catch(() => undefined);
  }

  private commit(): Promise<void> {
    this.committing ??= (async () => {
      try {
        const offsets = [...this.uncommitted.values()];
        if (offsets.length === 0 || !this.consumer) return;
        this.uncommitted.clear();
        this.lastCommit = Date.now();
        try {
          await this.consumer.commitOffsets(offsets);
        } catch (error) {
          // Put back what no later batch has moved past, for the next commit.
          for (const o of offsets) {
            const key = `${o.topic}:${o.partition}`;
            if (!this.uncommitted.has(key)) this.uncommitted.set(key, o);
          }
          throw error;
        }
      } finally {
        this.committing = undefined;
      }
    })();
    return this.committing;
  }

  private commitFailed(error: unknown): void {
    // A rebalance or a broker away: the next commit carries these offsets, and a redelivery is
    // absorbed by the inbox.
    this.logger.debug(describeError(error), 'consumer: offsets not committed yet');
  }
}

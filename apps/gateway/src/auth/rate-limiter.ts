import Redis from 'ioredis';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';

/** One counter to check: a user's or an agency's requests in the current window. */
export interface RateLimit {
  key: string;
  limit: number;
}

export interface RateVerdict {
  allowed: boolean;
  /** Seconds until the window that was exceeded ends. */
  retryAfterSeconds: number;
  /** The counter that was exceeded. */
  exceeded?: string;
}

/** Counts requests in fixed windows; every limit named must hold for a request to pass. */
export interface RateLimiter {
  hit(limits: readonly RateLimit[], now?: number): Promise<RateVerdict>;
  close(): Promise<void>;
}

function verdict(limits: readonly RateLimit[], counts: number[], windowMs: number, now: number): RateVerdict {
  const retryAfterSeconds = Math.max(1, Math.ceil((windowMs - (now % windowMs)) / 1000));
  const over = limits.findIndex((l, i) => counts[i] > l.limit);
  return over < 0
    ? { allowed: true, retryAfterSeconds: 0 }
    : { allowed: false, retryAfterSeconds, exceeded: limits[over].key };
}

/** Counters shared by every gateway instance, in Redis (INCR with an expiry per window). */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  private lastWarning = 0;

  constructor(
    url: string,
    private readonly windowMs: number,
    private readonly logger: Logger,
    private readonly prefix = 'nrm:rate',
  ) {
    // A command waits for the connection briefly, then fails (and the request is let through).
    this.redis = new Redis(url, {
      maxRetriesPerRequest: 1,
      connectTimeout: 1000,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    this.redis.on('error', () => undefined); // reported per request below
  }

  async hit(limits: readonly RateLimit[], now = Date.now()): Promise<RateVerdict> {
    const window = Math.floor(now / this.windowMs);
    try {
      const tx = this.redis.multi();
      for (const l of limits) {
        const key = `${this.prefix}:${l.key}:${window}`;
        tx.incr(key).pexpire(key, this.windowMs * 2);
      }
      const results = (await tx.exec()) ?? [];
      const counts = limits.map((_, i) => Number(results[i * 2]?.[1] ?? 0));
      return verdict(limits, counts, this.windowMs, now);
    } catch (error) {
      // Failing open: a referral of a person in danger must not wait on a counter.
      if (now - this.lastWarning > 60_000) {
        this.lastWarning = now;
        this.logger.warn(describeError(error), 'rate limiter: Redis unavailable, requests let through');
      }
      return { allowed: true, retryAfterSeconds: 0 };
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

/** Counters of one gateway instance, for a single-instance deployment without Redis. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly counts = new Map<string, number>();
  private window = -1;

  constructor(private readonly windowMs: number) {}

  async hit(limits: readonly RateLimit[], now = Date.now()): Promise<RateVerdict> {
    const window = Math.floor(now / this.windowMs);
    if (window !== this.window) {
      this.counts.clear();
      this.window = window;
    }
    const counts = limits.map((l) => {
      const n = (this.counts.get(l.key) ?? 0) + 1;
      this.counts.set(l.key, n);
      return n;
    });
    return verdict(limits, counts, this.windowMs, now);
  }

  async close(): Promise<void> {}
}

/** Counters shared through Redis when there is a REDIS_URL, else counted by this instance alone. */
export function createRateLimiter(
  redisUrl: string | undefined,
  windowMs: number,
  logger: Logger,
  prefix?: string,
): RateLimiter {
  return redisUrl
    ? new RedisRateLimiter(redisUrl, windowMs, logger, prefix)
    : new MemoryRateLimiter(windowMs);
}

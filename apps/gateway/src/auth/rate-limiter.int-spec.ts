import { randomUUID } from 'node:crypto';
import { createLogger } from '@nrm/observability';
import { RedisRateLimiter } from './rate-limiter';

describe('rate limits shared through a real Redis', () => {
  const url = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const logger = createLogger('rate-limit-test', 'silent');

  it('counts the requests of two gateway instances together', async () => {
    const prefix = `nrm:test:${randomUUID()}`;
    const a = new RedisRateLimiter(url, 60_000, logger, prefix);
    const b = new RedisRateLimiter(url, 60_000, logger, prefix);
    try {
      const limits = [{ key: 'user:u1', limit: 4 }];
      const now = 1_800_000_000_000;
      const verdicts = await Promise.all([a, b, a, b, a].map((limiter) => limiter.hit(limits, now)));
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(4);
      expect(verdicts.filter((v) => !v.allowed)).toEqual([
        { allowed: false, retryAfterSeconds: 60, exceeded: 'user:u1' },
      ]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('lets requests through when Redis cannot be reached', async () => {
    const down = new RedisRateLimiter('redis://127.0.0.1:1', 60_000, logger);
    try {
      expect((await down.hit([{ key: 'user:u1', limit: 1 }])).allowed).toBe(true);
    } finally {
      await down.close();
    }
  });
});

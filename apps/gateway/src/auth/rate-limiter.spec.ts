import { MemoryRateLimiter } from './rate-limiter';

describe('rate limits', () => {
  it("stops a user past their limit in a window, and an agency past the agency's, until the window ends", async () => {
    const limiter = new MemoryRateLimiter(60_000);
    const start = 1_800_000_000_000; // a window boundary
    const limits = (user: string) => [
      { key: `user:${user}`, limit: 3 },
      { key: 'agency:kw-moi-police', limit: 5 },
    ];
    for (let i = 0; i < 3; i += 1) expect((await limiter.hit(limits('a'), start + i)).allowed).toBe(true);
    expect(await limiter.hit(limits('a'), start + 10_000)).toEqual({
      allowed: false,
      retryAfterSeconds: 50,
      exceeded: 'user:a',
    });
    // Another user of the same agency: the agency's count (5, refused requests included) runs out next.
    expect((await limiter.hit(limits('b'), start + 20_000)).allowed).toBe(true);
    expect((await limiter.hit(limits('b'), start + 20_001)).exceeded).toBe('agency:kw-moi-police');
    // A new window starts afresh.
    expect((await limiter.hit(limits('a'), start + 60_000)).allowed).toBe(true);
  });
});

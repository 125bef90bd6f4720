import { nextRetryDelayMs } from './retry-schedule';

describe('nextRetryDelayMs', () => {
  it('grows exponentially within jittered bounds', () => {
    expect(nextRetryDelayMs(1, 1000, () => 0)).toBe(500);
    expect(nextRetryDelayMs(1, 1000, () => 1)).toBe(1000);
    expect(nextRetryDelayMs(4, 1000, () => 1)).toBe(8000);
  });

  it('is capped at an hour', () => {
    expect(nextRetryDelayMs(40, 1000, () => 1)).toBe(3_600_000);
  });
});

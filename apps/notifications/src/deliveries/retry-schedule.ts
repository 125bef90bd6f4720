/** Exponential backoff with full jitter: a random delay up to base x 2^(attempt-1), capped at an hour. */
export function nextRetryDelayMs(attempt: number, baseMs: number, random = Math.random): number {
  const ceiling = Math.min(3_600_000, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(baseMs / 2 + random() * (ceiling - baseMs / 2));
}

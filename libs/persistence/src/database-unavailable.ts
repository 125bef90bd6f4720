/**
 * Whether an error says the database could not be reached or went away (a restart, a failover, a
 * cut connection), rather than that the work itself failed. Such work is retried until the database
 * is back; it is never counted as a failure of the message or request that ran into it.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      // SQLSTATE class 08 (connection exception); 57P01-57P03 (shut down by an administrator or a
      // crash, cannot connect now); 53300 (too many connections).
      if (/^08/.test(code) || /^57P0[1-3]$/.test(code) || code === '53300') return true;
      if (NETWORK_CODES.has(code)) return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    // TypeORM wraps the driver's error; the pool may wrap a network error as its cause.
    const next = current as { driverError?: unknown; cause?: unknown };
    current = next.driverError ?? next.cause;
  }
  return false;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTCONN',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|Client has encountered a connection error|terminating connection|Client was closed and is not queryable|the database system is (starting up|shutting down|in recovery mode)/i;

import pino from 'pino';
import type { Logger as PinoLogger } from 'pino';
import type { LoggerService } from '@nestjs/common';
import { currentCorrelation } from './correlation';
import { currentTraceIds } from './tracing';

export type Logger = PinoLogger;

/**
 * Keys whose values are never written to a log, wherever they appear. Personal data must not reach
 * logs at all; this is the safety net, not the design.
 */
export const REDACTED_KEYS = [
  'name',
  'names',
  'fullName',
  'givenName',
  'familyName',
  'aliases',
  'dateOfBirth',
  'documents',
  'documentNumber',
  'contact',
  'phone',
  'email',
  'address',
  'narrative',
  'account',
  'person',
  'authorization',
  'secret',
  'password',
  'token',
];

let root: PinoLogger | undefined;

/**
 * The one logger of the platform: JSON lines on stdout (or `file`, for a service sharing its process
 * with others), with service, correlation, causation and trace ids.
 */
export function createLogger(
  service: string,
  level = process.env['LOG_LEVEL'] ?? 'info',
  file?: string,
): PinoLogger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    messageKey: 'message',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
      censor: '[redacted]',
    },
    mixin() {
      const c = currentCorrelation();
      return {
        ...(c ? { correlationId: c.correlationId, causationId: c.causationId } : {}),
        ...currentTraceIds(),
      };
    },
  };
  root = file
    ? pino(options, pino.destination({ dest: file, append: true, mkdir: true, sync: true }))
    : pino(options);
  return root;
}

export function rootLogger(): PinoLogger {
  return root ?? createLogger('nrm');
}

/** Describes an error for a log line by name and code only: messages can carry data, stacks are noise. */
export function describeError(error: unknown): {
  errorName: string;
  errorCode?: string;
  errorMessage?: string;
} {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      errorName: error.name,
      errorCode: typeof code === 'string' || typeof code === 'number' ? String(code) : undefined,
      errorMessage: scrubMessage(error.message),
    };
  }
  return { errorName: typeof error };
}

/**
 * Removes the values error messages quote: drivers and parsers echo input (`invalid input syntax for
 * type date: "..."`, `Key (name)=(...)`, JSON snippets), and input can be personal data.
 */
export function scrubMessage(message: string): string {
  const scrubbed = message
    // Greedy on purpose: quoted input can itself contain quotes (JSON).
    .replace(/"[^\n]*"/g, '"[value]"')
    .replace(/'[^\n]*'/g, "'[value]'")
    .replace(/=\([^)]*\)/g, '=([value])');
  return scrubbed.length > 300 ? `${scrubbed.slice(0, 300)}...` : scrubbed;
}

/** Adapts the logger to Nest's LoggerService so framework messages are JSON lines too. */
export class NestLoggerAdapter implements LoggerService {
  constructor(private readonly logger: PinoLogger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, _trace?: string, context?: string): void {
    // The trace is dropped on purpose: no stack traces in logs.
    this.logger.error({ context }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}

import { Controller, Get, Header, HttpCode, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PlatformMetrics } from '@nrm/observability';
import { PROBLEM_CONTENT_TYPE, ProblemTypes } from './problem';

export interface ReadinessCheck {
  name: string;
  check: () => Promise<boolean>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

async function withTimeout(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      check().catch(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

@Controller()
export class OperationsController {
  constructor(
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
    private readonly metrics: PlatformMetrics,
  ) {}

  /** The process is up; restarting it would not help anything else. */
  @Get('health/live')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** Ready to take traffic: its database and Kafka answer. */
  @Get('health/ready')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const results = await Promise.all(
      this.checks.map(async (c) => ({ name: c.name, ok: await withTimeout(c.check, 2000) })),
    );
    const checks = Object.fromEntries(results.map((r) => [r.name, r.ok ? 'up' : 'down']));
    if (results.every((r) => r.ok)) {
      void reply.status(200).send({ status: 'ok', checks });
      return;
    }
    const failing = results.filter((r) => !r.ok).map((r) => r.name);
    void reply
      .status(503)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send({
        ...ProblemTypes.upstreamUnavailable,
        title: 'Not ready',
        detail: `not ready: ${failing.join(', ')}`,
        checks,
      });
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  async prometheus(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

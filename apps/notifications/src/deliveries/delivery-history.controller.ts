import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException, requireRole } from '@nrm/service-kit';

const STATUSES = ['pending', 'delivered', 'dead_lettered'] as const;
const CHANNELS = ['webhook', 'email'] as const;

export interface DeliveryAttempt {
  attempt: number;
  attemptedAt: string;
  outcome: 'delivered' | 'failed';
  error: string | null;
  durationMs: number;
}

export interface DeliveryRecord {
  notificationId: string;
  channel: (typeof CHANNELS)[number];
  status: (typeof STATUSES)[number];
  kind: string | null;
  caseReference: string | null;
  urgent: boolean;
  queuedAt: string;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
  attempts: DeliveryAttempt[];
}

function oneOf<T extends string>(
  field: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    const message = `${field} must be one of: ${allowed.join(', ')}`;
    throw new ProblemException('validation', message, [{ field, message }]);
  }
  return value as T;
}

/** Internal API: the agency's deliveries on its external channels, newest first, each with its attempts. */
@Controller('internal/deliveries')
export class DeliveryHistoryController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(
    @CurrentActor() actor: Actor,
    @Query('status') status?: string,
    @Query('channel') channel?: string,
    @Query('limit') limit?: string,
  ): Promise<{ items: DeliveryRecord[] }> {
    requireRole(actor, 'administrator', 'supervisor');
    const wantedStatus = oneOf('status', status, STATUSES);
    const wantedChannel = oneOf('channel', channel, CHANNELS);
    const size = limit === undefined ? 50 : Number(limit);
    if (!Number.isInteger(size) || size < 1 || size > 200) {
      const message = 'limit must be a whole number from 1 to 200';
      throw new ProblemException('validation', message, [{ field: 'limit', message }]);
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT d.notification_id, d.channel, d.status, d.urgent, d.created_at, d.delivered_at, d.next_attempt_at,
              n.kind, n.case_reference,
              coalesce((SELECT json_agg(json_build_object('attempt', a.attempt, 'attemptedAt', a.attempted_at,
                         'outcome', a.outcome, 'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.attempt)
                          FROM delivery_attempt a
                         WHERE a.notification_id = d.notification_id AND a.channel = d.channel), '[]') AS attempts
         FROM delivery d JOIN notification n ON n.notification_id = d.notification_id
        WHERE d.agency_id = $1 AND ($2::text IS NULL OR d.status = $2) AND ($3::text IS NULL OR d.channel = $3)
        ORDER BY d.created_at DESC, d.notification_id LIMIT $4`,
      [actor.agencyId, wantedStatus ?? null, wantedChannel ?? null, size],
    );
    return {
      items: rows.map((r) => ({
        notificationId: r['notification_id'] as string,
        channel: r['channel'] as DeliveryRecord['channel'],
        status: r['status'] as DeliveryRecord['status'],
        kind: r['kind'] as string | null,
        caseReference: r['case_reference'] as string | null,
        urgent: r['urgent'] as boolean,
        queuedAt: (r['created_at'] as Date).toISOString(),
        deliveredAt: r['delivered_at'] ? (r['delivered_at'] as Date).toISOString() : null,
        nextAttemptAt: r['status'] === 'pending' ? (r['next_attempt_at'] as Date).toISOString() : null,
        attempts: (r['attempts'] as (DeliveryAttempt & { attemptedAt: string })[]).map((a) => ({
          ...a,
          attemptedAt: new Date(a.attemptedAt).toISOString(),
        })),
      })),
    };
  }
}

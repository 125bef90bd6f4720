import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeliveryPage, DeliveryResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { DeliveryRepository } from '../delivery.repository';
import { Routes } from '@nrm/api-contracts';

const STATUSES = ['pending', 'delivered', 'dead_lettered'] as const;
const CHANNELS = ['webhook', 'email'] as const;

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

/** The agency's deliveries on its external channels, newest first, each with its attempts. */
@Injectable()
export class DeliveryHistory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
  ) {}

  async execute(
    actor: Actor,
    query: { status?: string; channel?: string; limit?: string },
  ): Promise<DeliveryPage> {
    permit(actor, Routes.deliveries);
    const status = oneOf('status', query.status, STATUSES);
    const channel = oneOf('channel', query.channel, CHANNELS);
    const limit = query.limit === undefined ? 50 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
      const message = 'limit must be a whole number from 1 to 200';
      throw new ProblemException('validation', message, [{ field: 'limit', message }]);
    }
    const rows = await this.deliveries.historyOf(this.dataSource, actor.agencyId, {
      ...(status ? { status } : {}),
      ...(channel ? { channel } : {}),
      limit,
    });
    return {
      items: rows.map((r) => ({
        notificationId: r.notification_id,
        channel: r.channel as DeliveryResponse['channel'],
        status: r.status as DeliveryResponse['status'],
        kind: r.kind,
        caseReference: r.case_reference,
        urgent: r.urgent,
        queuedAt: r.created_at.toISOString(),
        deliveredAt: r.delivered_at ? r.delivered_at.toISOString() : null,
        nextAttemptAt: r.status === 'pending' ? r.next_attempt_at.toISOString() : null,
        attempts: r.attempts.map((a) => ({ ...a, attemptedAt: new Date(a.attemptedAt).toISOString() })),
      })),
    };
  }
}

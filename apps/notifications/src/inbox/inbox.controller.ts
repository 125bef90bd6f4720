import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException } from '@nrm/service-kit';

export interface InboxItem {
  notificationId: string;
  kind: string | null;
  caseId: string | null;
  caseReference: string | null;
  eventType: string;
  language: string;
  title: string;
  body: string;
  createdAt: string;
  /** When this user read it; read state is per user. */
  readAt: string | null;
  urgent: boolean;
}

/**
 * What one user sees: the notifications of their agency addressed to their role (or to everyone),
 * with the time they read each one.
 */
const ADDRESSED_TO_ACTOR = `n.recipient_agency_id = $1 AND (cardinality(n.audience_roles) = 0 OR $2 = ANY (n.audience_roles))`;

/** Internal API for the inbox; only the gateway calls it. */
@Controller('internal')
export class InboxController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('inbox')
  async list(
    @CurrentActor() actor: Actor,
    @Query('caseId') caseId?: string,
    @Query('unread') unread?: string,
  ): Promise<{ items: InboxItem[]; unreadCount: number }> {
    if (
      caseId !== undefined &&
      !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(caseId)
    ) {
      throw new ProblemException('validation', 'caseId must be a UUID', [
        { field: 'caseId', message: 'caseId must be a UUID' },
      ]);
    }
    if (unread !== undefined && unread !== 'true' && unread !== 'false') {
      throw new ProblemException('validation', 'unread must be true or false', [
        { field: 'unread', message: 'unread must be true or false' },
      ]);
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT n.notification_id, n.kind, n.case_id, n.case_reference, n.event_type, n.language, n.title, n.body,
              n.created_at, r.read_at, n.urgent, count(*) FILTER (WHERE r.read_at IS NULL) OVER () AS unread_count
         FROM notification n
         LEFT JOIN notification_read r ON r.notification_id = n.notification_id AND r.user_id = $3
        WHERE ${ADDRESSED_TO_ACTOR}
          AND ($4::uuid IS NULL OR n.case_id = $4::uuid)
          AND (NOT $5 OR r.read_at IS NULL)
        ORDER BY n.urgent DESC, n.created_at DESC LIMIT 200`,
      [actor.agencyId, actor.role, actor.userId, caseId ?? null, unread === 'true'],
    );
    return {
      unreadCount: rows.length > 0 ? Number(rows[0]['unread_count']) : 0,
      items: rows.map((r) => ({
        notificationId: r['notification_id'] as string,
        kind: r['kind'] as string | null,
        caseId: r['case_id'] as string | null,
        caseReference: r['case_reference'] as string | null,
        eventType: r['event_type'] as string,
        language: r['language'] as string,
        title: r['title'] as string,
        body: r['body'] as string,
        createdAt: (r['created_at'] as Date).toISOString(),
        readAt: r['read_at'] ? (r['read_at'] as Date).toISOString() : null,
        urgent: r['urgent'] as boolean,
      })),
    };
  }

  @Post('inbox/:notificationId/read')
  @HttpCode(204)
  async markRead(
    @Param('notificationId', new ParseUUIDPipe()) notificationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO notification_read (notification_id, user_id)
       SELECT n.notification_id, $3 FROM notification n WHERE n.notification_id = $4 AND ${ADDRESSED_TO_ACTOR}
       ON CONFLICT DO NOTHING RETURNING 1`,
      [actor.agencyId, actor.role, actor.userId, notificationId],
    );
    if (rows.length > 0) return;
    const seen: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM notification n WHERE n.notification_id = $3 AND ${ADDRESSED_TO_ACTOR}`,
      [actor.agencyId, actor.role, notificationId],
    );
    if (seen.length === 0) throw new ProblemException('notFound', 'no such notification in your inbox');
  }
}

import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException } from '@nrm/service-kit';

export interface InboxItem {
  notificationId: string;
  caseId: string;
  caseReference: string;
  eventType: string;
  language: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
  urgent: boolean;
}

/** Internal API for the agency inbox; only the gateway calls it. */
@Controller('internal')
export class InboxController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('inbox')
  async list(
    @CurrentActor() actor: Actor,
    @Query('caseId') caseId?: string,
  ): Promise<{ items: InboxItem[] }> {
    if (caseId !== undefined && !/^[0-9a-f-]{36}$/i.test(caseId)) {
      throw new ProblemException('validation', 'caseId must be a UUID', [
        { field: 'caseId', message: 'caseId must be a UUID' },
      ]);
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT notification_id, case_id, case_reference, event_type, language, title, body, created_at, read_at, urgent
         FROM notification WHERE recipient_agency_id = $1 AND ($2::uuid IS NULL OR case_id = $2::uuid)
        ORDER BY urgent DESC, created_at DESC LIMIT 200`,
      [actor.agencyId, caseId ?? null],
    );
    return {
      items: rows.map((r) => ({
        notificationId: r['notification_id'] as string,
        caseId: r['case_id'] as string,
        caseReference: r['case_reference'] as string,
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
    const [, count] = (await this.dataSource.query(
      `UPDATE notification SET read_at = coalesce(read_at, now()) WHERE notification_id = $1 AND recipient_agency_id = $2`,
      [notificationId, actor.agencyId],
    )) as [unknown, number];
    if (count === 0) throw new ProblemException('notFound', 'no such notification in your inbox');
  }
}

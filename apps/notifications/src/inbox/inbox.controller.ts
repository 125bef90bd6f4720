import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import type { InboxPage } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { MarkNotificationRead } from './commands/mark-notification-read';
import { InboxItems } from './queries/inbox-items';

/** Internal API for the inbox; only the gateway calls it. */
@Controller('internal')
export class InboxController {
  constructor(
    private readonly inbox: InboxItems,
    private readonly markNotificationRead: MarkNotificationRead,
  ) {}

  @Get('inbox')
  list(
    @CurrentActor() actor: Actor,
    @Query('caseId') caseId?: string,
    @Query('unread') unread?: string,
  ): Promise<InboxPage> {
    return this.inbox.execute(actor, caseId, unread);
  }

  @Post('inbox/:notificationId/read')
  @HttpCode(204)
  markRead(
    @Param('notificationId', new ParseUUIDPipe()) notificationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.markNotificationRead.execute(actor, notificationId);
  }
}

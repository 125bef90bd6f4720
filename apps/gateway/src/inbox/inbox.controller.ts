import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@nrm/security';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { ServiceClient } from '../upstream/service-client';

/** The query string of the named parameters that are present, for passing on to a service. */
export function forwardQuery(params: Record<string, string | undefined>): string {
  const present = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
  return present.length === 0 ? '' : `?${new URLSearchParams(present).toString()}`;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1')
export class InboxController {
  constructor(private readonly services: ServiceClient) {}

  @Get('inbox')
  @ApiOperation({
    summary: 'Your notifications: those of your agency addressed to your role, urgent first, then newest',
    description: 'Read state is yours alone; `unreadCount` counts what you have not read.',
  })
  @ApiQuery({ name: 'unread', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'caseId', required: false, description: 'only notifications about this case' })
  async inbox(
    @AuthenticatedActor() actor: Actor,
    @Query('unread') unread?: string,
    @Query('caseId') caseId?: string,
  ) {
    const query = forwardQuery({ unread, caseId });
    return (await this.services.call<unknown>('notifications', 'GET', `/internal/inbox${query}`, actor)).body;
  }

  @Post('inbox/:notificationId/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark a notification as read by you' })
  @ApiResponse({ status: 404, description: 'not in your inbox' })
  async markRead(
    @Param('notificationId', new ParseUUIDPipe()) notificationId: string,
    @AuthenticatedActor() actor: Actor,
  ): Promise<void> {
    await this.services.call('notifications', 'POST', `/internal/inbox/${notificationId}/read`, actor);
  }
}

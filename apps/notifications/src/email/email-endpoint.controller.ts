import { Body, Controller, Put } from '@nestjs/common';
import { EmailEndpointRequest } from '@nrm/api-contracts';
import type { EmailEndpointResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { SetEmailEndpoint } from './commands/set-email-endpoint';

/** Internal API: an agency administrator sets the agency's functional mailbox for notifications. */
@Controller('internal/email-endpoint')
export class EmailEndpointController {
  constructor(private readonly setEndpoint: SetEmailEndpoint) {}

  @Put()
  put(@Body() body: EmailEndpointRequest, @CurrentActor() actor: Actor): Promise<EmailEndpointResponse> {
    return this.setEndpoint.execute(actor, body);
  }
}

import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { SetEmailEndpoint } from './commands/set-email-endpoint';
import { EmailEndpointController } from './email-endpoint.controller';
import { EmailEndpointRepository } from './email-endpoint.repository';
import { EmailSender } from './email-sender';

/** The e-mail channel: each agency's mailbox and the SMTP sender. */
@Module({
  imports: [AgenciesModule],
  controllers: [EmailEndpointController],
  providers: [EmailEndpointRepository, SetEmailEndpoint, EmailSender],
  exports: [EmailSender],
})
export class EmailModule {}

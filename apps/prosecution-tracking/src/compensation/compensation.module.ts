import { Module } from '@nestjs/common';
import { InvestigationAccessModule } from '../investigations/investigation-access.module';
import { OrderCompensation } from './commands/order-compensation';
import { RecordCompensationPayment } from './commands/record-compensation-payment';
import { CompensationController } from './compensation.controller';
import { CompensationRepository } from './compensation.repository';

/** Compensation courts order for victims, and its payment. */
@Module({
  imports: [InvestigationAccessModule],
  controllers: [CompensationController],
  providers: [CompensationRepository, OrderCompensation, RecordCompensationPayment],
})
export class CompensationModule {}

import { Module } from '@nestjs/common';
import { PolicyRepository } from './policy.repository';

/** The jurisdiction policy in force (deadlines, calendar, recovery period), read by every feature. */
@Module({ providers: [PolicyRepository], exports: [PolicyRepository] })
export class PolicyModule {}

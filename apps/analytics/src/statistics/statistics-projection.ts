import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  AnonymousNoticeCounted,
  CaseStageReached,
  ProsecutionStageReached,
  ReferralRecorded,
} from '@nrm/contracts';
import type {
  AnonymousNoticeCountedV1,
  CaseStageReachedV1,
  ProsecutionStageReachedV1,
  ReferralRecordedV1,
} from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';

/**
 * The statistics read the national-statistics topic like any analyst would, one row per record, so
 * what is published can be traced to the stream and rebuilt from it.
 */
@Controller()
export class StatisticsProjection {
  @EventPattern(ReferralRecorded.type)
  async onReferral(@Payload() { envelope, payload: r, manager }: InboundEvent<ReferralRecordedV1>) {
    await manager.query(
      `INSERT INTO stat_referral (subject, month, referral_channel, referring_agency_type, age_band, child, sex,
         nationalities, exploitation_types, immediate_risk)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (subject) DO UPDATE SET month = EXCLUDED.month, referral_channel = EXCLUDED.referral_channel,
         referring_agency_type = EXCLUDED.referring_agency_type, age_band = EXCLUDED.age_band, child = EXCLUDED.child,
         sex = EXCLUDED.sex, nationalities = EXCLUDED.nationalities, exploitation_types = EXCLUDED.exploitation_types,
         immediate_risk = EXCLUDED.immediate_risk`,
      [
        envelope.subject,
        r.month,
        r.referralChannel,
        r.referringAgencyType,
        r.ageBand,
        r.child,
        r.sex,
        r.nationalities,
        r.exploitationTypes,
        r.immediateRisk,
      ],
    );
  }

  @EventPattern(AnonymousNoticeCounted.type)
  async onNotice(@Payload() { envelope, payload: n, manager }: InboundEvent<AnonymousNoticeCountedV1>) {
    await manager.query(
      `INSERT INTO stat_notice (record_id, month, referral_channel, age_band, sex, nationalities, exploitation_types)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (record_id) DO NOTHING`,
      [envelope.id, n.month, n.referralChannel, n.ageBand, n.sex, n.nationalities, n.exploitationTypes],
    );
  }

  @EventPattern(CaseStageReached.type)
  async onCaseStage(@Payload() { envelope, payload: s, manager }: InboundEvent<CaseStageReachedV1>) {
    await manager.query(
      `INSERT INTO stat_case_stage (record_id, subject, stage, month, outcome, service_type, days_since_referral)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (record_id) DO NOTHING`,
      [
        envelope.id,
        envelope.subject,
        s.stage,
        s.month,
        s.outcome ?? null,
        s.serviceType ?? null,
        s.daysSinceReferral ?? null,
      ],
    );
  }

  @EventPattern(ProsecutionStageReached.type)
  async onProsecution(@Payload() { envelope, payload: p, manager }: InboundEvent<ProsecutionStageReachedV1>) {
    await manager.query(
      `INSERT INTO stat_prosecution (record_id, subject, stage, month, article, verdict_outcome, linked_cases)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (record_id) DO NOTHING`,
      [
        envelope.id,
        envelope.subject,
        p.stage,
        p.month,
        p.article ?? null,
        p.verdictOutcome ?? null,
        p.linkedCases,
      ],
    );
  }
}

import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import type { AnonymousNoticeRecordedResponse, AnonymousNoticeRequest } from '@nrm/api-contracts';
import { AnonymousNoticeRecorded, ageBandOf } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG, permit } from '@nrm/service-kit';
import { DuplicateDetector } from '../../duplicates/duplicate-detector';
import type { IntakeConfig } from '../../intake.config';
import { JurisdictionSettingRepository } from '../../settings/jurisdiction-setting.repository';
import { noticeRefusal } from '../anonymous-notice-rules';
import { AnonymousNoticeRepository } from '../anonymous-notice.repository';
import { Routes } from '@nrm/api-contracts';

/**
 * An adult declined referral: keep only statistical facts and a pseudonymous link (keyed hashes of
 * documents, or of a name with the birth date) so a later consented referral joins the notice. The
 * identifiers themselves are not stored.
 */
@Injectable()
export class RecordAnonymousNotice {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly duplicates: DuplicateDetector,
    private readonly notices: AnonymousNoticeRepository,
    private readonly settings: JurisdictionSettingRepository,
    @Inject(SERVICE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  async execute(
    request: AnonymousNoticeRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<AnonymousNoticeRecordedResponse> {
    permit(actor, Routes.recordAnonymousNotice);
    const refusal = noticeRefusal(request, LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE));
    if (refusal) throw new ProblemException('validation', refusal.detail, [refusal.violation]);
    const link = request.link;
    const names = [link?.names?.arabic, link?.names?.latin].filter((n): n is string => !!n);
    const linkHashes = this.duplicates.noticeLinks({
      names,
      dateOfBirth: link?.dateOfBirth,
      documents: link?.documents ?? [],
    });
    const noticeId = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      const settings = await this.settings.defaultSettings(manager);
      const reportedToPolice = settings.reportAnonymousNoticesToPolice && !!settings.policeAgencyId;
      const ageBand = ageBandOf(request.estimatedAge);
      const encounterMonth = request.encounter.date.slice(0, 7);
      await this.notices.insert(
        manager,
        {
          notice_id: noticeId,
          recorded_by_agency: actor.agencyId,
          recorded_by_user: actor.userId,
          recorded_at: now,
          channel: request.channel,
          sex: request.sex,
          nationalities: request.nationalities,
          age_band: ageBand,
          exploitation_types: request.exploitationTypes,
          encounter_month: encounterMonth,
          region: request.encounter.region ?? null,
          reported_to_police: reportedToPolice,
        },
        linkHashes,
      );
      await this.outbox.append(manager, AnonymousNoticeRecorded, {
        subject: noticeId,
        time: now,
        data: {
          noticeId,
          recordedByAgencyId: actor.agencyId,
          channel: request.channel,
          sex: request.sex,
          nationalities: request.nationalities,
          ageBand,
          exploitationTypes: request.exploitationTypes,
          encounterMonth,
          ...(request.encounter.region ? { region: request.encounter.region } : {}),
          reportedToPolice,
          ...(reportedToPolice && settings.policeAgencyId
            ? { reportedToAgencyId: settings.policeAgencyId }
            : {}),
        },
      });
      return { noticeId, reportedToPolice };
    });
  }
}

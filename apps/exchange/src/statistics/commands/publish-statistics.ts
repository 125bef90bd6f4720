import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import type {
  StatisticsPublicationRequest,
  StatisticsPublicationResponse,
  StatisticsTableResponse,
} from '@nrm/api-contracts';
import { Routes } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { SERVICE_CONFIG, permit } from '@nrm/service-kit';
import { agreementRefusal } from '../../agreements/agreement-rules';
import type { ExchangeConfig } from '../../exchange.config';
import { callInternalApi } from '../../outgoing/internal-api';
import { MessageQueue } from '../../outgoing/message-queue';
import { PartnerRepository } from '../../partners/partner.repository';
import { PublishedStatisticsRepository } from '../published-statistics.repository';
import { publishedBody } from '../statistics-rules';

/**
 * Publishes one of this deployment's national tables, as the national statistics publish it (small
 * counts suppressed, k), to every active partner whose agreement covers regional statistics, signed
 * as every message is; and keeps it as this state's part of the regional view.
 */
@Injectable()
export class PublishStatistics {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partners: PartnerRepository,
    private readonly published: PublishedStatisticsRepository,
    private readonly queue: MessageQueue,
    @Inject(SERVICE_CONFIG) private readonly config: ExchangeConfig,
  ) {}

  async execute(
    request: StatisticsPublicationRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<StatisticsPublicationResponse> {
    permit(actor, Routes.publishStatistics);
    const query = new URLSearchParams({ by: request.by, year: String(request.year) });
    const table = await callInternalApi<StatisticsTableResponse>('analytics', this.config.ANALYTICS_URL, {
      method: 'GET',
      path: `/internal/statistics/${request.table}?${query.toString()}`,
      actor,
    });
    const body = publishedBody(table, request.by, request.year);
    const day = LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE).toString();
    const message = { type: 'regional_statistics', purpose: 'statistics' } as const;
    const sentTo = await this.dataSource.transaction(async (m) => {
      await this.published.save(m, this.config.EXCHANGE_COUNTRY, body, null);
      const to: string[] = [];
      for (const partner of await this.partners.all(m)) {
        const agreement = await this.partners.agreementWith(m, partner.country);
        if (partner.status !== 'active' || !agreement || agreementRefusal(agreement, message, day)) continue;
        await this.queue.enqueue(m, {
          ...message,
          partner: partner.country,
          caseId: null,
          agreement,
          body: { ...body },
          requestedBy: actor.userId,
          requestedAgency: actor.agencyId,
          requestedRole: null,
        });
        to.push(partner.country);
      }
      return to;
    });
    return { table: body.table, by: body.by, year: body.year, k: body.k, sentTo };
  }
}

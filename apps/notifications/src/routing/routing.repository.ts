import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Calendar, Language, NotificationKind } from '@nrm/contracts';
import { effectiveRule } from './routing-rules';
import type { RoutingDefault, RoutingRule, Subscription } from './routing-rules';

interface RuleRow {
  kind: NotificationKind;
  roles: RoutingDefault['roles'];
  channels: RoutingDefault['channels'];
  mandatory: boolean;
  sub_enabled: boolean | null;
  sub_roles: Subscription['roles'] | null;
  sub_channels: Subscription['channels'] | null;
}

const RULES = `
  SELECT d.kind, d.roles, d.channels, d.mandatory,
         s.enabled AS sub_enabled, s.roles AS sub_roles, s.channels AS sub_channels
    FROM routing_default d
    LEFT JOIN subscription s ON s.kind = d.kind AND s.agency_id = $1`;

function toRule(row: RuleRow): RoutingRule {
  const subscription =
    row.sub_enabled === null
      ? undefined
      : { enabled: row.sub_enabled, roles: row.sub_roles ?? [], channels: row.sub_channels ?? [] };
  return effectiveRule(
    { kind: row.kind, roles: row.roles, channels: row.channels, mandatory: row.mandatory },
    subscription,
  );
}

/** Who receives a notification: the agency's language and calendar, its endpoints, and the rule. */
export interface Recipient {
  language: Language;
  calendar: Calendar;
  hasWebhook: boolean;
  hasEmail: boolean;
  rule: RoutingRule;
}

/** Routing defaults and each agency's subscriptions, read as the rules that apply. */
@Injectable()
export class RoutingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The recipient agency and its rule for a kind, in one read; undefined for an unknown agency. */
  async recipient(
    manager: EntityManager,
    agencyId: string,
    kind: NotificationKind,
  ): Promise<Recipient | undefined> {
    const rows: (Partial<RuleRow> & {
      language: Language;
      calendar: Calendar;
      has_webhook: boolean;
      has_email: boolean;
    })[] = await manager.query(
      `SELECT a.language, a.calendar, (w.agency_id IS NOT NULL) AS has_webhook, (e.agency_id IS NOT NULL) AS has_email,
              d.kind, d.roles, d.channels, d.mandatory,
              s.enabled AS sub_enabled, s.roles AS sub_roles, s.channels AS sub_channels
         FROM agency a
         LEFT JOIN webhook_endpoint w ON w.agency_id = a.agency_id
         LEFT JOIN email_endpoint e ON e.agency_id = a.agency_id
         LEFT JOIN routing_default d ON d.kind = $2
         LEFT JOIN subscription s ON s.kind = d.kind AND s.agency_id = a.agency_id
        WHERE a.agency_id = $1`,
      [agencyId, kind],
    );
    const row = rows[0];
    if (!row) return undefined;
    if (!row.kind) throw new Error(`no routing default for ${kind}; run the notifications seed`);
    return {
      language: row.language,
      calendar: row.calendar,
      hasWebhook: row.has_webhook,
      hasEmail: row.has_email,
      rule: toRule(row as RuleRow),
    };
  }

  async rulesOf(agencyId: string): Promise<RoutingRule[]> {
    const rows: RuleRow[] = await this.dataSource.query(`${RULES} ORDER BY d.kind`, [agencyId]);
    return rows.map(toRule);
  }

  async defaultFor(kind: NotificationKind): Promise<RoutingDefault | undefined> {
    const rows: RoutingDefault[] = await this.dataSource.query(
      `SELECT kind, roles, channels, mandatory FROM routing_default WHERE kind = $1`,
      [kind],
    );
    return rows[0];
  }

  async subscribe(agencyId: string, kind: NotificationKind, s: Subscription, userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO subscription (agency_id, kind, enabled, roles, channels, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (agency_id, kind) DO UPDATE SET enabled = $3, roles = $4, channels = $5, updated_by = $6, updated_at = now()`,
      [agencyId, kind, s.enabled, [...new Set(s.roles)], [...new Set(s.channels)], userId],
    );
  }

  /** Back to the default; true when there was a subscription to remove. */
  async reset(agencyId: string, kind: NotificationKind): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      `DELETE FROM subscription WHERE agency_id = $1 AND kind = $2`,
      [agencyId, kind],
    )) as [unknown, number];
    return count > 0;
  }
}

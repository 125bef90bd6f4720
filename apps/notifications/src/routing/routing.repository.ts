import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import type { Calendar, Language, NotificationKind } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import { effectiveRule } from './routing-rules';
import type { RoutingDefault, RoutingRule, Subscription } from './routing-rules';

/** A routing default beside the agency's subscription to its kind, if any. */
type RuleRow = Pick<Selectable<Tables['routing_default']>, 'kind' | 'roles' | 'channels' | 'mandatory'> & {
  sub_enabled: boolean | null;
  sub_roles: string[] | null;
  sub_channels: string[] | null;
};

function asDefault(row: Pick<RuleRow, 'kind' | 'roles' | 'channels' | 'mandatory'>): RoutingDefault {
  return {
    kind: row.kind as NotificationKind,
    roles: row.roles as RoutingDefault['roles'],
    channels: row.channels as RoutingDefault['channels'],
    mandatory: row.mandatory,
  };
}

function toRule(row: RuleRow): RoutingRule {
  const subscription =
    row.sub_enabled === null
      ? undefined
      : {
          enabled: row.sub_enabled,
          roles: (row.sub_roles ?? []) as Subscription['roles'],
          channels: (row.sub_channels ?? []) as Subscription['channels'],
        };
  return effectiveRule(asDefault(row), subscription);
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
  /** The recipient agency and its rule for a kind, in one read; undefined for an unknown agency. */
  async recipient(
    manager: EntityManager,
    agencyId: string,
    kind: NotificationKind,
  ): Promise<Recipient | undefined> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('agency as a')
      .leftJoin('webhook_endpoint as w', 'w.agency_id', 'a.agency_id')
      .leftJoin('email_endpoint as e', 'e.agency_id', 'a.agency_id')
      .leftJoin('routing_default as d', (join) => join.on('d.kind', '=', kind))
      .leftJoin('subscription as s', (join) =>
        join.onRef('s.kind', '=', 'd.kind').onRef('s.agency_id', '=', 'a.agency_id'),
      )
      .select(['a.language', 'a.calendar', 'd.kind', 'd.roles', 'd.channels', 'd.mandatory'])
      .select(['s.enabled as sub_enabled', 's.roles as sub_roles', 's.channels as sub_channels'])
      .select((eb) => [
        eb('w.agency_id', 'is not', null).$castTo<boolean>().as('has_webhook'),
        eb('e.agency_id', 'is not', null).$castTo<boolean>().as('has_email'),
      ])
      .where('a.agency_id', '=', agencyId)
      .executeTakeFirst();
    if (!row) return undefined;
    const { kind: defaultKind, roles, channels, mandatory } = row;
    if (!defaultKind || !roles || !channels || mandatory === null)
      throw new Error(`no routing default for ${kind}; run the notifications seed`);
    return {
      language: row.language as Language,
      calendar: row.calendar as Calendar,
      hasWebhook: row.has_webhook,
      hasEmail: row.has_email,
      rule: toRule({ ...row, kind: defaultKind, roles, channels, mandatory }),
    };
  }

  /** Every kind's rule for the agency, by kind. */
  async rulesOf(db: DataSource | EntityManager, agencyId: string): Promise<RoutingRule[]> {
    const rows = await sqlOf<Tables>(db)
      .selectFrom('routing_default as d')
      .leftJoin('subscription as s', (join) =>
        join.onRef('s.kind', '=', 'd.kind').on('s.agency_id', '=', agencyId),
      )
      .select(['d.kind', 'd.roles', 'd.channels', 'd.mandatory'])
      .select(['s.enabled as sub_enabled', 's.roles as sub_roles', 's.channels as sub_channels'])
      .orderBy('d.kind')
      .execute();
    return rows.map(toRule);
  }

  async defaultFor(
    db: DataSource | EntityManager,
    kind: NotificationKind,
  ): Promise<RoutingDefault | undefined> {
    const row = await sqlOf<Tables>(db)
      .selectFrom('routing_default')
      .select(['kind', 'roles', 'channels', 'mandatory'])
      .where('kind', '=', kind)
      .executeTakeFirst();
    return row && asDefault(row);
  }

  async subscribe(
    db: DataSource | EntityManager,
    agencyId: string,
    kind: NotificationKind,
    s: Subscription,
    userId: string,
  ): Promise<void> {
    const choice = { enabled: s.enabled, roles: [...new Set(s.roles)], channels: [...new Set(s.channels)] };
    await sqlOf<Tables>(db)
      .insertInto('subscription')
      .values({ agency_id: agencyId, kind, ...choice, updated_by: userId })
      .onConflict((oc) =>
        oc
          .columns(['agency_id', 'kind'])
          .doUpdateSet({ ...choice, updated_by: userId, updated_at: sql`now()` }),
      )
      .execute();
  }

  /** Back to the default; true when there was a subscription to remove. */
  async reset(db: DataSource | EntityManager, agencyId: string, kind: NotificationKind): Promise<boolean> {
    const { numDeletedRows } = await sqlOf<Tables>(db)
      .deleteFrom('subscription')
      .where('agency_id', '=', agencyId)
      .where('kind', '=', kind)
      .executeTakeFirstOrThrow();
    return numDeletedRows > 0n;
  }
}

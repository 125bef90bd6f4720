import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotificationChannels, NotificationKinds, Roles } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { SeedContext } from '@nrm/service-kit';
import type { DB as Tables } from '../database/tables.generated';
import type { RoutingDefault } from './routing-rules';

/** Checks one seeded default against the vocabularies; throws naming what is wrong. */
export function checkRoutingDefault(d: Partial<RoutingDefault>): RoutingDefault {
  const where = `routing default ${JSON.stringify(d.kind)}`;
  if (!(NotificationKinds as readonly unknown[]).includes(d.kind)) throw new Error(`${where}: unknown kind`);
  for (const role of d.roles ?? []) {
    if (!(Roles as readonly string[]).includes(role)) throw new Error(`${where}: unknown role ${role}`);
  }
  for (const channel of d.channels ?? []) {
    if (channel === ('inbox' as string) || !(NotificationChannels as readonly string[]).includes(channel)) {
      throw new Error(`${where}: channels are webhook or email (the inbox is always on)`);
    }
  }
  return { kind: d.kind!, roles: d.roles ?? [], channels: d.channels ?? [], mandatory: d.mandatory ?? false };
}

/** Loads `seeds/notification-routing.json`; every kind must have a default. Running it again updates it. */
export async function seedRouting({ dataSource, seedsDir }: SeedContext): Promise<string> {
  const file = JSON.parse(readFileSync(join(seedsDir, 'notification-routing.json'), 'utf8')) as {
    defaults: Partial<RoutingDefault>[];
  };
  const defaults = file.defaults.map(checkRoutingDefault);
  const missing = NotificationKinds.filter((k) => !defaults.some((d) => d.kind === k));
  if (missing.length > 0)
    throw new Error(`notification-routing.json has no default for ${missing.join(', ')}`);
  await dataSource.transaction(async (m) => {
    for (const d of defaults) {
      const rule = { roles: d.roles, channels: d.channels, mandatory: d.mandatory };
      await sqlOf<Tables>(m)
        .insertInto('routing_default')
        .values({ kind: d.kind, ...rule })
        .onConflict((oc) => oc.column('kind').doUpdateSet(rule))
        .execute();
    }
  });
  return `${defaults.length} routing defaults`;
}

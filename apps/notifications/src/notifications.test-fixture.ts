import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role } from '@nrm/contracts';
import { createLogger } from '@nrm/observability';
import type { Actor } from '@nrm/security';
import { seedsDirectory } from '@nrm/service-kit';
import { seedAgencies } from './agencies/seed-agencies';
import { NotificationsConfig } from './notifications.config';
import { seedRouting } from './routing/seed-routing';

/** The handlers' logger in integration specs: silent unless TEST_LOG_LEVEL says otherwise. */
export const testLogger = createLogger('notifications-test', process.env['TEST_LOG_LEVEL'] ?? 'silent');

/** The service's settings with their defaults (e-mail off), and what a test overrides. */
export function testConfig(overrides: Partial<NotificationsConfig> = {}): NotificationsConfig {
  return Object.assign(new NotificationsConfig(), overrides);
}

/** Seeds the agency directory and the routing defaults into a test schema, as `main.js seed` does. */
export async function seedForTest(dataSource: DataSource): Promise<void> {
  const context = { dataSource, seedsDir: seedsDirectory(), logger: testLogger };
  await seedAgencies(context);
  await seedRouting(context);
}

/** A fresh agency of the test's own in the directory; returns its id. */
export async function testAgency(
  dataSource: DataSource,
  { language = 'en', webhook = false }: { language?: 'ar' | 'en'; webhook?: boolean } = {},
): Promise<string> {
  const id = `test-${randomUUID().slice(0, 8)}`;
  await dataSource.query(
    `INSERT INTO agency (agency_id, agency_type, name_en, name_ar, language) VALUES ($1, 'ngo', $1, $1, $2)`,
    [id, language],
  );
  if (webhook)
    await dataSource.query(
      `INSERT INTO webhook_endpoint (agency_id, url, secret) VALUES ($1, 'http://127.0.0.1:9/hook', 's')`,
      [id],
    );
  return id;
}

/** Queues one webhook delivery to the agency, as a recorded notification does; returns its notification id. */
export async function queueWebhookDelivery(
  dataSource: DataSource,
  agencyId: string,
  urgent = true,
): Promise<string> {
  const id = randomUUID();
  await dataSource.query(
    `INSERT INTO notification (notification_id, event_id, event_type, kind, case_id, case_reference,
       recipient_agency_id, audience_roles, language, title, body, urgent)
     VALUES ($1, $2, 'test', 'urgent_risk', $3, 'KW-2026-TEST01', $4, '{supervisor}', 'en', 'title', 'body', $5)`,
    [id, randomUUID(), randomUUID(), agencyId, urgent],
  );
  await dataSource.query(
    `INSERT INTO delivery (notification_id, channel, agency_id, urgent) VALUES ($1, 'webhook', $2, $3)`,
    [id, agencyId, urgent],
  );
  return id;
}

/** A user of the agency in the role. */
export function actorOf(agencyId: string, role: Role): Actor {
  return { userId: `user-${randomUUID().slice(0, 8)}`, agencyId, role };
}

import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Role } from '@nrm/contracts';
import { createLogger } from '@nrm/observability';
import type { Actor } from '@nrm/security';
import type { ServiceSchema } from '@nrm/service-testing';
import { ExchangeConfig } from './exchange.config';
import { IncomingRepository } from './incoming/incoming.repository';
import { MessageQueue } from './outgoing/message-queue';
import { MessageSender } from './outgoing/message-sender';
import { OutgoingRepository } from './outgoing/outgoing.repository';
import { PartnerRepository } from './partners/partner.repository';
import { PublishedStatisticsRepository } from './statistics/published-statistics.repository';
import { parseOwnKeyring, publicKeySet } from './wire/exchange-keys';
import { OwnKeys } from './wire/own-keys';
import { PartnerKeySets } from './wire/partner-key-sets';

export const testLogger = createLogger('exchange-test', process.env['TEST_LOG_LEVEL'] ?? 'silent');

/** A new P-256 key as the exchange's key settings write it. */
export const ecKey = (label: string) =>
  `${label}:${generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'der' })
    .toString('base64')}`;

export function testConfig(overrides: Partial<ExchangeConfig> = {}): ExchangeConfig {
  return Object.assign(new ExchangeConfig(), {
    EXCHANGE_COUNTRY: 'bh',
    EXCHANGE_SIGNING_KEYS: ecKey('sig1'),
    EXCHANGE_ENCRYPTION_KEYS: ecKey('enc1'),
    EXCHANGE_KEY_SET_COOLDOWN_MS: 0,
    ...overrides,
  });
}

export const actorOf = (role: Role, agencyId = 'bh-nrm-office'): Actor => ({
  userId: `${agencyId}.${role}`,
  agencyId,
  role,
});

/** A partner deployment of the test's own: its keys, and its key set served over HTTP as a partner's is. */
export async function partnerDeployment(country: string): Promise<{
  signing: ReturnType<typeof parseOwnKeyring>;
  encryption: ReturnType<typeof parseOwnKeyring>;
  keySetUrl: string;
  close: () => Promise<void>;
}> {
  const signing = parseOwnKeyring(ecKey('sig1'), `${country}-sig`);
  const encryption = parseOwnKeyring(ecKey('enc1'), `${country}-enc`);
  const set = JSON.stringify(await publicKeySet(signing, encryption));
  const server: Server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(set),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const keySetUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/exchange/v1/keys`;
  return {
    signing,
    encryption,
    keySetUrl,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The exchange's repositories and collaborators over a test schema, as the service builds them. */
export function exchangeParts(db: ServiceSchema, config: ExchangeConfig) {
  const partners = new PartnerRepository();
  const outgoing = new OutgoingRepository();
  const incoming = new IncomingRepository();
  const statistics = new PublishedStatisticsRepository();
  const ownKeys = new OwnKeys(config);
  const keySets = new PartnerKeySets(config);
  // Built, not started: its wake-up after a message is queued changes nothing here.
  const sender = new MessageSender(
    db.dataSource,
    outgoing,
    partners,
    db.keyring,
    ownKeys,
    keySets,
    db.outbox,
    config,
    testLogger,
  );
  const queue = new MessageQueue(db.keyring, outgoing, sender, config);
  return { partners, outgoing, incoming, statistics, ownKeys, keySets, sender, queue };
}

// The exchange's wire format: messages signed (ES256) and encrypted (ECDH-ES+A256KW, A256GCM) per
// second by the exchange's own code, against raw `jose` doing only the signing and encrypting, in the
// same run, one after another and then `--concurrency` at a time.
//
//   npm run bench:exchange -- [--ops 3000] [--concurrency 8]
//
// Measured:
// - raw send: CompactSign + CompactEncrypt of a transfer referral's envelope (what `jose` costs);
// - exchange send: what the sender does per attempt: the content digest, `sealMessage` (sign with our
//   current key, encrypt to the partner's key);
// - raw receive: compactDecrypt + compactVerify with the keys at hand;
// - exchange receive: what the listener does per message before its database work: `openMessage`
//   (the key by `kid`, decryption, the sender's key from its key set, verification), the digest and the
//   signed receipt.
// - with `--listener`, the whole receiving path in a running platform (single process): messages
//   POSTed to the exchange's partner listener, each decrypted, verified, checked against the registry
//   and agreement, kept once in the inbox with its event in the outbox and answered with a signed
//   receipt, against raw jose sealing and opening the same messages in the same run.
// Results are printed and written to bench/results/.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createServer } from 'node:http';
import {
  CompactEncrypt,
  CompactSign,
  compactDecrypt,
  compactVerify,
  createLocalJWKSet,
  importJWK,
} from 'jose';
import { build } from '../tools/build.mjs';
import {
  ROOT,
  benchInfrastructure,
  cleanUp,
  launchBenchPlatform,
  machine,
  measureOps,
  parseArgs,
  writeResult,
} from './support.mjs';

const require = createRequire(import.meta.url);
const args = parseArgs();
const OPS = Number(args.ops ?? 3000);
const CONCURRENCY = Number(args.concurrency ?? 8);

const measure = (label, parallel, op) => measureOps(label, parallel, OPS, op, { unit: 'msg', width: 20 });

await build({ quiet: true });
const wire = require(path.join(ROOT, 'dist/apps/exchange/src/wire/wire-format'));
const keys = require(path.join(ROOT, 'dist/apps/exchange/src/wire/exchange-keys'));

const keyValue = (label) =>
  `${label}:${generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'der' })
    .toString('base64')}`;
const kwSigning = keys.parseOwnKeyring(keyValue('sig1'), 'kw-sig');
const kwEncryption = keys.parseOwnKeyring(keyValue('enc1'), 'kw-enc');
const bhSigning = keys.parseOwnKeyring(keyValue('sig1'), 'bh-sig');
const bhEncryption = keys.parseOwnKeyring(keyValue('enc1'), 'bh-enc');
const kwKeySet = createLocalJWKSet(await keys.publicKeySet(kwSigning, kwEncryption));
const bhEnc = { kid: bhEncryption.current.kid, key: bhEncryption.current.publicKey };

const envelope = () => ({
  id: randomUUID(),
  from: 'kw',
  to: 'bh',
  type: 'transfer_referral',
  purpose: 'assistance',
  agreement: 'KW-BH-TIP-MOU-2025',
  caseRef: randomUUID(),
  iat: Math.floor(Date.now() / 1000),
  body: {
    person: {
      names: { latin: 'Maria Testperson', arabic: 'ماريا' },
      sex: 'female',
      nationalities: ['PH'],
      estimatedAge: 27,
    },
    handledAsChild: false,
    exploitationTypes: ['domestic_servitude'],
    immediateRisks: [],
  },
});
const encoder = new TextEncoder();
const rawSeal = async (e) => {
  const jws = await new CompactSign(encoder.encode(JSON.stringify(e)))
    .setProtectedHeader({ alg: 'ES256', kid: kwSigning.current.kid })
    .sign(kwSigning.current.privateKey);
  return new CompactEncrypt(encoder.encode(jws))
    .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: bhEnc.kid })
    .encrypt(bhEnc.key);
};
const samples = await Promise.all(
  Array.from({ length: 64 }, async () => (await wire.sealMessage(envelope(), kwSigning.current, bhEnc)).jwe),
);

const runs = [];
for (const parallel of [1, CONCURRENCY]) {
  runs.push(await measure('raw jose send', parallel, () => rawSeal(envelope())));
  runs.push(
    await measure('exchange send', parallel, async () => {
      const e = envelope();
      wire.contentDigest(e);
      return wire.sealMessage(e, kwSigning.current, bhEnc);
    }),
  );
  runs.push(
    await measure('raw jose receive', parallel, async (i) => {
      const { plaintext } = await compactDecrypt(
        samples[i % samples.length],
        bhEncryption.current.privateKey,
      );
      return compactVerify(new TextDecoder().decode(plaintext), kwSigning.current.publicKey);
    }),
  );
  runs.push(
    await measure('exchange receive', parallel, async (i) => {
      const opened = await wire.openMessage(samples[i % samples.length], bhEncryption, (c) =>
        c === 'kw' ? kwKeySet : undefined,
      );
      if (!opened.ok) throw new Error(opened.reason);
      const digest = wire.contentDigest(opened.envelope);
      return wire.signJson({ receiptFor: opened.envelope.id, digest }, bhSigning.current, wire.RECEIPT_TYPE);
    }),
  );
}
if ('listener' in args) runs.push(...(await throughTheListener()));
const ratio = (label, parallel) => {
  const of = (l) => runs.find((r) => r.label === l && r.parallel === parallel)?.opsPerSecond;
  return of(`raw jose ${label}`)
    ? Math.round((100 * of(`exchange ${label}`)) / of(`raw jose ${label}`))
    : undefined;
};
const ratios = Object.fromEntries(
  [1, CONCURRENCY].flatMap((p) =>
    ['send', 'receive', 'round trip']
      .map((l) => [`${l} x${p}`, ratio(l, p)])
      .filter(([, r]) => r !== undefined)
      .map(([l, r]) => [l, `${r}% of raw`]),
  ),
);
console.log(ratios);
const report = { at: new Date().toISOString(), machine: machine(), ops: OPS, runs, ratios };
const file = writeResult('exchange', report);
console.log(`written to ${path.relative(ROOT, file)}`);
await cleanUp();
process.exit(0);

/** A platform's exchange receiving from a partner of the bench's own, over HTTP. */
async function throughTheListener() {
  const infrastructure = await benchInfrastructure();
  const { platform } = await launchBenchPlatform('bench_exchange', infrastructure, args.profile, {
    exchange: { EXCHANGE_COUNTRY: 'bh' },
  });
  const { mintAccessToken } = require(path.join(ROOT, 'dist/libs/security/src'));
  const token = await mintAccessToken(
    platform.secrets.jwtPrivateKey,
    { userId: 'bench', agencyId: 'kw-nrm-competent-authority', role: 'administrator' },
    { issuer: platform.secrets.jwtIssuer, audience: platform.secrets.jwtAudience },
  );
  const set = JSON.stringify(await keys.publicKeySet(kwSigning, kwEncryption));
  const keyServer = createServer((_q, r) =>
    r.writeHead(200, { 'content-type': 'application/json' }).end(set),
  );
  await new Promise((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
  const admin = (method, url, body) =>
    fetch(`${platform.gatewayUrl}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => {
      if (!r.ok) throw new Error(`${url} answered ${r.status}`);
    });
  await admin('PUT', '/api/v1/exchange/partners/kw', {
    name: 'Bench partner',
    endpoint: 'http://127.0.0.1:9',
    keySetUrl: `http://127.0.0.1:${keyServer.address().port}/keys`,
    agencies: [{ agencyId: 'kw-bench', name: 'Bench' }],
  });
  await admin('PUT', '/api/v1/exchange/partners/kw/agreement', {
    reference: 'KW-BH-BENCH',
    messageTypes: ['status_follow_up'],
    purposes: ['assistance'],
    fields: ['decision'],
    legalBasis: 'bench',
    validFrom: '2025-01-01',
  });
  const listener = `http://127.0.0.1:${5000 + 7 + 50}`;
  const jwks = await (await fetch(`${listener}/exchange/v1/keys`)).json();
  const enc = jwks.keys.find((k) => k.use === 'enc');
  const platformKey = { kid: enc.kid, key: await importJWK(enc, 'ECDH-ES+A256KW') };
  const followUp = () => ({
    ...envelope(),
    to: 'bh',
    type: 'status_follow_up',
    agreement: 'KW-BH-BENCH',
    caseRef: undefined,
    body: { decision: 'preliminary_positive' },
  });
  const results = [];
  for (const parallel of [1, CONCURRENCY]) {
    results.push(
      await measure('raw jose round trip', parallel, async () => {
        const jwe = await rawSeal(followUp());
        const { plaintext } = await compactDecrypt(jwe, bhEncryption.current.privateKey);
        return compactVerify(new TextDecoder().decode(plaintext), kwSigning.current.publicKey);
      }),
    );
    results.push(
      await measure('exchange round trip', parallel, async () => {
        const { jwe } = await wire.sealMessage(followUp(), kwSigning.current, platformKey);
        const answer = await fetch(`${listener}/exchange/v1/messages`, { method: 'POST', body: jwe });
        if (answer.status !== 200) throw new Error(`the listener answered ${answer.status}`);
        await answer.json();
      }),
    );
  }
  keyServer.close();
  return results;
}

// Duplicate detection: what matching one new referral against those already recorded costs, with
// a raw baseline measured in the same run.
//
//   npm run bench:duplicates -- [--existing 100000] [--new 500]
//
// Fills an intake schema of its own with `--existing` referrals of generated people (common names
// of the communities most referred, in Latin script, birth dates, nationalities and
// passports) and their keyed fingerprints, then matches `--new` referrals one after another with the
// service's own DuplicateDetector.examine (fingerprints written, candidates found, scored, links
// recorded), each in a transaction rolled back afterwards. A fifth of the new people are spelling
// variants of someone recorded. The raw baseline is one indexed lookup of one fingerprint hash: the
// least a match can cost. Results are printed and written to bench/results/.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from '../tools/build.mjs';
import { populationOf } from '../tools/duplicates/population.mjs';
import { mulberry32 } from '../tools/duplicates/seeded-random.mjs';
import { resolveDatabase } from '../tools/platform/infrastructure.mjs';
import { ROOT, machine, parseArgs, percentiles, writeResult } from './support.mjs';

const require = createRequire(import.meta.url);
const args = parseArgs();
const EXISTING = Number(args.existing ?? 100_000);
const NEW = Number(args.new ?? 500);

// A deterministic generator, so runs compare.
const random = mulberry32(20261204);
const { person, pick } = populationOf(random);

/** A spelling variant of someone recorded: vowels changed, the passport left out. */
function variant(p) {
  return {
    ...p,
    names: {
      latin: p.names.latin
        .replace(/o/g, 'u')
        .replace(/ee/g, 'i')
        .replace(/a(?=[^aeiou]{2})/, 'e'),
    },
    documents: [],
  };
}

await build({ quiet: true });
const database = await resolveDatabase({ log: () => {} });
const { createServiceDataSource, migrateServiceDatabase } = require(
  path.join(ROOT, 'dist/libs/persistence/src'),
);
const { serviceMigrations } = require(path.join(ROOT, 'dist/libs/service-kit/src'));
const { service } = require(path.join(ROOT, 'dist/apps/intake/src/service.js'));
const { DuplicateDetector } = require(
  path.join(ROOT, 'dist/apps/intake/src/duplicates/duplicate-detector.js'),
);
const { MatchRule } = require(path.join(ROOT, 'dist/apps/intake/src/duplicates/match-rule.js'));
const { PersonFingerprintRepository } = require(
  path.join(ROOT, 'dist/apps/intake/src/duplicates/person-fingerprint.repository.js'),
);
const { DuplicateLinkRepository } = require(
  path.join(ROOT, 'dist/apps/intake/src/duplicates/duplicate-link.repository.js'),
);
const { fingerprints } = require(path.join(ROOT, 'dist/apps/intake/src/duplicates/fingerprints.js'));
const { identifiersOf } = require(path.join(ROOT, 'dist/apps/intake/src/referrals/referral-content.js'));

const options = {
  url: database.url,
  schema: `bench_dup_${Date.now().toString(36)}`,
  applicationName: 'bench-duplicates',
  migrations: serviceMigrations(service),
  poolSize: 2,
};
await migrateServiceDatabase(options);
const dataSource = createServiceDataSource(options);
await dataSource.initialize();
const key = randomBytes(32);
const hash = (value) => createHmac('sha256', key).update(value).digest('hex');
const rule = MatchRule.load(path.join(ROOT, 'seeds'), hash);
let linked = 0;
let found = 0;
let lookingFor;
const outbox = {
  append: async (_manager, _event, { data }) => {
    linked += 1;
    if (data.otherCaseId === lookingFor) found += 1;
  },
};
const detector = new DuplicateDetector(
  { hash },
  outbox,
  rule,
  new PersonFingerprintRepository(),
  new DuplicateLinkRepository(),
);

const REFERRAL_COLUMNS = `(case_id, case_reference, status, referring_agency_id, referring_user_id, channel, referred_at,
  encountered_on, handled_as_child, sex, nationalities, exploitation_types, immediate_risks, interpreter_needed,
  consent_to_referral, consent_language, person_sealed, encounter_place_sealed)`;
const insertReferrals = (manager, rows) =>
  manager.query(
    `INSERT INTO referral ${REFERRAL_COLUMNS}
     SELECT r.case_id, r.reference, 'received', 'bench', 'bench', 'police', now(), current_date, false, r.sex,
            string_to_array(r.nationality, ','), '{}', '{}', false, true, 'en', 'sealed', 'sealed'
       FROM json_to_recordset($1::json) AS r (case_id uuid, reference text, sex text, nationality text)`,
    [JSON.stringify(rows)],
  );

const recorded = [];
const started = performance.now();
try {
  for (let from = 0; from < EXISTING; from += 2000) {
    const batch = Array.from({ length: Math.min(2000, EXISTING - from) }, (_, i) => ({
      caseId: randomUUID(),
      reference: `B-${from + i}`,
      person: person(),
    }));
    await insertReferrals(
      dataSource,
      batch.map((b) => ({
        case_id: b.caseId,
        reference: b.reference,
        sex: b.person.sex,
        nationality: b.person.nationalities.join(','),
      })),
    );
    const prints = batch.flatMap((b) =>
      fingerprints(identifiersOf(b.person), hash).map((f) => ({ ...f, caseId: b.caseId })),
    );
    await dataSource.query(
      `INSERT INTO person_fingerprint (case_id, kind, hash, token)
       SELECT unnest($1::uuid[]), unnest($2::text[]), unnest($3::text[]), unnest($4::text[]) ON CONFLICT DO NOTHING`,
      [
        prints.map((p) => p.caseId),
        prints.map((p) => p.kind),
        prints.map((p) => p.hash),
        prints.map((p) => p.token ?? ''),
      ],
    );
    recorded.push(...batch.filter(() => random() < 0.01));
  }
  await dataSource.query('ANALYZE');
  const fillSeconds = Math.round((performance.now() - started) / 1000);
  const fingerprintRows = Number(
    (await dataSource.query('SELECT count(*) AS n FROM person_fingerprint'))[0].n,
  );
  console.log(`${EXISTING} referrals recorded (${fingerprintRows} fingerprints) in ${fillSeconds} s`);

  const rawHashes = (
    await dataSource.query(`SELECT hash FROM person_fingerprint WHERE kind = 'name' LIMIT 1000`)
  ).map((r) => r.hash);
  const raw = [];
  for (let i = 0; i < NEW; i += 1) {
    const t = performance.now();
    await dataSource.query(`SELECT case_id FROM person_fingerprint WHERE hash = $1 LIMIT 1`, [
      rawHashes[i % rawHashes.length],
    ]);
    raw.push(performance.now() - t);
  }

  const matching = [];
  for (let i = 0; i < NEW; i += 1) {
    const original = i % 5 === 0 && recorded.length > 0 ? pick(recorded) : undefined;
    lookingFor = original?.caseId;
    const newPerson = original ? variant(original.person) : person();
    const caseId = randomUUID();
    const queryRunner = dataSource.createQueryRunner();
    await queryRunner.startTransaction();
    try {
      await insertReferrals(queryRunner.manager, [
        {
          case_id: caseId,
          reference: `N-${i}`,
          sex: newPerson.sex,
          nationality: newPerson.nationalities.join(','),
        },
      ]);
      const t = performance.now();
      await detector.examine(queryRunner.manager, caseId, newPerson, { newCase: true });
      matching.push(performance.now() - t);
    } finally {
      await queryRunner.rollbackTransaction();
      await queryRunner.release();
    }
  }
  const report = {
    at: new Date().toISOString(),
    machine: machine(),
    existing: EXISTING,
    fingerprints: fingerprintRows,
    newReferrals: NEW,
    ruleVersion: rule.weights.version,
    rawLookupMs: percentiles(raw),
    matchMs: percentiles(matching),
    linksSuspected: linked,
    variants: Math.ceil(NEW / 5),
    variantsFound: found,
  };
  console.log(
    `raw: one fingerprint lookup          p50 ${report.rawLookupMs.p50} ms  p99 ${report.rawLookupMs.p99} ms`,
  );
  console.log(
    `match one new referral (examine)     p50 ${report.matchMs.p50} ms  p99 ${report.matchMs.p99} ms`,
  );
  console.log(
    `${linked} links suspected for ${NEW} new referrals; ${found} of the ${report.variants} spelling variants linked to the person they vary`,
  );
  const file = writeResult('duplicates', report);
  console.log(`written to ${path.relative(ROOT, file)}`);
} finally {
  await dataSource.query(`DROP SCHEMA "${options.schema}" CASCADE`);
  await dataSource.destroy();
}

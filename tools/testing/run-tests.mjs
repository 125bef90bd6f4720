// `npm test`: the lint and type checks, jest's three tiers (a platform per end-to-end file) and the
// browser suite (one platform for all) side by side, on one build, one database and one broker started
// first. Each suite keeps its own ports, topics and schemas. jest's output streams; the checks' and the
// browser suite's are printed when they end. Exits non-zero if any fails.
import { spawn } from 'node:child_process';
import { build } from '../build.mjs';
import { resolveDatabase, resolveTestKafka } from '../platform/infrastructure.mjs';

const log = (line) => process.stdout.write(`[npm test] ${line}\n`);

// The build (services and console), the database and the broker at once. The broker is started here
// and found by both suites' global setups (a broker of this checkout, with its principals).
const [, , kafka] = await Promise.all([
  build({ quiet: true }),
  resolveDatabase({ database: 'nrm_test', log }),
  resolveTestKafka({ log }),
]);
const env = { ...process.env, NRM_TEST_BUILT: '1' };

function run(label, command, { buffered }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], {
      env,
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const output = [];
    if (buffered) {
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
    }
    child.on('exit', (code, signal) =>
      resolve({
        label,
        code: code ?? (signal ? 1 : 0),
        seconds: Math.round((Date.now() - started) / 1000),
        output: Buffer.concat(output).toString(),
      }),
    );
  });
}

const results = await Promise.all([
  // jest is the longest; the checks (no timeouts) yield to it most, the browser suite a little.
  run(
    'lint and type checks',
    'nice -n 10 sh -c "npm run --silent lint && npm run --silent lint:openapi && npm run --silent typecheck"',
    { buffered: true },
  ),
  run('jest', 'jest', { buffered: false }),
  run('browser suite', 'nice -n 2 playwright test -c e2e/browser/playwright.config.ts', { buffered: true }),
]);
await kafka.stop();
for (const result of results.filter((r) => r.output)) {
  process.stdout.write(`\n--- ${result.label} ---\n${result.output}`);
}
console.log('');
for (const result of results) {
  console.log(`${result.label}: ${result.code === 0 ? 'passed' : 'FAILED'} in ${result.seconds} s`);
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);

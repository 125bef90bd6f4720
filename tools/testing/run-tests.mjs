// `npm test`'s test suites (after lint and type checks): jest's three tiers and the browser suite side
// by side. Both spend most of their time waiting on the platforms they start, so together they take
// little longer than jest alone. Builds dist/ and the console once first; each suite starts its own
// platform (jest one per file, the browser suite one for all), on its own ports, topics and schemas.
// jest's output streams; the browser suite's is printed when it ends. Exits non-zero if either fails.
import { spawn } from 'node:child_process';
import { build } from '../build.mjs';

await build({ quiet: true });
const env = { ...process.env, NRM_TEST_BUILT: '1' };

function run(command, args, { buffered }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output = [];
    if (buffered) {
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
    }
    child.on('exit', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(output) }),
    );
  });
}

const started = Date.now();
const [jest, browser] = await Promise.all([
  run('jest', [], { buffered: false }),
  run('playwright', ['test', '-c', 'e2e/browser/playwright.config.ts'], { buffered: true }),
]);
process.stdout.write(`\n--- browser suite (npm run test:browser) ---\n${browser.output.toString()}`);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  `\njest: ${jest.code === 0 ? 'passed' : 'FAILED'}; browser suite: ${browser.code === 0 ? 'passed' : 'FAILED'} (${seconds} s)`,
);
process.exit(jest.code || browser.code);

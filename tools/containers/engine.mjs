// What the container scripts share: running docker, finding out whether an engine answers, choosing the
// compose command, and the platform's images.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The services, each an image nrm/<service>; nrm/platform holds them all (init, one-off commands). */
export const SERVICES = require('../platform/service-registry.cjs').ServiceNames;

export const ENGINE_HELP =
  'No Docker engine answers (`docker version` could not reach the server within the timeout). Start one ' +
  'and run this again: Docker Desktop, or `sudo systemctl start docker` where systemd runs it, or, as root ' +
  'on a machine without bridges or iptables (like this project’s), `dockerd --iptables=false --ip6tables=false ' +
  '--ip-forward=false --bridge=none --storage-driver=vfs &` (containers then need host networking, which the ' +
  'scripts use); set DOCKER_HOST when the engine listens elsewhere. `npm start` runs the platform without Docker.';

/**
 * Runs a command; resolves { code, stdout, stderr } (code null when it was killed at the timeout).
 * `onOutput` receives the output as it comes.
 */
export function run(cmd, args, { timeoutMs, onOutput, env } = {}) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(cmd, args, { cwd: ROOT, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      resolve({ code: -1, stdout: '', stderr: String(error) });
      return;
    }
    let stdout = '';
    let stderr = '';
    const timer = timeoutMs ? setTimeout(() => child.kill('SIGKILL'), timeoutMs) : undefined;
    child.stdout.on('data', (d) => {
      stdout += d;
      onOutput?.(d);
    });
    child.stderr.on('data', (d) => {
      stderr += d;
      onOutput?.(d);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: `${stderr}${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The engine's version, or undefined when no engine answers within the timeout. */
export async function engineVersion(timeoutMs = 10_000) {
  const { code, stdout } = await run('docker', ['version', '--format', '{{.Server.Version}}'], { timeoutMs });
  return code === 0 && stdout.trim() ? stdout.trim() : undefined;
}

/** Exits with ENGINE_HELP when no engine answers. */
export async function requireEngine() {
  const version = await engineVersion();
  if (!version) {
    console.error(ENGINE_HELP);
    process.exit(1);
  }
  return version;
}

/** `docker compose` (v2) when the plugin is there, else `docker-compose`; undefined with neither. */
export async function composeCommand() {
  const v2 = await run('docker', ['compose', 'version', '--short'], { timeoutMs: 10_000 });
  if (v2.code === 0) return { cmd: 'docker', args: ['compose'], version: `v2 ${v2.stdout.trim()}` };
  const v1 = await run('docker-compose', ['version', '--short'], { timeoutMs: 10_000 });
  if (v1.code === 0) return { cmd: 'docker-compose', args: [], version: v1.stdout.trim() };
  return undefined;
}

export async function imageExists(name) {
  return (await run('docker', ['image', 'inspect', '--format', '{{.Id}}', name])).code === 0;
}

/** The image's size in bytes, as `docker image ls` counts it. */
export async function imageSize(name) {
  const { code, stdout } = await run('docker', ['image', 'inspect', '--format', '{{.Size}}', name]);
  return code === 0 ? Number(stdout.trim()) : undefined;
}

export const megabytes = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

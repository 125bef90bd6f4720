import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A PostgreSQL server of a test's own (initdb + pg_ctl from the machine's PostgreSQL), so the test
 * can crash and restart it without touching the server other tests use. As root, the server runs as
 * the `postgres` user (PostgreSQL refuses to run as root).
 */
export class PostgresInstance {
  readonly dataDir: string;
  private readonly bin: string;
  private readonly runAs: string[];

  /** `settings`: further server settings (`-c name=value`), e.g. to preload pg_stat_statements. */
  constructor(
    readonly port: number,
    private readonly settings: Record<string, string> = {},
  ) {
    this.bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    this.runAs = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `nrm-pg-${port}-`));
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** Creates the cluster (trust authentication on loopback) and starts it. */
  start(): void {
    if (this.runAs.length) execFileSync('chown', ['postgres', this.dataDir]);
    this.run('initdb', ['-D', this.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    this.startServer();
  }

  /** Like a crash: stops at once, without a checkpoint, so the next start recovers from the WAL. */
  crash(): void {
    this.run('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']);
  }

  /** Starts the server again on the same data. */
  restart(): void {
    this.startServer();
  }

  stop(): void {
    const [command, ...args] = this.command('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
    spawnSync(command as string, args, { stdio: 'ignore' });
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  private startServer(): void {
    const extra = Object.entries(this.settings).map(([name, value]) => ` -c ${name}=${value}`);
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dataDir} -c fsync=off -c max_connections=200${extra.join('')}`;
    this.run('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      path.join(this.dataDir, 'server.log'),
      '-o',
      options,
      '-w',
      'start',
    ]);
  }

  private command(tool: string, args: string[]): string[] {
    return [...this.runAs, path.join(this.bin, tool), ...args];
  }

  private run(tool: string, args: string[]): void {
    const [command, ...rest] = this.command(tool, args);
    const result = spawnSync(command as string, rest, { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventually } from '@nrm/testing';
import { describeStates, supervise } from '@nrm/platform-launcher';
import type { SupervisedProcess as Supervised } from '@nrm/platform-launcher';

// The supervisor `npm start` uses (tools/platform/supervisor.cjs), with real processes.
const dir = mkdtempSync(path.join(tmpdir(), 'nrm-supervisor-'));
const run = (script: string, logFile: string) => {
  const log = openSync(logFile, 'a');
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', log, log] });
};
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

describe('the npm start supervisor', () => {
  it('reports a process that exits with the end of its log and starts it again', async () => {
    const logFile = path.join(dir, 'intake.log');
    writeFileSync(logFile, '');
    const lines: string[] = [];
    const crashing = run(
      `console.log('fatal: the pool is gone'); setTimeout(() => process.exit(3), 200)`,
      logFile,
    );
    children.push(crashing);
    const p: Supervised = {
      name: 'intake',
      child: crashing,
      logFile,
      restart: async () => {
        const again = run('setInterval(() => {}, 1000)', logFile);
        children.push(again);
        return again;
      },
    };
    supervise([p], { log: (l: string) => lines.push(l), isStopping: () => false, firstBackoffMs: 50 });
    expect(describeStates([p])).toBe('intake running');
    await eventually(() => expect(lines.join('\n')).toContain('intake: running again'));
    expect(lines.join('\n')).toContain('intake exited (code 3)');
    expect(lines.join('\n')).toContain('fatal: the pool is gone');
    expect(p.child).not.toBe(crashing);
    expect(p.child.exitCode).toBeNull();
    expect(describeStates([p])).toBe('intake running (1 restart)');
  });

  it('leaves a process that exits while the platform stops', async () => {
    const logFile = path.join(dir, 'gateway.log');
    const lines: string[] = [];
    const child = run('setTimeout(() => process.exit(0), 100)', logFile);
    const p: Supervised = {
      name: 'gateway',
      child,
      logFile,
      restart: () => Promise.reject(new Error('not expected')),
    };
    supervise([p], { log: (l: string) => lines.push(l), isStopping: () => true, firstBackoffMs: 50 });
    await new Promise((resolve) => child.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lines).toEqual([]);
    expect(p.state).toBe('running');
  });
});

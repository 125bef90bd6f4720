// Keeps `npm start`'s processes running: a process that exits while the platform is not stopping is
// reported with the end of its log and started again, after 1 s, then 2, 4... up to 30 s while it
// keeps failing; a process that ran a minute before exiting starts again after 1 s. In Kubernetes the
// same is the Deployment's job (deploy/k8s).
const fs = require('node:fs');

const FIRST_BACKOFF_MS = 1000;
const MOST_BACKOFF_MS = 30_000;
const STABLE_AFTER_MS = 60_000;

function lastLines(file, count) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Watches each process `{ name, child, logFile, restart }` (restart resolves to the new child, ready)
 * and starts it again when it exits unexpectedly; `child` is replaced in place, so whoever stops the
 * platform stops the current one. `onChange` is called with the processes whenever a state changes.
 */
function supervise(processes, { log, isStopping, onChange = () => {}, firstBackoffMs = FIRST_BACKOFF_MS }) {
  const watch = (p) => {
    p.state = 'running';
    p.upSince = Date.now();
    p.child.once('exit', (code, signal) => {
      if (isStopping()) return;
      p.state = 'restarting';
      p.restarts = (p.restarts || 0) + 1;
      p.backoffMs =
        Date.now() - p.upSince >= STABLE_AFTER_MS || !p.backoffMs
          ? firstBackoffMs
          : Math.min(MOST_BACKOFF_MS, p.backoffMs * 2);
      log(
        `${p.name} exited (${signal || `code ${code}`}); the end of ${p.logFile}:\n${lastLines(p.logFile, 12)}`,
      );
      log(`${p.name}: starting it again in ${p.backoffMs / 1000} s (restart ${p.restarts})`);
      onChange(processes);
      schedule(p);
    });
  };
  const schedule = (p) => {
    setTimeout(async () => {
      if (isStopping()) return;
      try {
        p.child = await p.restart();
        if (isStopping()) return;
        watch(p);
        log(`${p.name}: running again`);
        onChange(processes);
      } catch (error) {
        p.backoffMs = Math.min(MOST_BACKOFF_MS, p.backoffMs * 2);
        log(
          `${p.name}: could not start (${error.message.split('\n')[0]}); trying again in ${p.backoffMs / 1000} s`,
        );
        schedule(p);
      }
    }, p.backoffMs).unref();
  };
  for (const p of processes) watch(p);
}

/** One line: each process and its state, e.g. `intake running, gateway restarting (2 restarts)`. */
function describeStates(processes) {
  return processes
    .map(
      (p) =>
        `${p.name} ${p.state}${p.restarts ? ` (${p.restarts} restart${p.restarts > 1 ? 's' : ''})` : ''}`,
    )
    .join(', ');
}

module.exports = { supervise, describeStates };

import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { redactSecrets } from '../../core/secrets';

export interface RunnerProcess {
  /** Resolves with the exit code (128 + n after signal n) once the process has ended. */
  exited: Promise<number>;
  /** Asks the runner to stop, then kills it after `graceMs`; resolves when it has ended. */
  stop(graceMs?: number): Promise<number>;
}

/**
 * Starts the forge runner in its own process group (run.sh starts Runner.Listener, which starts a
 * Runner.Worker per job; gitlab-runner starts the job's shell), so a stop reaches all of them.
 * Every line it prints goes to `out` with every secret this process knows masked, and to
 * `onLine` for job tracking.
 */
export function startRunnerProcess(options: {
  program: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  onLine: (line: string) => void;
  out?: NodeJS.WritableStream;
}): RunnerProcess {
  const out = options.out ?? process.stdout;
  const child: ChildProcess = spawn(options.program, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      out.write(`${redactSecrets(line)}\n`);
      options.onLine(line);
    });
  }
  const exited = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      out.write(`${redactSecrets(`Could not start ${options.program}: ${error.message}`)}\n`);
      resolve(127);
    });
    child.on('close', (code, signal) =>
      resolve(code ?? 128 + (signal ? (signalNumbers[signal] ?? 1) : 1)),
    );
  });
  const group = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  return {
    exited,
    // SIGINT, as CML stopped its runner (bin/cml/runner/launch.js: RUNNER.kill('SIGINT')):
    // actions/runner's listener cancels its job and exits; gitlab-runner aborts the build.
    async stop(graceMs = 10_000) {
      group('SIGINT');
      const timer = setTimeout(() => group('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

const signalNumbers: Partial<Record<NodeJS.Signals, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGTERM: 15,
};

import { errorMessage } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { RunnerProcess } from './child';
import { runnerEvent } from './job-events';
import type { RunnerSession } from './session';

/** Why the runner ended, and the exit code `cml runner launch` ends with. */
export interface Ending {
  reason: string;
  code: number;
}

/** The signals that end a runner, and the shell's exit code for each (128 + the number). */
const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** How long a `single` runner may take to exit by itself after its job's end. */
export const SINGLE_JOB_GRACE_MS = 15_000;

/**
 * Runs the session's runner in the foreground until it should end, as CML's launch did
 * (bin/cml/runner/launch.js runLocal and shutdown):
 * - no job for `idleSeconds` (0: never): `timeout:<seconds>`, exit 0;
 * - with `single`, the first job's end: `single job`, exit 0. The runner gets
 *   `SINGLE_JOB_GRACE_MS` to exit by itself first: it still reports the job's result and, as a
 *   JIT or run-single runner, leaves on its own; stopping it at the log line could cut that short;
 * - SIGINT or SIGTERM: exit 130 or 143 (CML exited 0 on every signal; the shell's 128 + n tells
 *   a caller that the runner was stopped, not finished);
 * - the runner process ending by itself, other than after a job that a fresh JIT runner follows:
 *   exit 0 when it ended well, else 1.
 * Each way, the runner process is stopped first (a job still running is cancelled) and then its
 * registration is deleted from the forge.
 */
export async function superviseRunner(deps: {
  session: RunnerSession;
  name: string;
  idleSeconds: number;
  single: boolean;
  logger: Logger;
  /** How long a `single` runner may take to exit by itself (SINGLE_JOB_GRACE_MS). */
  singleGraceMs?: number;
  /** Where SIGINT and SIGTERM come from (this process). */
  signals?: NodeJS.EventEmitter;
}): Promise<Ending> {
  const { session, idleSeconds, single, logger } = deps;
  const signals = deps.signals ?? process;
  let ending: Ending | undefined;
  let resolveEnding!: (e: Ending) => void;
  const ended = new Promise<Ending>((r) => (resolveEnding = r));
  const end = (e: Ending) => {
    if (ending) return;
    ending = e;
    resolveEnding(e);
  };
  const onSignal = (signal: keyof typeof SIGNAL_CODES) => () =>
    end({ reason: signal, code: SIGNAL_CODES[signal] });
  const handlers = { SIGINT: onSignal('SIGINT'), SIGTERM: onSignal('SIGTERM') };
  signals.on('SIGINT', handlers.SIGINT);
  signals.on('SIGTERM', handlers.SIGTERM);

  let busy = false;
  let idleFor = 0;
  // CML's watcher: one tick a second, counting idle seconds, reset by any job.
  const watcher =
    idleSeconds > 0
      ? setInterval(() => {
          idleFor = busy ? 0 : idleFor + 1;
          if (idleFor >= idleSeconds) end({ reason: `timeout:${idleSeconds}`, code: 0 });
        }, 1000)
      : undefined;

  let runner: RunnerProcess | undefined;
  let singleGrace: NodeJS.Timeout | undefined;
  try {
    while (!ending) {
      let jobEnded = false;
      let jobFailed = false;
      runner = await session.start((line) => {
        const event = runnerEvent(session.forge, line);
        if (!event) return;
        if (event.kind === 'ready') logger.info('runner status: ready');
        if (event.kind === 'job-started') {
          busy = true;
          idleFor = 0;
          logger.info(`runner status: job_started${event.job ? ` (${event.job})` : ''}`);
        }
        if (event.kind === 'job-ended') {
          busy = false;
          idleFor = 0;
          jobEnded = true;
          jobFailed = !event.success;
          logger.info(`runner status: job_ended (${event.success ? 'success' : 'failure'})`);
          if (single && !singleGrace) {
            singleGrace = setTimeout(
              () => end({ reason: 'single job', code: 0 }),
              deps.singleGraceMs ?? SINGLE_JOB_GRACE_MS,
            );
          }
        }
      });
      if (ending) break;
      const code = await Promise.race([runner.exited, ended.then(() => undefined)]);
      if (code === undefined || ending) break;
      runner = undefined;
      busy = false;
      if (jobEnded && single) {
        end({ reason: 'single job', code: 0 });
        break;
      }
      if (jobEnded && session.oneJobPerProcess) {
        logger.info(`Job done${jobFailed ? ' (failed)' : ''}; registering a fresh runner.`);
        continue;
      }
      end({ reason: `runner closed with exit code ${code}`, code: code === 0 ? 0 : 1 });
    }
  } catch (error) {
    end({ reason: `error: ${errorMessage(error)}`, code: 1 });
    logger.error(errorMessage(error));
  } finally {
    if (watcher) clearInterval(watcher);
    if (singleGrace) clearTimeout(singleGrace);
  }
  // Further signals while cleaning up change nothing: the runner is being removed already.
  if (runner) await runner.stop();
  const result = ending!;
  logger.info(`Unregistering runner ${deps.name}...`);
  try {
    await session.unregister();
    logger.info('\tSuccess');
  } catch (error) {
    logger.error(`\tFailed to unregister the runner: ${errorMessage(error)}`);
    if (result.code === 0) result.code = 1;
  }
  signals.off('SIGINT', handlers.SIGINT);
  signals.off('SIGTERM', handlers.SIGTERM);
  logger.info(`runner status: terminated (reason: ${result.reason})`);
  return result;
}

import type { Argv, CommandModule, Options } from 'yargs';
import { FORGE_OPTIONS } from '../../compat/session';

const RERUN_OPTIONS: Record<string, Options> = {
  ...FORGE_OPTIONS,
  id: { type: 'string', description: 'Run identifier to be rerun (default: this run)' },
  // CML's drivers take a jobId too (its runner re-runs the run a job belongs to).
  'job-id': {
    type: 'string',
    description:
      'Job identifier: rerun the run (pipeline) this job belongs to, when --id is not given',
  },
};

async function handler(argv: Record<string, unknown>): Promise<void> {
  const { openSession } = await import('../../compat/session');
  const { ConfigurationError } = await import('../../core/errors');
  const session = openSession(argv);
  const jobId = argv['job-id'] as string | undefined;
  let id = argv.id as string | undefined;
  if (!id && jobId) {
    const forge = await session.forge();
    if (!forge.runOfJob) throw new ConfigurationError('--job-id is not supported by this forge.');
    id = await forge.runOfJob(String(jobId));
    if (!id) throw new Error(`Job ${jobId} belongs to no run the forge names.`);
  }
  id ??= session.context.runId;
  if (!id) {
    throw new ConfigurationError(
      'No run to re-run: pass --id or --job-id (outside CI there is no current run).',
    );
  }
  const forge = await session.forge();
  await forge.rerun(String(id));
}

const withOptions = (y: Argv) => y.env('CML_WORKFLOW').options(RERUN_OPTIONS);

export const workflowCommand: CommandModule = {
  command: 'workflow',
  describe: 'Re-run a workflow run or pipeline (workflow rerun)',
  builder: (yargs) =>
    yargs
      .command({
        command: 'rerun',
        describe: 'Rerun a workflow given the jobId or workflowId',
        builder: withOptions,
        handler,
      })
      .demandCommand(1, 'Name a subcommand: cml workflow rerun'),
  handler: () => undefined,
};

/** CML's legacy `cml rerun-workflow`. */
export const rerunWorkflowCommand: CommandModule = {
  command: 'rerun-workflow',
  describe: 'Legacy form of workflow rerun',
  builder: withOptions,
  handler,
};

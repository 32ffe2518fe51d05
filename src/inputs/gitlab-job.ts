import pkg from '../../package.json';
import type { ActionName, InputDeclaration } from './types';

const ALL = ['report', 'metrics-diff', 'runner-provision', 'plots', 'data-validate'] as const;

/** One `job-name` per component: its default names the component's job. */
const jobNames = ALL.map(
  (action: ActionName) =>
    ({
      name: 'job-name',
      type: { kind: 'string' },
      default: `cml-${action}`,
      description: 'Name of the job, so one pipeline can include the component more than once.',
      actions: [action],
      platforms: ['gitlab'],
    }) as const satisfies InputDeclaration,
);

/**
 * Job plumbing of every GitLab component (templates/<name>.yml): where the job runs and how it
 * gets the CLI. GitLab only; the entries never read them (the job's script does).
 */
export const GITLAB_JOB_INPUTS = [
  {
    name: 'stage',
    type: { kind: 'string' },
    default: 'test',
    description: 'Stage of the job (the component declares no stages: use one of your pipeline).',
    actions: ALL,
    platforms: ['gitlab'],
  },
  ...jobNames,
  {
    name: 'when',
    type: { kind: 'enum', options: ['on_success', 'on_failure', 'always', 'manual'] },
    default: 'on_success',
    description:
      'When the job runs (GitLab `when:`): always for clean-up jobs such as runner-provision with mode stop, or to report failed trainings.',
    actions: ALL,
    platforms: ['gitlab'],
  },
  {
    name: 'job-image',
    type: { kind: 'string' },
    default: 'node:24-bookworm',
    description:
      'Container image of the job (Docker or Kubernetes executors); it needs node 20 or later, git, npm and tar (glibc: the bundled image libraries are built for it).',
    actions: ALL,
    platforms: ['gitlab'],
  },
  {
    name: 'cml-version',
    type: { kind: 'string' },
    default: pkg.version,
    description:
      'Version of @cml-ts/cml the job fetches from the npm registry (npm pack, cached in .cml-cache/); NPM_CONFIG_REGISTRY selects a mirror.',
    actions: ALL,
    platforms: ['gitlab'],
  },
  {
    name: 'cml-path',
    type: { kind: 'string' },
    default: '',
    description:
      'Folder holding a built cml (a checkout or an unpacked package, with dist/ inside) to use instead of fetching cml-version: for air-gapped runners and tests.',
    actions: ALL,
    platforms: ['gitlab'],
  },
] as const satisfies readonly InputDeclaration[];

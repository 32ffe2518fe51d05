import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../../core/errors';
import { runnerName } from '../naming';

/** What `cml runner launch` without `--cloud` needs, checked before anything is registered. */
export interface LocalOptions {
  /** The runner's exact name on the forge (CML: --name, default cml-<random>). */
  name: string;
  /** The user's labels (CML: --labels, default cml). */
  labels: string[];
  /** Seconds without a job before the runner is removed; 0 means never (CML: --idle-timeout). */
  idleSeconds: number;
  /** Take one job, then end (CML: --single). */
  single: boolean;
  /** CML's --reuse / --reuse-idle: register nothing when a matching runner is there. */
  reuse?: 'reuse' | 'reuse-idle';
  /** Where the runner software is cached and jobs run (CML: --workdir, default ~/.cml/<name>). */
  workdir: string;
  /** GitLab's executor; shell unless asked (see docs/runner-provision.md, "Register this machine"). */
  gitlabExecutor: 'shell' | 'docker';
  /** GitLab docker executor: the image of jobs that name none. */
  gitlabImage: string;
  /** GitLab docker executor: host volumes (CML: --docker-volumes). */
  dockerVolumes: string[];
}

export interface LocalArgs {
  name?: string;
  labels: string;
  idleSeconds: number;
  single?: boolean;
  reuse?: boolean;
  reuseIdle?: boolean;
  workdir?: string;
  gitlabExecutor?: string;
  dockerVolumes?: string[];
}

/** Jobs without `image:` on the docker executor (the runner-provision default). */
export const LOCAL_GITLAB_IMAGE = 'ubuntu:24.04';

export function localOptions(args: LocalArgs, home: string = homedir()): LocalOptions {
  const name = args.name ?? runnerName('cml');
  // The name is also the default working directory's last part (CML: ~/.cml/<name>), and the
  // forges take names of at most 64 characters without spaces (GitHub) or line breaks.
  if (!/^[\w.-]{1,64}$/.test(name) || name === '.' || name === '..') {
    throw new ConfigurationError(
      `--name ${JSON.stringify(name)}: a runner name is 1 to 64 letters, digits, dots, hyphens or underscores.`,
    );
  }
  const labels = args.labels
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  if (!labels.length) {
    throw new ConfigurationError('--labels: give one or more comma-separated labels.');
  }
  const executor = args.gitlabExecutor ?? 'shell';
  if (executor !== 'shell' && executor !== 'docker') {
    throw new ConfigurationError(`--gitlab-executor ${executor}: give shell or docker.`);
  }
  return {
    name,
    labels,
    idleSeconds: args.idleSeconds,
    single: args.single === true,
    reuse: args.reuseIdle ? 'reuse-idle' : args.reuse ? 'reuse' : undefined,
    workdir: resolve(args.workdir ?? join(home, '.cml', name)),
    gitlabExecutor: executor,
    gitlabImage: LOCAL_GITLAB_IMAGE,
    dockerVolumes: args.dockerVolumes ?? [],
  };
}

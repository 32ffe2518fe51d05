import { cloudStartup } from '../clouds';
import type { CloudKind } from '../clouds/types';
import { ConfigurationError } from '../core/errors';
import { runnerStartup, type RunnerForgeKind } from '../forge/registry';
import type { RunnerRegistration } from '../forge/types';
import { STARTUP_TEMPLATE } from './startup-template';
import type { RunnerPin } from './versions';

export interface StartupOptions {
  forge: RunnerForgeKind;
  cloud: CloudKind;
  name: string;
  labels: string[];
  /** github: the repository or organisation URL; gitlab: the instance URL. */
  targetUrl: string;
  pin: RunnerPin;
  registration: RunnerRegistration;
  idleTimeoutSeconds: number;
  maxLifetimeSeconds: number;
  single: boolean;
  gpu: boolean;
  spot: boolean;
  /** Install Docker (and the NVIDIA container toolkit with a GPU) when the image lacks it. */
  docker: boolean;
  /** GitLab: the executor (docker by default) and the image of jobs that name none. */
  gitlabExecutor: 'docker' | 'shell';
  gitlabImage: string;
  /** The user's own script, run before the runner registers (CML's --cloud-startup-script). */
  userScript?: string;
}

/** Single-quotes a value for bash: the one quoting that needs no escaping inside but `'`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}

/**
 * Fills the template. Every value is shell-quoted and checked for line breaks, so no input can
 * add a command to the script; the user's script travels base64-encoded for the same reason.
 */
export function renderStartupScript(options: StartupOptions): string {
  const { pin } = options;
  // Any job on the machine can read its user data from the metadata server, for the machine's
  // whole life: a reusable GitHub registration token (valid an hour, good for registering any
  // runner to the repository) never goes there. GitHub runners get a JIT configuration.
  if (options.registration.kind === 'github-registration-token') {
    throw new Error(
      'A GitHub registration token must not reach a machine (its user data is readable by every job); use a just-in-time configuration.',
    );
  }
  const values: Record<string, string> = {
    FORGE: options.forge,
    CLOUD: options.cloud,
    NAME: options.name,
    LABELS: options.labels.join(','),
    TARGET_URL: options.targetUrl,
    RUNNER_VERSION: pin.version,
    RUNNER_URL: pin.url,
    RUNNER_SHA256_X64: pin.sha256.x64,
    RUNNER_SHA256_ARM64: pin.sha256.arm64,
    REGISTRATION_KIND: options.registration.kind,
    IDLE_TIMEOUT: String(Math.max(0, Math.floor(options.idleTimeoutSeconds))),
    MAX_LIFETIME: String(Math.max(0, Math.floor(options.maxLifetimeSeconds))),
    SINGLE: String(options.single),
    GPU: String(options.gpu),
    SPOT: String(options.spot),
    DOCKER: String(options.docker),
    GITLAB_EXECUTOR: options.gitlabExecutor,
    GITLAB_IMAGE: options.gitlabImage,
    USER_SCRIPT: options.userScript
      ? Buffer.from(options.userScript, 'utf8').toString('base64')
      : '',
    SECRET: options.registration.secret,
  };
  for (const [key, value] of Object.entries(values)) {
    if (/[\r\n\0]/.test(value)) {
      throw new ConfigurationError(
        `The runner's ${key.toLowerCase().replace(/_/g, ' ')} must be one line.`,
      );
    }
  }
  // The forge's part comes from its folder (src/forge/<forge>/startup.ts) and may hold
  // placeholders of its own (GitLab's executor and image): inserted before they are filled.
  const template = STARTUP_TEMPLATE.replace('#@FORGE_PART@#', () =>
    runnerStartup(options.forge).trim(),
  );
  const filled = template.replace(/\{\{([A-Z0-9_]+)\}\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new Error(`Startup template placeholder {{${key}}} has no value.`);
    return shellQuote(value);
  });
  // The cloud's own bash comes from its folder (src/clouds/<cloud>/startup.ts), whole: it is
  // our code, not input, so it is not quoted. (A function, so `$&` or `$'` in bash stays as is.)
  return filled.replace('#@CLOUD_PART@#', () => cloudStartup(options.cloud).trim());
}

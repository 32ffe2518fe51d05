import { ConfigurationError } from '../core/errors';
import type { CommentTarget, PullApi } from '../forge/types';

/** A target as the user wrote it, in CML's vocabulary, before asking the forge anything. */
export type TargetSpec =
  | { kind: 'auto' }
  | { kind: 'pr'; number?: number }
  | { kind: 'commit'; sha?: string }
  | { kind: 'issue'; number: number };

const FORMS = 'auto, pr, pr/<number>, commit, commit/<sha> or issue/<number>';

export function parseTarget(text: string | undefined, where = 'target'): TargetSpec {
  const value = (text ?? 'auto').trim();
  if (value === '' || value === 'auto') return { kind: 'auto' };
  const [kind, arg, extra] = value.split('/');
  const bad = () =>
    new ConfigurationError(`${where} '${value}' is not a comment target: expected ${FORMS}.`, {
      input: where,
    });
  if (extra !== undefined) throw bad();
  if (kind === 'pr' || kind === 'mr') {
    if (arg === undefined) return { kind: 'pr' };
    if (!/^[1-9]\d*$/.test(arg)) throw bad();
    return { kind: 'pr', number: Number(arg) };
  }
  if (kind === 'issue') {
    if (arg === undefined || !/^[1-9]\d*$/.test(arg)) throw bad();
    return { kind: 'issue', number: Number(arg) };
  }
  if (kind === 'commit') {
    if (arg === undefined) return { kind: 'commit' };
    if (!/^[0-9a-f]{4,64}$/i.test(arg)) throw bad();
    return { kind: 'commit', sha: arg };
  }
  throw bad();
}

/**
 * Resolves a target the way CML does: `auto` is this run's PR/MR, else an open PR/MR whose head
 * is this commit, else a comment on the commit; `pr` requires a PR/MR.
 */
export async function resolveTarget(
  spec: TargetSpec,
  options: { pulls: Pick<PullApi, 'pullsForCommit'>; pullNumber?: number; sha: string },
): Promise<CommentTarget> {
  switch (spec.kind) {
    case 'issue':
      return { kind: 'issue', number: spec.number };
    case 'commit':
      return { kind: 'commit', sha: requireSha(spec.sha ?? options.sha) };
    case 'pr': {
      if (spec.number !== undefined) return { kind: 'pr', number: spec.number };
      const found = await findPull(options);
      if (found === undefined) {
        throw new ConfigurationError(
          `target 'pr': this run is not for a pull/merge request and no open one has commit ${options.sha || '(unknown)'} as its head. Use target auto or commit to comment on the commit.`,
          { input: 'target' },
        );
      }
      return { kind: 'pr', number: found };
    }
    case 'auto': {
      const found = await findPull(options);
      if (found !== undefined) return { kind: 'pr', number: found };
      return { kind: 'commit', sha: requireSha(options.sha) };
    }
  }
}

async function findPull(options: {
  pulls: Pick<PullApi, 'pullsForCommit'>;
  pullNumber?: number;
  sha: string;
}): Promise<number | undefined> {
  if (options.pullNumber !== undefined) return options.pullNumber;
  if (!options.sha) return undefined;
  const pulls = await options.pulls.pullsForCommit(options.sha);
  return pulls.find((p) => p.state === 'open')?.number;
}

function requireSha(sha: string): string {
  if (!sha) {
    throw new ConfigurationError(
      'No commit to comment on: the commit sha is unknown (pass --commit-sha or run inside a git repository).',
    );
  }
  return sha;
}

export function describeTarget(target: CommentTarget): string {
  return target.kind === 'commit'
    ? `commit ${target.sha.slice(0, 12)}`
    : `${target.kind} #${target.number}`;
}

import type { RunnerEvent } from '../types';

/**
 * gitlab-runner's JSON log lines (`--log-format json`, logrus): "Starting runner for …"
 * (commands/single.go), "Checking for jobs... received" with the job id (network/gitlab.go
 * RequestJob) and the line carrying `duration_s` that ends every job ("Job succeeded" or
 * "Job failed: …", common/build.go setTraceStatus); CML matched the same
 * (src/drivers/gitlab.js runnerLogPatterns). Job output goes to GitLab, not to this log.
 */
export function gitlabEvent(line: string): RunnerEvent | undefined {
  let entry: { msg?: unknown; job?: unknown; duration_s?: unknown };
  try {
    entry = JSON.parse(line) as typeof entry;
  } catch {
    return undefined;
  }
  if (!entry || typeof entry !== 'object' || typeof entry.msg !== 'string') return undefined;
  if (entry.msg.startsWith('Starting runner for')) return { kind: 'ready' };
  if (entry.msg.includes('Checking for jobs') && entry.msg.includes('received')) {
    return { kind: 'job-started', job: entry.job === undefined ? undefined : String(entry.job) };
  }
  if (entry.duration_s !== undefined && /^Job (succeeded|failed)/.test(entry.msg)) {
    return { kind: 'job-ended', success: entry.msg.startsWith('Job succeeded') };
  }
  return undefined;
}

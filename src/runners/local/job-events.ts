/** What a line of the runner's output says about its jobs. */
export type RunnerEvent =
  | { kind: 'ready' }
  | { kind: 'job-started'; job?: string }
  | { kind: 'job-ended'; success: boolean };

/**
 * actions/runner's console lines (src/Runner.Listener/Runner.cs: "{time}: Listening for Jobs";
 * src/Runner.Listener/JobDispatcher.cs: "{time}: Running job: {name}" and "{time}: Job {name}
 * completed with result: {result}"), the patterns CML matched (src/drivers/github.js
 * runnerLogPatterns), anchored on the timestamp so a job's own output cannot fake them: the
 * listener prints these, a job's steps never reach the listener's console.
 */
function githubEvent(line: string): RunnerEvent | undefined {
  const stamp = String.raw`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z: `;
  if (new RegExp(`${stamp}Listening for Jobs`).test(line)) return { kind: 'ready' };
  const started = new RegExp(`${stamp}Running job: (.*)$`).exec(line);
  if (started) return { kind: 'job-started', job: started[1] };
  const ended = new RegExp(`${stamp}Job .* completed with result: (\\w+)`).exec(line);
  if (ended) return { kind: 'job-ended', success: ended[1] === 'Succeeded' };
  return undefined;
}

/**
 * gitlab-runner's JSON log lines (`--log-format json`, logrus): "Starting runner for …"
 * (commands/single.go), "Checking for jobs... received" with the job id (network/gitlab.go
 * RequestJob) and the line carrying `duration_s` that ends every job ("Job succeeded" or
 * "Job failed: …", common/build.go setTraceStatus); CML matched the same
 * (src/drivers/gitlab.js runnerLogPatterns). Job output goes to GitLab, not to this log.
 */
function gitlabEvent(line: string): RunnerEvent | undefined {
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

export function runnerEvent(forge: 'github' | 'gitlab', line: string): RunnerEvent | undefined {
  return forge === 'github' ? githubEvent(line.trim()) : gitlabEvent(line.trim());
}

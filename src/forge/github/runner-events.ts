import type { RunnerEvent } from '../types';

/**
 * actions/runner's console lines (src/Runner.Listener/Runner.cs: "{time}: Listening for Jobs";
 * src/Runner.Listener/JobDispatcher.cs: "{time}: Running job: {name}" and "{time}: Job {name}
 * completed with result: {result}"), the patterns CML matched (src/drivers/github.js
 * runnerLogPatterns), anchored on the timestamp so a job's own output cannot fake them: the
 * listener prints these, a job's steps never reach the listener's console.
 */
export function githubEvent(line: string): RunnerEvent | undefined {
  const stamp = String.raw`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z: `;
  if (new RegExp(`${stamp}Listening for Jobs`).test(line)) return { kind: 'ready' };
  const started = new RegExp(`${stamp}Running job: (.*)$`).exec(line);
  if (started) return { kind: 'job-started', job: started[1] };
  const ended = new RegExp(`${stamp}Job .* completed with result: (\\w+)`).exec(line);
  if (ended) return { kind: 'job-ended', success: ended[1] === 'Succeeded' };
  return undefined;
}

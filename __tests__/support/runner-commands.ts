// What the GitHub Actions runner would execute from a step's output: a port of its parsing, so
// tests can assert that no command came from input. Sources (actions/runner):
// - src/Runner.Sdk/ProcessInvoker.cs: output is read with StreamReader.ReadLine, which ends a
//   line at \n, \r or \r\n.
// - src/Runner.Common/ActionCommand.cs: TryParseV2 (the line, trimmed at the start, begins with
//   `::`; the name runs to the first space or `::`) and, when that fails, the legacy TryParse
//   (`##[` anywhere in the line, the name up to a space or `]`). Names are registered command
//   names, compared ignoring case.
// - src/Runner.Worker/ActionCommandManager.cs: TryProcessCommand; after
//   `::stop-commands::<token>` nothing is processed until the command named <token>.

export interface RunnerCommand {
  name: string;
  properties: string;
  data: string;
  line: string;
}

/** Every command extension the runner registers (ActionCommandManager.cs). */
const REGISTERED = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
];

/** The commands the runner would process from one output stream, in order. */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(REGISTERED);
  const found: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const command = parseV2(line, registered) ?? parseLegacy(line, registered);
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.name.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
      }
      continue;
    }
    if (command.name.toLowerCase() === 'stop-commands') {
      stopToken = command.data;
      registered.add(stopToken.toLowerCase());
      continue;
    }
    found.push(command);
  }
  return found;
}

function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  // .NET's TrimStart removes every Char.IsWhiteSpace character (U+0085 included).
  const message = line.replace(/^[\s\u0085]+/, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  return {
    name,
    properties: space < 0 ? '' : info.slice(space + 1),
    data: message.slice(end + 2),
    line,
  };
}

function parseLegacy(line: string, registered: Set<string>): RunnerCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const close = line.indexOf(']', start);
  if (close < 0) return undefined;
  const info = line.slice(start + 3, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  return {
    name,
    properties: space < 0 ? '' : info.slice(space + 1),
    data: line.slice(close + 1),
    line,
  };
}

/**
 * GitLab's job-log section markers (gitlab-org/gitlab lib/gitlab/regex.rb,
 * build_trace_section_regex): `section_start|end:<time>:<name>[options]` ending in \r ESC[0K.
 */
export const GITLAB_SECTION =
  // eslint-disable-next-line no-control-regex
  /section_((?:start)|(?:end)):(\d+):([a-zA-Z0-9_.-]+)(\[(?:\w+=\w+)(?:, ?(?:\w+=\w+))*\])?\r\x1b\[0K/g;

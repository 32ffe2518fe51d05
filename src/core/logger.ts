import { EOL } from 'node:os';
import { redactSecrets, registerSecret } from './secrets';

export interface AnnotationPlace {
  file?: string;
  line?: number;
  title?: string;
}

/**
 * One logging surface for the whole library. GitHub gets workflow commands (annotations,
 * groups, masks); GitLab and local runs get plain lines with GitLab's collapsible sections.
 */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, place?: AnnotationPlace): void;
  error(message: string, place?: AnnotationPlace): void;
  /** Hide a value from every later line of output. */
  mask(secret: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

/**
 * Workflow commands written directly rather than through @actions/core: importing it loads its
 * OIDC client and undici, a large share of every action's cold start, for these few lines.
 * Escaping follows the runner's rules (the same as @actions/core's).
 */
export class ActionsLogger implements Logger {
  /**
   * `out` is stdout for actions; a CLI whose stdout is its result (a URL a script captures)
   * passes stderr, which the runner reads for workflow commands as well.
   */
  constructor(private readonly out: NodeJS.WritableStream = process.stdout) {}

  info(message: string): void {
    if (quieterThan('info')) return;
    // Unlike core.info (raw), text that could hold a command is printed with commands off.
    this.out.write(withoutCommands(redactSecrets(message)) + EOL);
  }
  debug(message: string): void {
    this.issue('debug', message);
  }
  warning(message: string, place?: AnnotationPlace): void {
    if (quieterThan('warn')) return;
    this.issue('warning', message, toProperties(place));
  }
  error(message: string, place?: AnnotationPlace): void {
    this.issue('error', message, toProperties(place));
  }
  mask(secret: string): void {
    // The runner masks its log; we also cut it from our own lines (and from every other
    // logger of this process: src/core/secrets.ts), which the runner's mask does not cover
    // when the text reaches a file (summary, outputs) or a second process.
    registerSecret(secret);
    if (secret) this.issue('add-mask', secret);
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.issue('group', title);
    try {
      return await body();
    } finally {
      this.issue('endgroup', '');
    }
  }

  /** `::name key=value,…::message`, one line, as the runner parses it. */
  private issue(name: string, message: string, properties: CommandProperties = {}): void {
    const props = Object.entries(properties)
      .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
      .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
      .join(',');
    const data = name === 'add-mask' ? message : redactSecrets(message);
    this.out.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(data)}${EOL}`);
  }
}

type CommandProperties = Record<string, string | number | undefined>;

function toProperties(place?: AnnotationPlace): CommandProperties | undefined {
  if (!place) return undefined;
  return { title: place.title, file: place.file, line: place.line };
}

/** @actions/core's escaping of command data (the message after `::name::`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core's escaping of command properties (`file=`, `title=`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Whether the Actions runner could read some line of `text` as a workflow command. The runner
 * splits output at \r and \n (StreamReader.ReadLine, src/Runner.Sdk/ProcessInvoker.cs) and
 * treats a line as a command when its trimmed text starts with `::` (ActionCommand.TryParseV2)
 * or when `##[` appears anywhere in it (the legacy ActionCommand.TryParse), both in
 * src/Runner.Common/ActionCommand.cs, tried on every line by
 * src/Runner.Worker/ActionCommandManager.cs. Any `::` counts here, so no whitespace or
 * line-break rule of the runner can be missed.
 */
export function mayHoldCommand(text: string): boolean {
  return text.includes('::') || text.includes('##[');
}

/**
 * Text for people, printed unchanged, with workflow commands off while it prints: the runner's
 * `::stop-commands::<token>` … `::<token>::` (ActionCommandManager.TryProcessCommand processes
 * nothing in between but the token's resume line). The token is random per call, so the text
 * cannot end the pause itself. Text that holds no command is returned as it is.
 */
export function withoutCommands(text: string): string {
  if (!mayHoldCommand(text)) return text;
  // Web Crypto's global, not node:crypto: importing that module costs every command's start-up
  // (about 15 ms) for a token few runs need.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const token = `cml-${Buffer.from(bytes).toString('hex')}`;
  return `::stop-commands::${token}${EOL}${text}${EOL}::${token}::`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

/**
 * Text for a GitLab job log or a terminal: control characters (ESC, CR, C1 codes) shown as
 * escapes, so input can neither forge GitLab's section markers (they end in `\r\e[0K`:
 * lib/gitlab/regex.rb build_trace_section_regex in gitlab-org/gitlab) nor rewrite earlier
 * output with \r or escape sequences. Line breaks and tabs stay; a CRLF becomes a line break.
 */
export function terminalSafe(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text
    .replace(/\r\n/g, '\n')
    .replace(new RegExp(CONTROL.source, 'g'), (c) =>
      c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
    );
}

const LEVELS = ['error', 'warn', 'info', 'debug'];

/**
 * CML's `--log error|warn` (the CLI sets CML_LOG_LEVEL, src/cli/log-level.ts): true when the
 * chosen level is below `level`, so lines of that level are left out. Errors always print.
 */
function quieterThan(level: 'warn' | 'info'): boolean {
  const chosen = LEVELS.indexOf(process.env.CML_LOG_LEVEL ?? '');
  return chosen >= 0 && chosen < LEVELS.indexOf(level);
}

/**
 * Plain output for GitLab CI and local runs; masks by replacing secrets in every line. Every
 * line is terminal-safe (no forged GitLab section, no escape sequence); under the Actions
 * runner (the CLI in a GitHub workflow) workflow commands in it are disabled too.
 */
export class ConsoleLogger implements Logger {
  private readonly secrets = new Set<string>();
  private sectionCount = 0;

  constructor(
    private readonly out: NodeJS.WritableStream = process.stdout,
    private readonly err: NodeJS.WritableStream = process.stderr,
    private readonly verbose = process.env.CML_DEBUG === 'true' || process.env.RUNNER_DEBUG === '1',
    private readonly gitlabSections = process.env.GITLAB_CI === 'true',
    private readonly underActionsRunner = process.env.GITHUB_ACTIONS === 'true',
  ) {}

  info(message: string): void {
    if (quieterThan('info')) return;
    this.out.write(this.printable(message) + '\n');
  }
  debug(message: string): void {
    if (this.verbose) this.out.write(this.printable(`debug: ${message}`) + '\n');
  }
  warning(message: string, place?: AnnotationPlace): void {
    if (quieterThan('warn')) return;
    this.err.write(this.printable(`warning: ${prefix(place, message)}${message}`) + '\n');
  }
  error(message: string, place?: AnnotationPlace): void {
    this.err.write(this.printable(`error: ${prefix(place, message)}${message}`) + '\n');
  }
  /** A message as it may be printed: secrets masked, control characters and commands defused. */
  protected printable(message: string): string {
    const text = terminalSafe(this.redact(message));
    return this.underActionsRunner ? withoutCommands(text) : text;
  }
  mask(secret: string): void {
    if (secret && secret.length >= 4) this.secrets.add(secret);
    registerSecret(secret);
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    if (!this.gitlabSections) {
      this.info(title);
      return body();
    }
    const id = `cml_section_${++this.sectionCount}`;
    const now = () => Math.floor(Date.now() / 1000);
    // The title shares the marker's line: no line break or control character may end it early.
    const shown = terminalSafe(this.redact(title).replace(/\r?\n/g, ' '));
    this.out.write(`\x1b[0Ksection_start:${now()}:${id}[collapsed=true]\r\x1b[0K${shown}\n`);
    try {
      return await body();
    } finally {
      this.out.write(`\x1b[0Ksection_end:${now()}:${id}\r\x1b[0K\n`);
    }
  }
  redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join('***');
    // Secrets masked through any other logger of this process (src/core/secrets.ts).
    result = redactSecrets(result);
    return result;
  }
}

/** `file:line: ` before a message, unless the message already starts with its place (most do). */
function prefix(place: AnnotationPlace | undefined, message: string): string {
  if (!place?.file) return '';
  const where = place.line ? `${place.file}:${place.line}: ` : `${place.file}: `;
  // `file:line:` or `file:line:col:` already there (a parser's own position) is enough.
  return message.startsWith(where.trimEnd()) ? '' : where;
}

/** The logger for the platform this process runs on. */
export function loggerFor(env: NodeJS.ProcessEnv = process.env): Logger {
  return env.GITHUB_ACTIONS === 'true' ? new ActionsLogger() : new ConsoleLogger();
}

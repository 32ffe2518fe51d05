import { EOL } from 'node:os';

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
    this.out.write(message + EOL);
  }
  debug(message: string): void {
    this.issue('debug', message);
  }
  warning(message: string, place?: AnnotationPlace): void {
    this.issue('warning', message, toProperties(place));
  }
  error(message: string, place?: AnnotationPlace): void {
    this.issue('error', message, toProperties(place));
  }
  mask(secret: string): void {
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
    this.out.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
  }
}

type CommandProperties = Record<string, string | number | undefined>;

function toProperties(place?: AnnotationPlace): CommandProperties | undefined {
  if (!place) return undefined;
  return { title: place.title, file: place.file, line: place.line };
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Plain output for GitLab CI and local runs; masks by replacing secrets in every line. */
export class ConsoleLogger implements Logger {
  private readonly secrets = new Set<string>();
  private sectionCount = 0;

  constructor(
    private readonly out: NodeJS.WritableStream = process.stdout,
    private readonly err: NodeJS.WritableStream = process.stderr,
    private readonly verbose = process.env.CML_DEBUG === 'true' || process.env.RUNNER_DEBUG === '1',
    private readonly gitlabSections = process.env.GITLAB_CI === 'true',
  ) {}

  info(message: string): void {
    this.out.write(this.redact(message) + '\n');
  }
  debug(message: string): void {
    if (this.verbose) this.out.write(this.redact(`debug: ${message}`) + '\n');
  }
  warning(message: string, place?: AnnotationPlace): void {
    this.err.write(this.redact(`warning: ${prefix(place)}${message}`) + '\n');
  }
  error(message: string, place?: AnnotationPlace): void {
    this.err.write(this.redact(`error: ${prefix(place)}${message}`) + '\n');
  }
  mask(secret: string): void {
    if (secret && secret.length >= 4) this.secrets.add(secret);
  }
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    if (!this.gitlabSections) {
      this.info(title);
      return body();
    }
    const id = `cml_section_${++this.sectionCount}`;
    const now = () => Math.floor(Date.now() / 1000);
    this.out.write(
      `\x1b[0Ksection_start:${now()}:${id}[collapsed=true]\r\x1b[0K${this.redact(title)}\n`,
    );
    try {
      return await body();
    } finally {
      this.out.write(`\x1b[0Ksection_end:${now()}:${id}\r\x1b[0K\n`);
    }
  }
  redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join('***');
    return result;
  }
}

function prefix(place?: AnnotationPlace): string {
  if (!place?.file) return '';
  return place.line ? `${place.file}:${place.line}: ` : `${place.file}: `;
}

/** The logger for the platform this process runs on. */
export function loggerFor(env: NodeJS.ProcessEnv = process.env): Logger {
  return env.GITHUB_ACTIONS === 'true' ? new ActionsLogger() : new ConsoleLogger();
}

import { ConsoleLogger, escapeData, escapeProperty, type AnnotationPlace } from '../core/logger';

/**
 * The logger of CLI commands whose stdout is their result (a URL, Markdown): every log line goes
 * to stderr, as CML's did, so `URL=$(cml pr create …)` captures the URL alone. On GitHub the
 * runner reads workflow commands from stderr too, so masks and annotations still work.
 */
export class CliLogger extends ConsoleLogger {
  constructor(private readonly github = process.env.GITHUB_ACTIONS === 'true') {
    // On GitHub, info and debug lines print with workflow commands disabled (ConsoleLogger).
    super(process.stderr, process.stderr, undefined, undefined, github);
  }
  override mask(secret: string): void {
    super.mask(secret);
    if (this.github && secret) process.stderr.write(`::add-mask::${escapeData(secret)}\n`);
  }
  override warning(message: string, place?: AnnotationPlace): void {
    if (!this.github) return super.warning(message, place);
    process.stderr.write(`::warning${props(place)}::${escapeData(this.redact(message))}\n`);
  }
  override error(message: string, place?: AnnotationPlace): void {
    if (!this.github) return super.error(message, place);
    process.stderr.write(`::error${props(place)}::${escapeData(this.redact(message))}\n`);
  }
}

/** Annotation properties, escaped as @actions/core escapes them (a file name is input). */
function props(place?: AnnotationPlace): string {
  if (!place?.file) return '';
  const parts = [`file=${escapeProperty(place.file)}`];
  if (place.line) parts.push(`line=${place.line}`);
  return ' ' + parts.join(',');
}

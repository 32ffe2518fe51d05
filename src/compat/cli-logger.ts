import { ConsoleLogger, type AnnotationPlace } from '../core/logger';

/** GitHub's escaping of workflow command data (% and line breaks). */
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/**
 * The logger of CLI commands whose stdout is their result (a URL, Markdown): every log line goes
 * to stderr, as CML's did, so `URL=$(cml pr create …)` captures the URL alone. On GitHub the
 * runner reads workflow commands from stderr too, so masks and annotations still work.
 */
export class CliLogger extends ConsoleLogger {
  constructor(private readonly github = process.env.GITHUB_ACTIONS === 'true') {
    super(process.stderr, process.stderr);
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

function props(place?: AnnotationPlace): string {
  if (!place?.file) return '';
  const parts = [`file=${place.file}`];
  if (place.line) parts.push(`line=${place.line}`);
  return ' ' + parts.join(',');
}

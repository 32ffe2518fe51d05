/**
 * Every secret this process has read, for every logger. Loggers are created in several places
 * (the CLI's top-level one that reports failures, a command's own, the action's), and a token
 * masked in one of them used to print in clear through another: a forge error that echoed the
 * token reached the CLI's failure report unmasked. So masks are process-wide.
 */
const secrets = new Set<string>();

/** Shorter values are not masked: they would blank out ordinary words. */
const MIN_LENGTH = 4;

export function registerSecret(secret: string | undefined): void {
  if (!secret || secret.length < MIN_LENGTH) return;
  secrets.add(secret);
  // Forms a forge may echo it in: inside a URL (query string, user-info).
  const encoded = encodeURIComponent(secret);
  if (encoded !== secret) secrets.add(encoded);
}

/** The text with every registered secret replaced by `***`, longest first. */
export function redactSecrets(text: string): string {
  if (secrets.size === 0 || !text) return text;
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join('***');
  }
  return out;
}

/** Whether bytes (a file about to be published) hold any secret this process has read. */
export function holdsSecret(bytes: Buffer): boolean {
  for (const secret of secrets) if (bytes.includes(secret)) return true;
  return false;
}

/** For tests: forget every secret. */
export function clearSecrets(): void {
  secrets.clear();
}

import type { Logger } from '../core/logger';

/**
 * Masks a secret and, when it spans lines (a kubeconfig, a key file), each line's value too:
 * the Actions runner and our redaction match a mask as one whole string, so a log line holding
 * one line of it (a kubeconfig's `token:` or `client-key-data:`) would pass unmasked. Values
 * shorter than 16 characters are left out: they are names (`v1`, `Config`), not credentials,
 * and masking them would star out ordinary words everywhere.
 */
export function maskWithParts(logger: Logger, secret: string): void {
  logger.mask(secret);
  if (!secret.includes('\n')) return;
  for (const line of secret.split(/\r?\n/)) {
    const value = line.replace(/^\s*(-\s+)?[\w.-]+\s*:\s*/, '').trim();
    if (value.length >= 16) logger.mask(value);
  }
}

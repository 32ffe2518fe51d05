import { createHash } from 'node:crypto';
import { isLabelValue } from './options';

/** Every object we create carries this, so a label selector never matches anyone else's. */
export const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'cml-runner-provision' } as const;

/** The exact tags, as JSON: label values cannot hold `/`, `:` or more than 63 characters. */
export const TAGS_ANNOTATION = 'cml.dev/tags';

/**
 * A tag value as a label value: kept when valid, otherwise a readable stem and a hash of the
 * whole value (`owner-repo.3f2a9c01b7`), so the same value always selects the same Pods.
 */
export function labelValue(value: string): string {
  if (isLabelValue(value)) return value;
  const hash = createHash('sha256').update(value).digest('hex').slice(0, 10);
  const stem = value
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 63 - hash.length - 1)
    .replace(/[^A-Za-z0-9]+$/, '');
  return stem ? `${stem}.${hash}` : hash;
}

export const encodeLabels = (tags: Record<string, string>): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, labelValue(v)])),
  ...MANAGED_BY,
});

/** `k=v,k2=v2` for the list call's labelSelector. */
export const labelSelector = (tags: Record<string, string>): string =>
  Object.entries(encodeLabels(tags))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** Our tags back from a Pod: the annotation when present, else the labels as they are. */
export function decodeTags(
  labels: Record<string, string> | undefined,
  annotations: Record<string, string> | undefined,
): Record<string, string> {
  const raw = annotations?.[TAGS_ANNOTATION];
  if (raw) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (parsed && typeof parsed === 'object') return parsed as Record<string, string>;
    } catch {
      // Edited by hand: fall back to the labels.
    }
  }
  const out = { ...(labels ?? {}) };
  for (const k of Object.keys(MANAGED_BY)) delete out[k];
  return out;
}

/**
 * The API server's own validation of the fields the driver sends, answered 422 Invalid as the
 * real server does (kubernetes/kubernetes pkg/apis/core/validation/validation.go: ValidatePod,
 * ValidatePodSpec, validateContainers, ValidateResourceRequirements, validateTolerations,
 * ValidateSecret; apimachinery's ValidateLabels and IsDNS1123Subdomain/Label). The OpenAPI
 * document describes shapes only; these rules are what it cannot express.
 */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\d+)?$/;
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;

const isSubdomain = (s: string) => s.length <= 253 && DNS_SUBDOMAIN.test(s);
const isDnsLabel = (s: string) => s.length <= 63 && DNS_LABEL.test(s);

function isQualifiedName(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  return (
    (prefix === undefined || isSubdomain(prefix)) && name.length <= 63 && LABEL_NAME.test(name)
  );
}

function labels(map: unknown, at: string): string[] {
  if (!map) return [];
  return Object.entries(map as Record<string, unknown>).flatMap(([k, v]) => [
    ...(isQualifiedName(k) ? [] : [`${at}: invalid label key '${k}'`]),
    ...(typeof v === 'string' && v.length <= 63 && LABEL_VALUE.test(v)
      ? []
      : [`${at}: invalid label value '${String(v)}' for ${k}`]),
  ]);
}

/** Quantities to compare (enough for the driver's values: plain, milli and binary suffixes). */
function amount(q: string): number {
  const m = /^([+-]?[\d.]+)(.*)$/.exec(q);
  const n = Number(m?.[1]);
  const suffix: Record<string, number> = {
    '': 1,
    m: 1e-3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
  };
  return n * (suffix[m?.[2] ?? ''] ?? 1);
}

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function podProblems(pod: Obj): string[] {
  const out: string[] = [];
  const name = pod.metadata?.name;
  if (!name || !isSubdomain(name)) out.push(`metadata.name: invalid '${name}'`);
  out.push(...labels(pod.metadata?.labels, 'metadata.labels'));
  const spec = pod.spec ?? {};
  const volumes = new Set<string>();
  for (const [i, v] of (spec.volumes ?? []).entries()) {
    if (!isDnsLabel(v.name ?? '')) out.push(`spec.volumes[${i}].name: invalid`);
    if (v.secret && !v.secret.secretName)
      out.push(`spec.volumes[${i}].secret.secretName: Required value`);
    if (
      v.secret?.defaultMode !== undefined &&
      (v.secret.defaultMode < 0 || v.secret.defaultMode > 0o777)
    ) {
      out.push(`spec.volumes[${i}].secret.defaultMode: must be between 0 and 0777`);
    }
    volumes.add(v.name);
  }
  if (!Array.isArray(spec.containers) || spec.containers.length === 0) {
    out.push('spec.containers: Required value');
  }
  for (const [i, c] of (spec.containers ?? []).entries()) {
    const at = `spec.containers[${i}]`;
    if (!isDnsLabel(c.name ?? '')) out.push(`${at}.name: invalid '${c.name}'`);
    if (!c.image) out.push(`${at}.image: Required value`);
    for (const m of c.volumeMounts ?? []) {
      if (!volumes.has(m.name)) out.push(`${at}.volumeMounts.name: Not found: '${m.name}'`);
      if (!m.mountPath) out.push(`${at}.volumeMounts.mountPath: Required value`);
    }
    const req = (c.resources?.requests ?? {}) as Record<string, string>;
    const lim = (c.resources?.limits ?? {}) as Record<string, string>;
    for (const [k, q] of Object.entries({ ...req, ...lim })) {
      if (!QUANTITY.test(String(q))) out.push(`${at}.resources: invalid quantity '${q}' for ${k}`);
    }
    for (const [k, q] of Object.entries(req)) {
      if (lim[k] !== undefined && amount(q) > amount(lim[k])) {
        out.push(`${at}.resources.requests[${k}]: must be less than or equal to ${k} limit`);
      }
      // Extended resources (a domain other than kubernetes.io) cannot be overcommitted.
      if (
        k.includes('/') &&
        !k.startsWith('kubernetes.io/') &&
        lim[k] !== undefined &&
        amount(q) !== amount(lim[k])
      ) {
        out.push(`${at}.resources.requests[${k}]: must be equal to ${k} limit`);
      }
    }
    for (const k of Object.keys(lim)) {
      if (k.includes('/') && !k.startsWith('kubernetes.io/') && !/^\d+$/.test(String(lim[k]))) {
        out.push(`${at}.resources.limits[${k}]: must be an integer`);
      }
    }
  }
  if (spec.restartPolicy && !['Always', 'OnFailure', 'Never'].includes(spec.restartPolicy)) {
    out.push(`spec.restartPolicy: Unsupported value '${spec.restartPolicy}'`);
  }
  if (spec.activeDeadlineSeconds !== undefined && !(spec.activeDeadlineSeconds >= 1)) {
    out.push('spec.activeDeadlineSeconds: must be greater than or equal to 1');
  }
  out.push(...labels(spec.nodeSelector, 'spec.nodeSelector'));
  for (const [i, t] of (spec.tolerations ?? []).entries()) {
    const at = `spec.tolerations[${i}]`;
    if (t.key && !isQualifiedName(t.key)) out.push(`${at}.key: invalid '${t.key}'`);
    if (t.operator === 'Exists' && t.value)
      out.push(`${at}.operator: value must be empty when operator is 'Exists'`);
    if (t.operator && !['Equal', 'Exists'].includes(t.operator))
      out.push(`${at}.operator: Unsupported value`);
    if (!t.key && t.operator !== 'Exists')
      out.push(`${at}.operator: must be 'Exists' when key is empty`);
    if (t.effect && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(t.effect)) {
      out.push(`${at}.effect: Unsupported value '${t.effect}'`);
    }
  }
  return out;
}

export function secretProblems(secret: Obj): string[] {
  const out: string[] = [];
  const name = secret.metadata?.name;
  if (!name || !isSubdomain(name)) out.push(`metadata.name: invalid '${name}'`);
  out.push(...labels(secret.metadata?.labels, 'metadata.labels'));
  for (const [i, o] of (secret.metadata?.ownerReferences ?? []).entries()) {
    for (const f of ['apiVersion', 'kind', 'name', 'uid']) {
      if (!o[f]) out.push(`metadata.ownerReferences[${i}].${f}: Required value`);
    }
  }
  for (const [k, v] of Object.entries((secret.data ?? {}) as Record<string, unknown>)) {
    if (!SECRET_KEY.test(k))
      out.push(
        `data[${k}]: a valid config key must consist of alphanumeric characters, '-', '_' or '.'`,
      );
    if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0) {
      out.push(`data[${k}]: illegal base64 data`);
    }
  }
  return out;
}

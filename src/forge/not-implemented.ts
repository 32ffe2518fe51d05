/** Placeholder body for a capability a forge driver does not offer yet; replaced as drivers grow. */
export function notImplemented(what: string): never {
  throw new Error(`${what} is not implemented for this forge yet`);
}

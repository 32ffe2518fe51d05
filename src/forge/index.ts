import type { ForgeKind, RunContext } from '../core/context';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Forge } from './types';
import { FORGE_KINDS, forgeInfo } from './registry';

export type { ForgeKind } from '../core/context';

/** No --driver, no CI platform and no repository URL on a forge's public host. */
export function unknownForgeError(): ConfigurationError {
  return new ConfigurationError(
    `Cannot tell which forge to use outside a known CI platform: pass --driver ${FORGE_KINDS.join('|')} (and --repo) or write the report locally.`,
  );
}

/**
 * The driver for the forge this run talks to. The kind is explicit (--driver), else the
 * context's (the platform's forge, or the repository's host), never guessed from a host name
 * here, so GitHub Enterprise and self-managed GitLab work.
 */
export async function createForge(options: {
  context: RunContext;
  token: string | undefined;
  logger: Logger;
  kind?: ForgeKind;
}): Promise<Forge> {
  const kind = options.kind ?? options.context.forge;
  if (!kind) throw unknownForgeError();
  const info = forgeInfo(kind);
  if (!options.token) throw new ConfigurationError(info.missingToken);
  const create = await info.load();
  return create(options.context, options.token, options.logger);
}

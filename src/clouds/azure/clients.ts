import { readFileSync } from 'node:fs';
import type { TokenCredential } from '@azure/core-auth';
import type { ComputeManagementClient } from '@azure/arm-compute';
import type { NetworkManagementClient } from '@azure/arm-network';

export interface AzureClients {
  compute: ComputeManagementClient;
  network: NetworkManagementClient;
  /** Trusted CA for a private endpoint (emulators), for the boot log download. */
  ca?: string;
}

/**
 * Credentials: CML_AZURE_ACCESS_TOKEN (a bearer token already issued, e.g. by `az account
 * get-access-token`) or DefaultAzureCredential, which tries, in order, the environment
 * (AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET or certificate), workload identity
 * (AZURE_FEDERATED_TOKEN_FILE: OIDC federation), managed identity, then the Azure CLI session
 * that azure/login leaves on a GitHub runner.
 */
async function credentialFrom(env: NodeJS.ProcessEnv): Promise<TokenCredential> {
  const token = env.CML_AZURE_ACCESS_TOKEN;
  if (token) {
    // The token's lifetime is the caller's business: we hold no way to refresh it.
    return {
      getToken: () => Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3600_000 }),
    };
  }
  const { DefaultAzureCredential } = await import('@azure/identity');
  return new DefaultAzureCredential();
}

/**
 * The Compute and Network clients, imported on first use so no other cloud pays for them.
 * CML_AZURE_ENDPOINT (https://host:port) points them at another Resource Manager endpoint
 * (Azure Stack, emulators) and CML_AZURE_CA_FILE names a PEM CA to trust for it: the SDK sends
 * bearer tokens over https only.
 */
export async function createAzureClients(
  subscriptionId: string,
  pollSeconds: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<AzureClients> {
  const [{ ComputeManagementClient: Compute }, { NetworkManagementClient: Network }, credential] =
    await Promise.all([
      import('@azure/arm-compute'),
      import('@azure/arm-network'),
      credentialFrom(env),
    ]);
  const ca = env.CML_AZURE_CA_FILE ? readFileSync(env.CML_AZURE_CA_FILE, 'utf8') : undefined;
  const endpoint = env.CML_AZURE_ENDPOINT;
  const options = {
    ...(endpoint ? { endpoint, credentialScopes: ['https://management.azure.com/.default'] } : {}),
    ...(ca ? { tlsOptions: { ca } } : {}),
    // The pipeline retries 429 (Retry-After honoured) and 5xx itself; bounded so a dead API
    // fails in tens of seconds. Tests poll fast, production every 5 s at most.
    retryOptions: { maxRetries: 4, retryDelayInMs: Math.max(10, pollSeconds * 200) },
  };
  return {
    compute: new Compute(credential, subscriptionId, options),
    network: new Network(credential, subscriptionId, options),
    ca,
  };
}

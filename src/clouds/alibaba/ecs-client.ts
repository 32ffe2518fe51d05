import type EcsClient from '@alicloud/ecs20140526';

export type EcsModule = typeof import('@alicloud/ecs20140526');

/**
 * The ECS client, imported on first use. Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and
 * ALIBABA_CLOUD_ACCESS_KEY_SECRET (with ALIBABA_CLOUD_SECURITY_TOKEN for an STS token, which is
 * what OIDC role assumption gives). CML_ALIBABA_ECS_ENDPOINT (http://host:port) points it
 * elsewhere, for emulators.
 */
export async function createEcsClient(
  regionId: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ client: EcsClient; ecs: EcsModule }> {
  const [ecs, { $OpenApiUtil }] = await Promise.all([
    import('@alicloud/ecs20140526'),
    import('@alicloud/openapi-core'),
  ]);
  const override = env.CML_ALIBABA_ECS_ENDPOINT ? new URL(env.CML_ALIBABA_ECS_ENDPOINT) : undefined;
  const config = new $OpenApiUtil.Config({
    accessKeyId: env.ALIBABA_CLOUD_ACCESS_KEY_ID,
    accessKeySecret: env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    securityToken: env.ALIBABA_CLOUD_SECURITY_TOKEN,
    regionId,
    endpoint: override ? override.host : `ecs.${regionId}.aliyuncs.com`,
    protocol: override ? override.protocol.replace(':', '') : 'https',
    readTimeout: 30_000,
    connectTimeout: 10_000,
  });
  const Client = (ecs.default as unknown as { default?: typeof EcsClient }).default ?? ecs.default;
  return { client: new Client(config), ecs };
}

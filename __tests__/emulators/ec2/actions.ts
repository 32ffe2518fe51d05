/**
 * The EC2 actions the emulator answers, with the request parameters the EC2 API reference
 * (version 2016-11-15) lists for each; anything else sent is recorded as a violation.
 */
export const ACTION_PARAMETERS: Record<string, { allowed: string[]; required: string[] }> = {
  RunInstances: {
    allowed: [
      'ImageId',
      'InstanceType',
      'MinCount',
      'MaxCount',
      'UserData',
      'SubnetId',
      'SecurityGroupId',
      'SecurityGroup',
      'IamInstanceProfile',
      'TagSpecification',
      'MetadataOptions',
      'InstanceMarketOptions',
      'InstanceInitiatedShutdownBehavior',
      'BlockDeviceMapping',
      'KeyName',
      'ClientToken',
      'DryRun',
      'Placement',
      'EbsOptimized',
      'NetworkInterface',
    ],
    required: ['MinCount', 'MaxCount'],
  },
  DescribeInstances: {
    allowed: ['Filter', 'InstanceId', 'MaxResults', 'NextToken', 'DryRun'],
    required: [],
  },
  TerminateInstances: { allowed: ['InstanceId', 'DryRun'], required: ['InstanceId'] },
  CreateTags: { allowed: ['ResourceId', 'Tag', 'DryRun'], required: ['ResourceId', 'Tag'] },
  DescribeImages: {
    allowed: [
      'Filter',
      'ImageId',
      'Owner',
      'ExecutableBy',
      'IncludeDeprecated',
      'MaxResults',
      'NextToken',
      'DryRun',
    ],
    required: [],
  },
  GetConsoleOutput: { allowed: ['InstanceId', 'Latest', 'DryRun'], required: ['InstanceId'] },
};

/** Codes of EC2 instance states, as DescribeInstances reports them. */
export const STATE_CODES: Record<string, number> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

/** Whether an EC2 filter value (with `*` and `?` wildcards) matches. */
export function matchesWildcard(pattern: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  const regex = new RegExp(
    '^' +
      pattern
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('') +
      '$',
  );
  return regex.test(value);
}

/**
 * A small IAM evaluator for the policy the README gives the launching role, and the authorization
 * checks EC2 makes for each request the driver sent (as the emulator recorded them). Written for
 * the test because no maintained library evaluates IAM policies offline; it covers what the policy
 * uses: Allow/Deny, Action and Resource wildcards, and the StringEquals / StringLike / Null
 * operators with their ForAllValues / ForAnyValue forms.
 *
 * What EC2 authorizes, per the Service Authorization Reference ("Actions, resources, and condition
 * keys for Amazon EC2") and the User Guide ("Grant permission to tag resources during creation"):
 * RunInstances is checked once per resource it uses or creates (image, subnet, security group,
 * network interface, volume, instance, spot request); `aws:RequestTag/*` and `aws:TagKeys` carry
 * the tags of that created resource's TagSpecification; every tagged resource also needs
 * `ec2:CreateTags` with `ec2:CreateAction = RunInstances`. Terminate and console reads are checked
 * on the instance with its tags as `aws:ResourceTag/*`; Describe* calls take no resource (`*`).
 */
import { list, obj, str, type QueryObject } from './query';

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface Policy {
  Version: string;
  Statement: Statement[];
}

export interface AuthCheck {
  action: string;
  resource: string;
  context: Record<string, string | string[]>;
  /** What the check is for, in a failure message. */
  why: string;
}

const arrayOf = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

function wildcard(pattern: string, value: string, caseless = false): boolean {
  const re = new RegExp(
    '^' +
      pattern
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
        .join('') +
      '$',
    caseless ? 'i' : '',
  );
  return re.test(value);
}

function conditionHolds(
  operator: string,
  key: string,
  expected: string[],
  context: Record<string, string | string[]>,
): boolean {
  const [qualifier, op] = operator.includes(':') ? operator.split(':') : [undefined, operator];
  const actual = context[key];
  if (op === 'Null') {
    const isNull = actual === undefined;
    return expected.some((e) => (e === 'true') === isNull);
  }
  const test = (value: string) =>
    expected.some((e) =>
      op === 'StringEquals'
        ? e === value
        : op === 'StringLike'
          ? wildcard(e, value)
          : op === 'StringNotEquals'
            ? e !== value
            : (() => {
                throw new Error(`The evaluator does not know the ${operator} operator.`);
              })(),
    );
  if (qualifier === 'ForAllValues') return arrayOf(actual ?? []).every(test);
  if (qualifier === 'ForAnyValue') return arrayOf(actual ?? []).some(test);
  if (actual === undefined) return op === 'StringNotEquals';
  return arrayOf(actual).some(test);
}

function matches(statement: Statement, check: AuthCheck): boolean {
  const action = arrayOf(statement.Action).some((a) => wildcard(a, check.action, true));
  const resource = arrayOf(statement.Resource).some((r) => wildcard(r, check.resource));
  if (!action || !resource) return false;
  return Object.entries(statement.Condition ?? {}).every(([operator, keys]) =>
    Object.entries(keys).every(([key, values]) =>
      conditionHolds(operator, key, arrayOf(values), check.context),
    ),
  );
}

/** Allowed when an Allow statement matches and no Deny does (IAM's evaluation logic). */
export function allows(policy: Policy, check: AuthCheck): boolean {
  if (policy.Statement.some((s) => s.Effect === 'Deny' && matches(s, check))) return false;
  return policy.Statement.some((s) => s.Effect === 'Allow' && matches(s, check));
}

const tagContext = (prefix: string, tags: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(tags).map(([k, v]) => [`${prefix}/${k}`, v])),
  ...(prefix === 'aws:RequestTag' ? { 'aws:TagKeys': Object.keys(tags) } : {}),
});

/**
 * The checks EC2 makes for one recorded request. `instanceTags` gives an existing instance's tags
 * (for aws:ResourceTag); `profileRole` maps an instance profile to the role it passes.
 */
export function checksFor(
  request: { action: string; params: QueryObject },
  env: {
    region: string;
    account: string;
    instanceTags: (id: string) => Record<string, string> | undefined;
    profileRole: (profile: string) => string;
  },
): AuthCheck[] {
  const { action, params } = request;
  const arn = (type: string, id: string, account = env.account) =>
    `arn:aws:ec2:${env.region}:${account}:${type}/${id}`;
  const ec2 = `ec2:${action}`;
  switch (action) {
    case 'RunInstances': {
      const checks: AuthCheck[] = [];
      const nic = list(params.NetworkInterface).map(obj)[0];
      const spot = str(obj(params.InstanceMarketOptions).MarketType) === 'spot';
      checks.push({
        action: ec2,
        resource: `arn:aws:ec2:${env.region}::image/${str(params.ImageId)}`,
        context: {},
        why: 'the image',
      });
      const subnet = str(params.SubnetId) ?? (nic ? str(nic.SubnetId) : undefined);
      checks.push({
        action: ec2,
        resource: arn('subnet', subnet ?? 'subnet-default'),
        context: {},
        why: 'the subnet',
      });
      const groups = list(nic ? nic.SecurityGroupId : params.SecurityGroupId).map(
        (g) => str(g) ?? '',
      );
      for (const g of groups.length ? groups : ['sg-default'])
        checks.push({ action: ec2, resource: arn('security-group', g), context: {}, why: g });
      const byType: Record<string, Record<string, string>> = {};
      for (const spec of list(params.TagSpecification).map(obj)) {
        const tags: Record<string, string> = {};
        for (const t of list(spec.Tag).map(obj)) tags[str(t.Key) ?? ''] = str(t.Value) ?? '';
        byType[str(spec.ResourceType) ?? ''] = tags;
      }
      const created = [
        'instance',
        'volume',
        'network-interface',
        ...(spot ? ['spot-instances-request'] : []),
      ];
      for (const type of created) {
        const tags = byType[type];
        const context = tags ? tagContext('aws:RequestTag', tags) : {};
        checks.push({ action: ec2, resource: arn(type, '*'), context, why: `the new ${type}` });
        if (tags)
          checks.push({
            action: 'ec2:CreateTags',
            resource: arn(type, '*'),
            context: { ...context, 'ec2:CreateAction': 'RunInstances' },
            why: `tagging the new ${type}`,
          });
      }
      const profile = obj(params.IamInstanceProfile);
      const name = str(profile.Name) ?? str(profile.Arn)?.split('/').pop();
      if (name)
        checks.push({
          action: 'iam:PassRole',
          resource: `arn:aws:iam::${env.account}:role/${env.profileRole(name)}`,
          context: { 'iam:PassedToService': 'ec2.amazonaws.com' },
          why: `passing the role of instance profile ${name}`,
        });
      return checks;
    }
    case 'TerminateInstances':
    case 'GetConsoleOutput': {
      const ids =
        action === 'GetConsoleOutput'
          ? [str(params.InstanceId) ?? '']
          : list(params.InstanceId).map((v) => str(v) ?? '');
      // An id EC2 does not know is answered NotFound before any resource policy applies.
      return ids.flatMap((id) => {
        const tags = env.instanceTags(id);
        return tags
          ? [
              {
                action: ec2,
                resource: arn('instance', id),
                context: tagContext('aws:ResourceTag', tags),
                why: id,
              },
            ]
          : [];
      });
    }
    default:
      // Describe* and other list calls are not resource-scoped.
      return [{ action: ec2, resource: '*', context: {}, why: 'a read' }];
  }
}

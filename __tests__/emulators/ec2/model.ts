/**
 * Request checks from the EC2 service model that ships with @aws-sdk/client-ec2: each command's
 * input schema (`<Action>Request$`, a Smithy static schema read through @smithy/core's
 * NormalizedSchema) gives the members, their wire names and which are required. Wire names follow
 * the EC2 query protocol as the SDK's serializer writes them (@aws-sdk/core QuerySerializer with
 * `ec2: true`): a member's `ec2QueryName`, else its capitalised `xmlName` or name; lists are
 * flattened (`Filter.1.Name`). EC2 answers a key it does not know with `UnknownParameter` and a
 * missing required one with `MissingParameter` (EC2 API reference, "Common client error codes").
 */
import * as ec2 from '@aws-sdk/client-ec2';
import { NormalizedSchema } from '@smithy/core/schema';
import type { QueryObject, QueryValue } from './query';

type Schema = ReturnType<typeof NormalizedSchema.of>;

export interface ModelProblem {
  code: 'UnknownParameter' | 'MissingParameter' | 'InvalidAction';
  message: string;
}

function wireName(member: Schema, name: string): string {
  const traits = member.getMergedTraits() as { ec2QueryName?: string; xmlName?: string };
  if (traits.ec2QueryName) return traits.ec2QueryName;
  const key = traits.xmlName ?? name;
  return key[0]!.toUpperCase() + key.slice(1);
}

function requiredCount(schema: Schema): number {
  const raw = schema.getSchema() as unknown;
  return Array.isArray(raw) && typeof raw[6] === 'number' ? raw[6] : 0;
}

/** The input schema of an action, or undefined when the SDK has no such operation. */
export function inputSchema(action: string): Schema | undefined {
  const input = (ec2 as unknown as Record<string, unknown>)[`${action}Request$`];
  return input ? NormalizedSchema.of(input as never) : undefined;
}

/** Every problem EC2 would answer for this request's parameters, first one first. */
export function checkAgainstModel(action: string, params: QueryObject): ModelProblem[] {
  const schema = inputSchema(action);
  if (!schema) {
    return [
      { code: 'InvalidAction', message: `The action ${action} is not valid for this web service.` },
    ];
  }
  const { Action: _action, Version: _version, ...rest } = params;
  const problems: ModelProblem[] = [];
  walkStruct(schema, rest, '', problems);
  return problems;
}

function walkStruct(schema: Schema, value: QueryObject, prefix: string, out: ModelProblem[]) {
  const members = new Map<string, Schema>();
  const required: string[] = [];
  let index = 0;
  const count = requiredCount(schema);
  for (const [name, member] of schema.structIterator()) {
    const wire = wireName(member, name);
    members.set(wire, member);
    if (index++ < count) required.push(wire);
  }
  for (const [key, child] of Object.entries(value)) {
    const member = members.get(key);
    if (!member) {
      out.push({
        code: 'UnknownParameter',
        message: `The parameter ${prefix}${key} is not recognized`,
      });
      continue;
    }
    walkValue(member, child, `${prefix}${key}`, out);
  }
  for (const key of required) {
    if (value[key] === undefined) {
      out.push({
        code: 'MissingParameter',
        message: `The request must contain the parameter ${prefix}${key}`,
      });
    }
  }
}

function walkValue(schema: Schema, value: QueryValue, path: string, out: ModelProblem[]) {
  if (schema.isListSchema()) {
    if (!Array.isArray(value)) {
      out.push({ code: 'UnknownParameter', message: `The parameter ${path} is not recognized` });
      return;
    }
    const item = schema.getValueSchema();
    value.forEach((v, i) => {
      if (v !== undefined) walkValue(item, v, `${path}.${i + 1}`, out);
    });
    return;
  }
  if (schema.isStructSchema()) {
    if (typeof value !== 'object' || Array.isArray(value)) {
      out.push({ code: 'UnknownParameter', message: `The parameter ${path} is not recognized` });
      return;
    }
    walkStruct(schema, value, `${path}.`, out);
    return;
  }
  if (typeof value !== 'string') {
    out.push({ code: 'UnknownParameter', message: `The parameter ${path}.* is not recognized` });
  }
}

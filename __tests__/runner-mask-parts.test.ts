// A multi-line secret (a kubeconfig given as the `kubeconfig` input) is masked line by line too.
import { describe, expect, it } from 'vitest';
import type { Logger } from '../src/core/logger';
import { maskWithParts } from '../src/runners/mask-parts';

describe('maskWithParts', () => {
  it('masks the whole secret and each long value of its lines, not short names', () => {
    const masked: string[] = [];
    const logger = { mask: (s: string) => masked.push(s) } as unknown as Logger;
    const kubeconfig = [
      'apiVersion: v1',
      'kind: Config',
      'users:',
      '- name: ci',
      '  user:',
      '    token: eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.payload.sig',
      '    client-key-data: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t',
    ].join('\n');
    maskWithParts(logger, kubeconfig);
    expect(masked).toEqual([
      kubeconfig,
      'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.payload.sig',
      'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t',
    ]);
    masked.length = 0;
    maskWithParts(logger, 'single-line-token-value');
    expect(masked).toEqual(['single-line-token-value']);
  });
});

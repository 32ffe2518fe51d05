/**
 * The instance start-up script's EC2 part (bash, inserted by src/runners/render-startup.ts).
 * A spot instance gets two minutes' notice: IMDSv2's `spot/instance-action` answers 200 once
 * the instance is marked for interruption, 404 before (EC2 User Guide, "Spot Instance
 * interruption notices").
 */
export const AWS_STARTUP = `
reclaim_notice() {
  local imds=\${CML_AWS_IMDS:-http://169.254.169.254} token
  token=$(curl -fsS -m 2 -X PUT "$imds/latest/api/token" -H 'X-aws-ec2-metadata-token-ttl-seconds: 60') || return 1
  curl -fsS -m 2 -H "X-aws-ec2-metadata-token: $token" "$imds/latest/meta-data/spot/instance-action" >/dev/null
}
`;

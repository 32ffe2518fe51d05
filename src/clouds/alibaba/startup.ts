/**
 * The instance start-up script's Alibaba Cloud part (bash, inserted by
 * src/runners/render-startup.ts). A spot instance about to be reclaimed has
 * `instance/spot/termination-time` in its metadata (a UTC time, about five minutes ahead); the
 * path answers 404 until then (ECS docs, "Spot instances": interruption events through instance
 * metadata at 100.100.100.200).
 */
export const ALIBABA_STARTUP = `
reclaim_notice() {
  local metadata=\${CML_ALIBABA_METADATA:-http://100.100.100.200}
  curl -fsS -m 2 "$metadata/latest/meta-data/instance/spot/termination-time" >/dev/null
}
`;

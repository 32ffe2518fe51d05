/** Legacy CML binaries and the modern command words they stand for. */
export const LEGACY_BINARIES: Record<string, string[]> = {
  'cml-send-comment': ['comment', 'create'],
  'cml-publish': ['publish'],
  'cml-send-github-check': ['check', 'create'],
  'cml-pr': ['pr', 'create'],
  'cml-runner': ['runner', 'launch'],
};

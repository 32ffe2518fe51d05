import type { InputDeclaration } from './types';

/** Inputs of the setup action (the root action.yml). */
export const SETUP_INPUTS = [
  {
    name: 'version',
    type: { kind: 'string' },
    default: 'bundled',
    description:
      "Version of cml to put on PATH. 'bundled' (or 'latest', as setup-cml users write it) uses the copy shipped with this action: no download. Any other version is fetched once from the npm registry and kept in the tool cache.",
    actions: ['setup'],
  },
  {
    name: 'registry',
    type: { kind: 'string' },
    description:
      'npm registry to fetch a non-bundled version from. Defaults to npm_config_registry from the environment, else https://registry.npmjs.org.',
    actions: ['setup'],
  },
  {
    name: 'dvc-version',
    type: { kind: 'string' },
    description:
      'Install this exact DVC version (pip install dvc==X in a cached virtual environment) and put dvc on PATH. Empty: no DVC. The package index comes from PIP_INDEX_URL when set.',
    actions: ['setup'],
  },
  {
    name: 'dvc-extras',
    type: { kind: 'list' },
    description:
      'DVC extras to install with it, comma or newline separated (for example s3, gs, azure), as in pip install dvc[s3]==X.',
    actions: ['setup'],
  },
] as const satisfies readonly InputDeclaration[];

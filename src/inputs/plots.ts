import type { InputDeclaration } from './types';
import { TEMPLATES } from './plot-templates';

/** Inputs of the plots action (and its GitLab component). */
export const PLOTS_INPUTS = [
  {
    name: 'plots',
    type: { kind: 'list' },
    default: '',
    description:
      'Vega-Lite/Vega spec files (.vl.json, .vg.json, .json), data files (csv, tsv, json, yaml), images or dvc.yaml plot ids, newline or comma separated. Empty: every plot in dvc.yaml (top level and per stage).',
    actions: ['plots'],
  },
  {
    name: 'out-dir',
    type: { kind: 'string' },
    default: 'plots',
    description: 'Folder the images are written to, relative to the working directory.',
    actions: ['plots'],
  },
  {
    name: 'format',
    type: { kind: 'enum', options: ['png', 'svg'] },
    default: 'png',
    description:
      'Image format. PNG needs the bundled rasteriser (linux-x64, linux-arm64); elsewhere SVG is written with a warning.',
    actions: ['plots'],
  },
  {
    name: 'scale',
    type: { kind: 'number', min: 0.1, max: 10 },
    default: '1',
    description: 'Resolution scale factor (as vl2png -s).',
    actions: ['plots'],
  },
  {
    name: 'template',
    type: { kind: 'enum', options: TEMPLATES },
    description: "Template for data files (DVC's names). Empty: dvc.yaml's template, else linear.",
    actions: ['plots'],
  },
  {
    name: 'x',
    type: { kind: 'string' },
    description:
      'Field for the x axis of data plots. Empty: dvc.yaml\'s, else the row number ("step").',
    actions: ['plots'],
  },
  {
    name: 'y',
    type: { kind: 'list' },
    default: '',
    description: "Field(s) for the y axis of data plots. Empty: dvc.yaml's, else the last field.",
    actions: ['plots'],
  },
  {
    name: 'title',
    type: { kind: 'string' },
    description: 'Title of data plots.',
    actions: ['plots'],
  },
  {
    name: 'x-label',
    type: { kind: 'string' },
    description: 'x axis title of data plots.',
    actions: ['plots'],
  },
  {
    name: 'y-label',
    type: { kind: 'string' },
    description: 'y axis title of data plots.',
    actions: ['plots'],
  },
  {
    name: 'base-revision',
    type: { kind: 'string' },
    default: '',
    description:
      "Overlay each data plot (and single-view Vega-Lite spec with its own data) as it was at this git revision, coloured by revision. 'auto': the pull/merge request's base (else the default branch). Empty: no overlay.",
    actions: ['plots'],
  },
  {
    name: 'allowed-hosts',
    type: { kind: 'list' },
    default: '',
    description:
      'Hosts plot specs may load data and images from (data.url, image marks), newline or comma separated: host, host:port or *.domain. Empty: no network at all. Link-local and cloud metadata addresses are refused even when listed; files are read only inside the workspace.',
    actions: ['plots', 'report'],
  },
  {
    name: 'dvc-file',
    type: { kind: 'string' },
    default: 'dvc.yaml',
    description: 'DVC pipeline file whose plots are rendered.',
    actions: ['plots'],
  },
] as const satisfies readonly InputDeclaration[];

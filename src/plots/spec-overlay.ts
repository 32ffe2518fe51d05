import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import { isDataFile, parseDataFile, type Row } from './data-file';
import type { SpecKind } from './spec-check';
import { REV_FIELD } from './templates';

export interface SpecOverlayRequest {
  spec: unknown;
  kind: SpecKind;
  /** Absolute path of the spec file. */
  file: string;
  id: string;
  cwd: string;
  /** Reads a file (path relative to cwd) at the base revision; undefined when absent there. */
  readBase: (path: string) => Promise<string | undefined>;
  baseName: string;
  headName: string;
  logger: Logger;
  /** Reads a data file the spec names (absolute path; `url` as the spec wrote it), sandboxed. */
  readHead?: (path: string, url: string) => string;
}

const MULTI_VIEW = ['layer', 'concat', 'hconcat', 'vconcat', 'facet', 'repeat', 'spec'];
const LINE_MARKS = ['line', 'trail', 'area', 'rule'];

/**
 * The base overlay for a Vega-Lite spec file: its data at the base revision (the spec's inline
 * values there, or its local data file read from git) joined with HEAD's, rows tagged with the
 * revision, and the revision drawn as colour (or, when the spec colours by a field already, as
 * dashes or shapes). Specs this cannot rewrite safely (plain Vega, several views, remote data)
 * are drawn for HEAD alone, with a warning saying so.
 */
export async function overlaySpec(request: SpecOverlayRequest): Promise<unknown> {
  const { spec, id, logger } = request;
  const headOnly = (why: string) => {
    logger.warning(`${id}: no base overlay (${why}); drawn for ${request.headName} only.`);
    return spec;
  };
  if (request.kind !== 'vega-lite') return headOnly('only Vega-Lite specs can be overlaid');
  const view = spec as Record<string, unknown>;
  if (MULTI_VIEW.some((k) => k in view)) {
    return headOnly('the spec has several views; only single-view specs can be overlaid');
  }
  const data = view.data as { values?: unknown; url?: unknown } | undefined;
  let head: Row[] | undefined;
  let base: Row[] | undefined;
  if (data && Array.isArray(data.values)) {
    head = data.values as Row[];
    const baseText = await request.readBase(relative(request.cwd, request.file));
    if (baseText === undefined) return headOnly(`the spec does not exist at ${request.baseName}`);
    const baseSpec = safeJson(baseText) as { data?: { values?: unknown } } | undefined;
    if (!Array.isArray(baseSpec?.data?.values)) {
      return headOnly(`the spec at ${request.baseName} holds no inline data values`);
    }
    base = baseSpec.data.values as Row[];
  } else if (data && typeof data.url === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(data.url)) {
    const path = resolve(dirname(request.file), data.url);
    if (!isDataFile(path) || !existsSync(path)) {
      return headOnly(`its data ${data.url} is not a local CSV, TSV, JSON or YAML file`);
    }
    // The spec's data URL is repository content: read through the same sandbox as Vega's loader.
    head = parseDataFile(
      request.readHead ? request.readHead(path, data.url) : readFileSync(path, 'utf8'),
      data.url,
    );
    const baseText = await request.readBase(relative(request.cwd, path));
    if (baseText === undefined)
      return headOnly(`${data.url} does not exist at ${request.baseName}`);
    try {
      base = parseDataFile(baseText, data.url);
    } catch (error) {
      const message = (error as Error).message.replace(
        data.url,
        `${data.url} (at ${request.baseName})`,
      );
      throw new ConfigurationError(message);
    }
  } else {
    return headOnly('the spec has no inline values or local data file');
  }
  const values = [
    ...base.map((row) => ({ ...row, [REV_FIELD]: request.baseName })),
    ...head.map((row) => ({ ...row, [REV_FIELD]: request.headName })),
  ];
  const encoding = { ...((view.encoding as Record<string, unknown> | undefined) ?? {}) };
  const revision = {
    field: REV_FIELD,
    type: 'nominal',
    title: null,
    sort: [request.baseName, request.headName],
  };
  const mark = typeof view.mark === 'string' ? view.mark : (view.mark as { type?: string })?.type;
  if (!('color' in encoding)) encoding.color = revision;
  else encoding[LINE_MARKS.includes(mark ?? '') ? 'strokeDash' : 'shape'] = revision;
  if (mark === 'bar') {
    // Bars coloured by revision would stack, adding base to HEAD: place them side by side.
    const discrete = (channel: string) =>
      ['nominal', 'ordinal'].includes(
        (encoding[channel] as { type?: string } | undefined)?.type ?? '',
      );
    if (discrete('x')) encoding.xOffset = revision;
    else if (discrete('y')) encoding.yOffset = revision;
  }
  // The data becomes inline values: a `format` meant for the file goes with its url.
  return { ...view, data: { values }, encoding };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

import { createHash } from 'node:crypto';
import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { CheckAnnotation, CheckApi } from '../types';
import type { BitbucketClient } from './client';
import { refusals } from './errors';
import { repoPath, repoWebUrl } from './repo';

/** POST …/annotations takes 1 to 100 items (`maxItems: 100` in the description). */
export const ANNOTATIONS_PER_REQUEST = 100;
/** "a report can contain up to 1000 annotations" (the same operation's description). */
export const ANNOTATIONS_PER_REPORT = 1000;
/**
 * The description gives no length limits for report details or annotation summaries; these
 * conservative caps keep long metric tables from being refused (the full text is in the
 * report comment and the job log).
 */
const DETAILS_LIMIT = 2000;
const SUMMARY_LIMIT = 450;
/** Build status keys are identifiers; long ones are shortened with a hash to stay unique. */
const KEY_LIMIT = 40;

type ReportResult = 'PASSED' | 'FAILED' | 'PENDING';

/**
 * Bitbucket has no check runs: a check is a Code Insights report on the commit (shown in the
 * pull request's Reports, annotations on the diff) plus a build status with the same key, so
 * it also counts among the pull request's builds ("require passing builds" merge checks).
 */
export function bitbucketChecks(
  client: BitbucketClient,
  context: RunContext,
  logger: Logger,
): CheckApi {
  const commit = (sha: string) => `${repoPath(context)}/commit/${encodeURIComponent(sha)}`;
  const fallbackUrl = (sha: string) => context.runUrl ?? `${repoWebUrl(context)}/commits/${sha}`;

  async function postStatus(
    sha: string,
    status: { key: string; state: string; name: string; description: string; url: string },
  ) {
    await refusals(
      {
        action: `set the build status '${status.name}' on commit ${sha}`,
        scope: 'repository',
        notFound: `commit ${sha} in ${context.repository}`,
      },
      () =>
        client.request('POST', `${commit(sha)}/statuses/build`, {
          json: { ...status, ...(context.ref ? { refname: context.ref } : {}) },
        }),
    );
  }

  return {
    async createCheck(options) {
      const reportId = identifier(`cml-${options.name}`, 50);
      const result = reportResult(options.conclusion, options.status);
      const details = cut(
        [options.title, options.summary].filter(Boolean).join('\n\n'),
        DETAILS_LIMIT,
      );
      const where = {
        action: `publish the Code Insights report '${options.name}' on commit ${options.sha}`,
        scope: 'repository',
        notFound: `commit ${options.sha} in ${context.repository}`,
      };
      await refusals(where, () =>
        client.request('PUT', `${commit(options.sha)}/reports/${reportId}`, {
          json: {
            title: cut(options.name, 255),
            details,
            report_type: 'TEST',
            reporter: 'cml',
            result,
            ...(options.detailsUrl ? { link: options.detailsUrl } : {}),
          },
        }),
      );
      const all = options.annotations ?? [];
      const annotations = all.slice(0, ANNOTATIONS_PER_REPORT).map((a, i) => toAnnotation(a, i));
      if (all.length > annotations.length) {
        logger.warning(
          `Bitbucket keeps at most ${ANNOTATIONS_PER_REPORT} annotations per report; ${all.length - annotations.length} left in the job log.`,
        );
      }
      for (let at = 0; at < annotations.length; at += ANNOTATIONS_PER_REQUEST) {
        await refusals(where, () =>
          client.request('POST', `${commit(options.sha)}/reports/${reportId}/annotations`, {
            json: annotations.slice(at, at + ANNOTATIONS_PER_REQUEST),
          }),
        );
      }
      const url = options.detailsUrl ?? fallbackUrl(options.sha);
      await postStatus(options.sha, {
        key: identifier(reportId, KEY_LIMIT),
        state: result === 'PASSED' ? 'SUCCESSFUL' : result === 'FAILED' ? 'FAILED' : 'INPROGRESS',
        name: cut(options.name, 255),
        description: cut(options.title, 255),
        url,
      });
      logger.debug(`Code Insights report ${reportId} with ${annotations.length} annotation(s).`);
      // Reports are named by their key, not a number.
      return { id: 0, url };
    },

    async setCommitStatus(options) {
      await postStatus(options.sha, {
        key: identifier(options.context, KEY_LIMIT),
        state:
          options.state === 'pending'
            ? 'INPROGRESS'
            : options.state === 'success'
              ? 'SUCCESSFUL'
              : 'FAILED',
        name: cut(options.context, 255),
        description: cut(options.description, 255),
        url: options.targetUrl ?? fallbackUrl(options.sha),
      });
    },
  };
}

function reportResult(conclusion: string, status: string | undefined): ReportResult {
  if (status === 'queued' || status === 'in_progress') return 'PENDING';
  return conclusion === 'success' || conclusion === 'neutral' || conclusion === 'skipped'
    ? 'PASSED'
    : 'FAILED';
}

function toAnnotation(a: CheckAnnotation, index: number) {
  return {
    external_id: `cml-${index + 1}`,
    annotation_type: a.level === 'failure' ? 'BUG' : 'CODE_SMELL',
    severity: a.level === 'failure' ? 'HIGH' : a.level === 'warning' ? 'MEDIUM' : 'LOW',
    ...(a.level === 'failure' ? { result: 'FAILED' } : {}),
    summary: cut(a.title ? `${a.title}: ${a.message}` : a.message, SUMMARY_LIMIT),
    ...(a.message.length > SUMMARY_LIMIT ? { details: cut(a.message, DETAILS_LIMIT) } : {}),
    path: a.path,
    ...(a.line >= 1 ? { line: a.line } : {}),
  };
}

/** A key Bitbucket takes in a path segment: word characters, dots and dashes, bounded. */
function identifier(text: string, limit: number): string {
  const clean = text.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'cml';
  if (clean.length <= limit) return clean;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return `${clean.slice(0, limit - 9)}-${hash}`;
}

function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

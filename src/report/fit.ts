import { renderBody, type Section } from './marker';
import { truncateMarkdown } from '../core/markdown-truncate';

/**
 * Fits a comment body under the forge's limit. Plain reports are truncated at a Markdown
 * boundary; with sections, the space is shared fairly (small sections whole, the largest ones
 * cut to equal shares) so one job's huge output cannot push the others out of the comment.
 */
export async function fitBody(options: {
  marker?: string;
  content?: string;
  sections?: Section[];
  limit: number;
  fullReport?: string;
}): Promise<{ body: string; truncated: boolean }> {
  const whole = renderBody(options);
  if (whole.length <= options.limit) return { body: whole, truncated: false };
  // Everything but the content: markers, separators, and a little slack for trimming.
  const overhead =
    renderBody({
      ...options,
      content: options.content === undefined ? undefined : '',
      sections: options.sections?.map((s) => ({ ...s, body: '' })),
    }).length + 16;
  const budget = Math.max(0, options.limit - overhead);
  if (!options.sections) {
    const cut = await truncateMarkdown(options.content ?? '', budget, {
      fullReport: options.fullReport,
    });
    return { body: renderBody({ ...options, content: cut.text }), truncated: true };
  }
  const shares = shareOut(
    options.sections.map((s) => s.body.trim().length),
    budget,
  );
  const sections = await Promise.all(
    options.sections.map(async (s, i) => ({
      ...s,
      body: (await truncateMarkdown(s.body.trim(), shares[i]!, { fullReport: options.fullReport }))
        .text,
    })),
  );
  return { body: renderBody({ ...options, sections }), truncated: true };
}

/** Water-filling: every size gets min(size, equal share of what is left). */
export function shareOut(sizes: number[], budget: number): number[] {
  const shares = new Array<number>(sizes.length).fill(0);
  const order = sizes.map((size, i) => ({ size, i })).sort((a, b) => a.size - b.size);
  let left = budget;
  order.forEach(({ size, i }, k) => {
    const fair = Math.floor(left / (order.length - k));
    shares[i] = Math.min(size, fair);
    left -= shares[i]!;
  });
  return shares;
}

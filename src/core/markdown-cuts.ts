import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Nodes, Root } from 'mdast';
import { chunkMarkdown } from './markdown-blocks';

/**
 * Offsets where the document may be cut, ascending, up to about `upTo` (no cut beyond it can
 * fit: sizes never count fewer units than characters). Parsed piece by piece (see blocks.ts), so
 * a 10 MB report costs what its first `upTo` characters cost.
 */
export function cutPoints(markdown: string, upTo: number): number[] {
  const cuts: number[] = [];
  for (const chunk of chunkMarkdown(markdown, undefined, Math.max(0, upTo))) {
    const tree: Root = fromMarkdown(markdown.slice(chunk.start, chunk.end), {
      extensions: [gfmTable()],
      mdastExtensions: [gfmTableFromMarkdown()],
    });
    const inChunk = new Set<number>();
    for (const block of tree.children) {
      addInner(block, inChunk);
      const end = block.position?.end.offset;
      if (end !== undefined) inChunk.add(end);
    }
    cuts.push(...[...inChunk].sort((a, b) => a - b).map((offset) => offset + chunk.start));
  }
  return cuts;
}

function addInner(node: Nodes, cuts: Set<number>): void {
  if (node.type === 'table') {
    // Row 0 is the header; a cut must keep the delimiter row after it, so rows from 1 on.
    node.children.forEach((row, i) => {
      if (i >= 1 && row.position?.end.offset !== undefined) cuts.add(row.position.end.offset);
    });
  } else if (node.type === 'list') {
    for (const item of node.children) {
      if (item.position?.end.offset !== undefined) cuts.add(item.position.end.offset);
    }
  }
}

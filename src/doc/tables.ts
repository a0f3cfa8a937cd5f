/**
 * Tables as units: the block model lists table rows one by one; structural
 * rules need to know which rows form one table (a signature table, a lookup
 * table) to judge a row against its neighbours.
 */
import type { Block } from "./blocks.js";

export interface TableSpan {
  /** Index of the first row in the block list. */
  first: number;
  /** Index just past the last row. */
  last: number;
  rows: Block[];
  start: number;
  end: number;
  /** Widest row, in cells. */
  columns: number;
}

/** Consecutive table rows with no blank line between them form one table. */
export function groupTables(blocks: readonly Block[], text: string): TableSpan[] {
  const tables: TableSpan[] = [];
  let current: TableSpan | undefined;
  blocks.forEach((block, index) => {
    if (block.kind !== "table-row") {
      current = undefined;
      return;
    }
    const contiguous = current !== undefined && current.last === index && !/\n[ \t]*\r?\n/u.test(text.slice(current.end, block.start));
    if (!contiguous) {
      current = { first: index, last: index, rows: [], start: block.start, end: block.end, columns: 0 };
      tables.push(current);
    }
    current!.rows.push(block);
    current!.last = index + 1;
    current!.end = block.end;
    current!.columns = Math.max(current!.columns, block.cells?.length ?? 0);
  });
  return tables;
}

/** The table a block index belongs to, if any. */
export function tableOf(tables: readonly TableSpan[], index: number): TableSpan | undefined {
  return tables.find((table) => table.first <= index && index < table.last);
}

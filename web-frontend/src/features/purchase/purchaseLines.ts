import type { PurchaseLine } from '../../api';
import { categoryKey } from '../programme/CategoryInput';
import { compareAmounts, parseAmount, subtractAmounts, sumAmounts } from '../../format';

/** One row of the "split by product category" section as typed. */
export interface LineRow {
  id: number;
  category: string;
  amount: string;
}

export type LineRowError = { category?: 'required'; amount?: 'invalid' };

export interface CollectedLines {
  /** merged lines to send: one per category (first spelling), amounts added; empty rows left out */
  lines: PurchaseLine[];
  /** for each sent line the ids of the rows it was merged from, so that server errors find their rows */
  rowIds: number[][];
  /** per row id */
  rowErrors: Record<number, LineRowError>;
  /** sum of the valid rows (undefined when there are none) */
  sum?: string;
}

let nextId = 1;
export function emptyRow(): LineRow {
  return { id: nextId++, category: '', amount: '' };
}

function isEmpty(row: LineRow): boolean {
  return !row.category.trim() && !row.amount.trim();
}

/**
 * Checks the rows as the server would (a category for every row that has an amount, amounts above 0 in the
 * currency's precision) and merges rows of the same category. Rows without category and amount are left out.
 */
export function collectLines(rows: LineRow[], fractionDigits: number): CollectedLines {
  const rowErrors: Record<number, LineRowError> = {};
  const byKey = new Map<string, number>();
  const lines: PurchaseLine[] = [];
  const rowIds: number[][] = [];
  const amounts: string[] = [];
  for (const row of rows) {
    if (isEmpty(row)) continue;
    const category = row.category.trim();
    const amount = parseAmount(row.amount, fractionDigits);
    const error: LineRowError = {};
    if (!category) error.category = 'required';
    if (!amount) error.amount = 'invalid';
    if (error.category || error.amount) {
      rowErrors[row.id] = error;
      continue;
    }
    amounts.push(amount!);
    const key = categoryKey(category);
    const index = byKey.get(key);
    if (index === undefined) {
      byKey.set(key, lines.length);
      lines.push({ category, amount: sumAmounts([amount!], fractionDigits)! });
      rowIds.push([row.id]);
    } else {
      lines[index] = { ...lines[index], amount: sumAmounts([lines[index].amount, amount!], fractionDigits)! };
      rowIds[index].push(row.id);
    }
  }
  return { lines, rowIds, rowErrors, sum: amounts.length > 0 ? sumAmounts(amounts, fractionDigits) : undefined };
}

/** What remains uncategorised of `total`, or `exceeded` when the lines add up to more. */
export function remainder(total: string, sum: string, fractionDigits: number): { rest?: string; exceeded: boolean } {
  if (compareAmounts(sum, total) > 0) return { exceeded: true };
  return { rest: subtractAmounts(total, sum, fractionDigits), exceeded: false };
}

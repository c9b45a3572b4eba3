import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseLine } from '../../api';
import { useCategorySuggestions } from '../programme/CategoryInput';
import { compareAmounts } from '../../format';
import type { RowMessages } from './PurchaseLinesSection';
import { collectLines, emptyRow, type LineRow, type LineRowError } from './purchaseLines';

/**
 * State of the purchase form's "split by product category" section: open or not, its rows, their errors (own
 * checks and the server's, which name lines by index: `lines[1].amount`) and the category suggestions, loaded
 * when the section is first opened. Closing the section discards its rows, so nothing hidden is sent.
 */
export function usePurchaseSplit(shopId: string, fractionDigits: number, server: Record<string, string>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const [rows, setRows] = useState<LineRow[]>(() => [emptyRow()]);
  const [rowErrors, setRowErrors] = useState<Record<number, LineRowError>>({});
  // the rows behind each line of the last request
  const [sentRowIds, setSentRowIds] = useState<number[][]>([]);
  const categories = useCategorySuggestions(shopId, used);

  const live = collectLines(rows, fractionDigits);
  const rowIdsInUse = new Set(rows.map((r) => r.id));
  const sentIndexes = open ? sentRowIds.flatMap((ids, k) => (rowIdsInUse.has(ids[0]) ? [k] : [])) : [];
  const messages: RowMessages = {};
  for (const row of rows) {
    const k = sentIndexes.find((i) => sentRowIds[i][0] === row.id);
    const own = rowErrors[row.id];
    messages[row.id] = {
      category: own?.category ? t('purchase.lineCategoryRequired') : k !== undefined ? server[`lines[${k}].category`] : undefined,
      amount: own?.amount ? t('purchase.lineInvalidAmount') : k !== undefined ? server[`lines[${k}].amount`] : undefined,
    };
  }

  function reset() {
    setRows([emptyRow()]);
    setRowErrors({});
    setSentRowIds([]);
  }

  return {
    open,
    toggle() {
      if (open) reset();
      setOpen(!open);
      setUsed(true);
    },
    /** Server field errors shown in the section, not in the form's general error. */
    handledFields: open ? ['lines', ...sentIndexes.flatMap((k) => [`lines[${k}].category`, `lines[${k}].amount`])] : [],
    /**
     * Checks the rows against the purchase amount (when valid) and shows their errors. `lines` are the ones to
     * send (empty when the section is closed or has only empty rows); `valid` is false when sending is blocked.
     */
    check(total: string | undefined): { valid: boolean; lines: PurchaseLine[]; rowIds: number[][] } {
      if (!open) return { valid: true, lines: [], rowIds: [] };
      const collected = collectLines(rows, fractionDigits);
      setRowErrors(collected.rowErrors);
      const exceeded = !!total && !!collected.sum && compareAmounts(collected.sum, total) > 0;
      return { valid: Object.keys(collected.rowErrors).length === 0 && !exceeded, lines: collected.lines, rowIds: collected.rowIds };
    },
    /** Remembers which rows a request's lines came from, for its errors. */
    sending(rowIds: number[][]) {
      setSentRowIds(rowIds);
    },
    /** After a purchase with lines: fresh rows, the categories used offered from now on. */
    recorded(lines: PurchaseLine[]) {
      reset();
      categories.remember(lines.map((l) => l.category));
    },
    section: {
      rows,
      onChange(next: LineRow[], touched?: number) {
        setRows(next);
        if (touched !== undefined) setRowErrors(({ [touched]: _gone, ...rest }) => rest);
      },
      sum: live.sum,
      errors: messages,
      sectionError: open ? server.lines : undefined,
      suggestions: categories.suggestions,
      fractionDigits,
    },
  };
}

import { Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PURCHASE_LINES_MAX } from '../../api';
import { CategoryInput } from '../programme/CategoryInput';
import { formatMoney } from '../../format';
import { emptyRow, remainder, type LineRow } from './purchaseLines';

export type RowMessages = Record<number, { category?: string; amount?: string }>;

/**
 * The rows of "split by product category": a category (with suggestions) and an amount each, rows can be added
 * and removed; below them what remains uncategorised of the purchase amount, or that the rows add up to more.
 */
export function PurchaseLinesSection({
  id,
  rows,
  onChange,
  currency,
  fractionDigits,
  total,
  sum,
  errors,
  sectionError,
  suggestions,
}: {
  id: string;
  rows: LineRow[];
  /** new rows; `touched` is the row that was edited or removed */
  onChange: (rows: LineRow[], touched?: number) => void;
  currency: string;
  fractionDigits: number;
  /** the purchase amount, when it is valid */
  total?: string;
  /** sum of the valid rows */
  sum?: string;
  errors: RowMessages;
  sectionError?: string;
  suggestions: string[];
}) {
  const { t, i18n } = useTranslation();
  const money = (amount: string) => formatMoney(amount, currency, i18n.language);
  const update = (row: LineRow, patch: Partial<LineRow>) =>
    onChange(
      rows.map((r) => (r.id === row.id ? { ...r, ...patch } : r)),
      row.id,
    );
  const left = total ? remainder(total, sum ?? '0', fractionDigits) : undefined;

  return (
    <Stack gap="xs" id={id} data-testid="purchase-lines">
      <Text size="xs" c="dimmed">
        {t('purchase.splitHint')}
      </Text>
      {rows.length > 0 && (
        <Group gap="xs" wrap="nowrap" aria-hidden>
          <Text size="sm" fw={500} style={{ flex: 3 }}>
            {t('purchase.lineCategory')}
          </Text>
          <Text size="sm" fw={500} style={{ flex: 2 }}>
            {t('purchase.lineAmount', { currency })}
          </Text>
          <div style={{ width: 28 }} />
        </Group>
      )}
      {rows.map((row, i) => (
        <Group key={row.id} gap="xs" align="flex-start" wrap="nowrap" data-testid="purchase-line">
          <CategoryInput
            aria-label={t('purchase.lineCategoryRow', { n: i + 1 })}
            suggestions={suggestions}
            value={row.category}
            onChange={(category) => update(row, { category })}
            error={errors[row.id]?.category}
            style={{ flex: 3, minWidth: 0 }}
          />
          <TextInput
            aria-label={t('purchase.lineAmountRow', { n: i + 1 })}
            value={row.amount}
            onChange={(e) => update(row, { amount: e.currentTarget.value })}
            error={errors[row.id]?.amount}
            inputMode="decimal"
            autoComplete="off"
            rightSection={currency}
            rightSectionWidth={48}
            style={{ flex: 2, minWidth: 0 }}
          />
          <CloseButton
            mt={4}
            aria-label={t('purchase.removeLine', { n: i + 1 })}
            onClick={() =>
              onChange(
                rows.filter((r) => r.id !== row.id),
                row.id,
              )
            }
          />
        </Group>
      ))}
      <Group justify="space-between" align="center">
        <Button
          variant="light"
          size="xs"
          onClick={() => onChange([...rows, emptyRow()])}
          disabled={rows.length >= PURCHASE_LINES_MAX}
        >
          {t('purchase.addLine')}
        </Button>
        {left && (
          <Text size="sm" c={left.exceeded ? 'red' : 'dimmed'} data-testid="purchase-lines-remaining" aria-live="polite">
            {left.exceeded
              ? t('purchase.linesExceed', { sum: money(sum ?? '0'), amount: money(total!) })
              : t('purchase.uncategorised', { amount: money(left.rest ?? '0') })}
          </Text>
        )}
      </Group>
      {rows.length >= PURCHASE_LINES_MAX && (
        <Text size="xs" c="dimmed">
          {t('purchase.linesMax', { max: PURCHASE_LINES_MAX })}
        </Text>
      )}
      {sectionError && (
        <Text size="sm" c="red" data-testid="purchase-lines-error">
          {sectionError}
        </Text>
      )}
    </Stack>
  );
}

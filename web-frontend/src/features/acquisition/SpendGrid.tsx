import { memo, useCallback, useEffect, useMemo, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { Alert, Button, FileButton, Group, List, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError, type ShopChannel, type SpendCell } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert, fieldKey } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useAction } from '../../components/useAction';
import { useLoad } from '../../components/useLoad';
import {
  amountForInput,
  compareAmounts,
  currencyFractionDigits,
  formatMoney,
  parseAmount,
  sumAmounts,
} from '../../format';
import { channelLabel } from './channels';
import { formatMonth, monthRange } from './months';

const cellKey = (channel: string, month: string) => `${channel}|${month}`;

/**
 * A spend amount as typed ("250", "1.234,50", "" or "0" to clear) as a decimal string ("0" for nothing); undefined
 * when it is not an amount ≥ 0 with at most `fractionDigits` decimals.
 */
export function parseSpend(input: string, fractionDigits = 2): string | undefined {
  const s = input.trim();
  if (s === '' || /^0+([.,]0*)?$/.test(s)) return '0';
  return parseAmount(s, fractionDigits);
}

/** `cells[3].amount` → 3 (the index into the cells sent). */
function cellIndex(field: string): number | undefined {
  const m = /cells\[(\d+)\]/.exec(field);
  return m ? Number(m[1]) : undefined;
}

/**
 * The marketing spend per channel (rows) and month (columns) of the period, typed into a grid; saving sends only the
 * cells that changed (an emptied cell as 0, which clears it); a cell the server refuses shows why at the cell. Totals
 * per channel and month follow the typing. Also reads a CSV file `channel,month,amount`.
 */
export function SpendGrid({
  shopId,
  channels,
  from,
  to,
  onSaved,
}: {
  shopId: string;
  channels: ShopChannel[];
  from: string;
  to: string;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const api = useApi();
  const { shop } = useUser();
  const spend = useLoad(() => api.acquisition.spend(shopId, from, to), [api, shopId, from, to]);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<number>();
  const save = useAction();

  // new figures from the server: what was typed is in them now (or belonged to another period)
  useEffect(() => {
    setEdits({});
    setCellErrors({});
  }, [spend.data]);

  const currency = spend.data?.currency ?? shop.currency;
  const digits = currencyFractionDigits(currency);
  const months = monthRange(from, to);
  const original = useMemo(() => {
    const map = new Map<string, string>();
    for (const c of spend.data?.cells ?? []) map.set(cellKey(c.channel, c.month), c.amount);
    return map;
  }, [spend.data]);
  // every channel of the shop, and any other one the spend names
  const rows = useMemo(() => {
    const codes = channels.map((c) => c.code);
    for (const c of spend.data?.cells ?? []) if (!codes.includes(c.channel)) codes.push(c.channel);
    return codes;
  }, [channels, spend.data]);

  const text = (key: string) => edits[key] ?? (original.has(key) ? amountForInput(original.get(key)!, lang) : '');
  /** The amount a cell holds now: as typed when that is an amount, else as saved. */
  const amount = (key: string) => {
    const typed = key in edits ? parseSpend(edits[key], digits) : undefined;
    return typed ?? original.get(key) ?? '0';
  };
  const invalid = Object.keys(edits).filter((k) => parseSpend(edits[k], digits) === undefined);
  const changedCells: SpendCell[] = [];
  for (const [key, typed] of Object.entries(edits)) {
    const parsed = parseSpend(typed, digits);
    if (parsed === undefined || compareAmounts(parsed, original.get(key) ?? '0') === 0) continue;
    const [channel, month] = key.split('|');
    changedCells.push({ channel, month, amount: parsed });
  }
  const money = (values: string[]) => formatMoney(sumAmounts(values, digits) ?? '0', currency, lang);

  // stable, so that typing into one cell renders only that cell
  const edit = useCallback((key: string, value: string) => {
    setEdits((e) => ({ ...e, [key]: value }));
    setCellErrors((errors) => {
      if (!(key in errors)) return errors;
      const { [key]: _, ...rest } = errors;
      return rest;
    });
    setSaved(undefined);
  }, []);

  async function onSave() {
    if (invalid.length > 0 || changedCells.length === 0) return;
    const sent = changedCells;
    setSaved(undefined);
    setCellErrors({});
    const ok = await save.run(async () => {
      try {
        const written = await api.acquisition.setSpend(shopId, { cells: sent });
        setSaved(written.cells);
      } catch (e) {
        // the server names the refused cells by their index in what was sent: shown at them
        if (isApiError(e)) {
          const errors: Record<string, string> = {};
          for (const fe of e.fieldErrors) {
            const i = cellIndex(fe.field);
            const cell = i === undefined ? undefined : sent[i];
            if (cell) errors[cellKey(cell.channel, cell.month)] ??= fe.message;
          }
          setCellErrors(errors);
        }
        throw e;
      }
    });
    if (ok) {
      await spend.reload();
      onSaved();
    }
  }

  const handledFields = isApiError(save.error)
    ? save.error.fieldErrors.map((fe) => fieldKey(fe.field)).filter((f) => cellIndex(f) !== undefined)
    : [];

  const invalidText = t('acquisition.spend.invalidAmount');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('acquisition.spend.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('acquisition.spend.title')}
        </Title>
        <Text size="sm">{t('acquisition.spend.intro', { currency })}</Text>
        <LoadError error={spend.error} onRetry={() => void spend.reload()} />
        {saved !== undefined && (
          <Alert color="teal" withCloseButton onClose={() => setSaved(undefined)} data-testid="spend-saved">
            {t('acquisition.spend.saved', { count: saved })}
          </Alert>
        )}
        <ErrorAlert error={save.error} handledFields={handledFields} />
        {!spend.data ? (
          !spend.error && <Loading />
        ) : (
          <Table.ScrollContainer minWidth={220 + (months.length + 1) * 110}>
            <Table withColumnBorders data-testid="spend-grid" verticalSpacing={4} horizontalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th miw={160}>{t('acquisition.spend.channel')}</Table.Th>
                  {months.map((m) => (
                    <Table.Th key={m} ta="right" miw={100} style={{ whiteSpace: 'nowrap' }}>
                      {formatMonth(m, lang)}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right" miw={110}>
                    {t('acquisition.spend.total')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((code) => {
                  const label = channelLabel(t, code, channels);
                  return (
                    <Table.Tr key={code} data-testid="spend-row">
                      <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }}>
                        {label}
                      </Table.Th>
                      {months.map((m) => {
                        const key = cellKey(code, m);
                        const typed = key in edits;
                        const parsed = typed ? parseSpend(edits[key], digits) : undefined;
                        const bad = typed && parsed === undefined;
                        const changed = parsed !== undefined && compareAmounts(parsed, original.get(key) ?? '0') !== 0;
                        return (
                          <Table.Td key={m}>
                            <SpendInput
                              cell={key}
                              label={t('acquisition.spend.cellLabel', { channel: label, month: formatMonth(m, lang, true) })}
                              value={text(key)}
                              error={bad ? invalidText : cellErrors[key]}
                              changed={changed}
                              onEdit={edit}
                            />
                          </Table.Td>
                        );
                      })}
                      <Table.Td ta="right" data-testid="row-total" style={{ whiteSpace: 'nowrap' }}>
                        {money(months.map((m) => amount(cellKey(code, m))))}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr data-testid="month-totals">
                  <Table.Th scope="row">{t('acquisition.spend.total')}</Table.Th>
                  {months.map((m) => (
                    <Table.Td key={m} ta="right" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="month-total">
                      {money(rows.map((code) => amount(cellKey(code, m))))}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="grand-total">
                    {money(rows.flatMap((code) => months.map((m) => amount(cellKey(code, m)))))}
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm" c="dimmed" data-testid="spend-changes">
            {invalid.length > 0
              ? t('acquisition.spend.fixInvalid', { count: invalid.length })
              : t('acquisition.spend.changes', { count: changedCells.length })}
          </Text>
          <Group gap="xs">
            {Object.keys(edits).length > 0 && (
              <Button
                variant="default"
                onClick={() => {
                  setEdits({});
                  setCellErrors({});
                  save.setError(undefined);
                }}
              >
                {t('acquisition.spend.discard')}
              </Button>
            )}
            <Button
              onClick={() => void onSave()}
              loading={save.busy}
              disabled={changedCells.length === 0 || invalid.length > 0}
              data-testid="spend-save"
            >
              {t('acquisition.spend.save')}
            </Button>
          </Group>
        </Group>
        <SpendImport
          shopId={shopId}
          onImported={() => {
            void spend.reload();
            onSaved();
          }}
        />
      </Stack>
    </Paper>
  );
}

/** One cell of the grid (rendered again only when its own props change). */
const SpendInput = memo(function SpendInput({
  cell,
  label,
  value,
  error,
  changed,
  onEdit,
}: {
  cell: string;
  label: string;
  value: string;
  error?: string;
  changed: boolean;
  onEdit: (cell: string, value: string) => void;
}) {
  return (
    <TextInput
      size="xs"
      aria-label={label}
      value={value}
      onChange={(e) => onEdit(cell, e.currentTarget.value)}
      inputMode="decimal"
      error={error}
      data-changed={changed || undefined}
      styles={{
        input: {
          textAlign: 'right',
          ...(changed ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : {}),
        },
      }}
    />
  );
});

/** `line 3: amount` → line 3, column amount. */
function lineOf(field: string): { line: string; column: string } | undefined {
  const m = /^line (\d+): (\w+)$/.exec(field.trim());
  return m ? { line: m[1], column: m[2] } : undefined;
}

function SpendImport({ shopId, onImported }: { shopId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const action = useAction();
  const [written, setWritten] = useState<number>();
  const resetRef = useRef<() => void>(null);

  async function onFile(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    setWritten(undefined);
    await action.run(async () => {
      const answer = await api.acquisition.importSpend(shopId, file);
      setWritten(answer.cells);
      onImported();
    });
  }

  const error = action.error;
  const refused = isApiError(error) && error.status === 422;
  return (
    <Stack gap="xs" data-testid="spend-import">
      <Title order={3} size="h5">
        {t('acquisition.spend.importTitle')}
      </Title>
      <Text size="sm">{t('acquisition.spend.importHint')}</Text>
      {written !== undefined && (
        <Alert color="teal" withCloseButton onClose={() => setWritten(undefined)} data-testid="spend-imported">
          {t('acquisition.spend.imported', { count: written })}
        </Alert>
      )}
      {refused ? (
        <Alert color="red" title={t('acquisition.spend.importRefused')} role="alert" data-testid="spend-import-error">
          {error.detail && <Text size="sm">{error.detail}</Text>}
          {error.fieldErrors.length > 0 && (
            <List size="sm" mt={4}>
              {error.fieldErrors
                .filter((fe) => fe.message !== error.detail || lineOf(fe.field))
                .map((fe, i) => {
                  const at = lineOf(fe.field);
                  return (
                    <List.Item key={i}>
                      {at ? t('acquisition.spend.lineError', { ...at, message: fe.message }) : fe.message}
                    </List.Item>
                  );
                })}
            </List>
          )}
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
      <Group>
        <FileButton
          onChange={(f) => void onFile(f)}
          accept=".csv,text/csv,text/plain"
          resetRef={resetRef}
          inputProps={{ 'data-testid': 'spend-file' } as ComponentPropsWithoutRef<'input'>}
        >
          {(props) => (
            <Button {...props} variant="default" loading={action.busy}>
              {t('acquisition.spend.importButton')}
            </Button>
          )}
        </FileButton>
      </Group>
    </Stack>
  );
}

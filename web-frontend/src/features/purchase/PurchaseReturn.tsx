import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { isApiError, type IdempotencyKeys, type NewReturn, type Purchase, type PurchaseReturned } from '../../api';
import { ErrorAlert, serverFieldErrors } from '../../components/ErrorAlert';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import {
  amountForInput,
  currencyFractionDigits,
  formatDateTime,
  formatMoney,
  formatPoints,
  formatPointsDelta,
  isPositiveAmount,
  parseAmount,
  subtractAmounts,
} from '../../format';

/** What of a purchase can still be returned, e.g. "15.00" of 25.00 after returning 10.00. */
export function returnableAmount(purchase: Purchase): string {
  const digits = currencyFractionDigits(purchase.currency);
  return subtractAmounts(purchase.amount, purchase.amountReturned ?? '0', digits) ?? '0';
}

/** Rejections of the return amount that belong at the amount input. */
const AMOUNT_CODES = new Set(['return-exceeds-purchase', 'amount-not-positive', 'amount-precision']);

/** Points taken back, as "-10 points". */
function useReversedText() {
  const { t, i18n } = useTranslation();
  return (points: number) => t('points.count', { count: points, points: formatPointsDelta(-points, i18n.language) });
}

/**
 * The customer's purchases (staff view): points earned, pending points with the date they become available
 * (shop time zone), what was returned and the points taken back, and a "Return" action for every purchase
 * with something left to return.
 */
export function PurchasesTable({
  purchases,
  timeZone,
  onReturn,
}: {
  purchases: Purchase[];
  timeZone: string;
  onReturn: (purchase: Purchase) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reversedText = useReversedText();
  return (
    <ResponsiveTable
      rows={purchases}
      rowKey={(p) => p.id}
      rowProps={(p) => ({ 'data-testid': 'purchase-row', 'data-purchase-id': p.id })}
      testId="purchases-table"
      minWidth={720}
      tableProps={{ striped: true }}
      columns={[
        {
          key: 'date',
          header: t('ledger.date'),
          cell: (p) => formatDateTime(p.occurredAt, timeZone, lang),
          card: 'title',
        },
        {
          key: 'amount',
          header: t('purchase.amountColumn'),
          align: 'right',
          style: { whiteSpace: 'nowrap' },
          cell: (p) => (
            <>
              {formatMoney(p.amount, p.currency, lang)}
              {p.lines && p.lines.length > 0 && (
                <Text size="xs" c="dimmed" data-testid="purchase-lines">
                  {p.lines.map((l) => `${l.category} ${formatMoney(l.amount, p.currency, lang)}`).join(' · ')}
                </Text>
              )}
            </>
          ),
        },
        {
          key: 'reference',
          header: t('purchase.reference'),
          style: { wordBreak: 'break-word' },
          cell: (p) => p.reference || '–',
        },
        {
          key: 'points',
          header: t('purchase.pointsColumn'),
          align: 'right',
          cell: (p) => (
            <>
              <Text span fw={500} data-testid="purchase-points">
                {formatPointsDelta(p.pointsEarned, lang)}
              </Text>
              {p.pointsPending > 0 && (
                <Text size="xs" c="dimmed" data-testid="purchase-pending">
                  {p.releaseAt
                    ? t('purchase.pendingUntil', {
                        points: formatPoints(p.pointsPending, lang),
                        date: formatDateTime(p.releaseAt, timeZone, lang),
                      })
                    : t('ledger.pendingDelta', { points: formatPoints(p.pointsPending, lang) })}
                </Text>
              )}
            </>
          ),
        },
        {
          key: 'returned',
          header: t('purchase.returnedColumn'),
          align: 'right',
          cell: (p) =>
            isPositiveAmount(p.amountReturned ?? '0') ? (
              <>
                <Text span style={{ whiteSpace: 'nowrap' }} data-testid="purchase-returned">
                  {formatMoney(p.amountReturned, p.currency, lang)}
                </Text>
                {p.pointsReversed > 0 && (
                  <Text size="xs" c="red" data-testid="purchase-reversed">
                    {reversedText(p.pointsReversed)}
                  </Text>
                )}
              </>
            ) : (
              '–'
            ),
        },
        {
          key: 'actions',
          header: <VisuallyHidden>{t('purchase.actions')}</VisuallyHidden>,
          align: 'right',
          card: 'actions',
          cell: (p) =>
            isPositiveAmount(returnableAmount(p)) && (
              <Button
                size="compact-sm"
                variant="light"
                color="orange"
                onClick={() => onReturn(p)}
                aria-label={t('returns.buttonLabel', {
                  date: formatDateTime(p.occurredAt, timeZone, lang),
                  amount: formatMoney(p.amount, p.currency, lang),
                })}
                data-testid="purchase-return"
              >
                {t('returns.button')}
              </Button>
            ),
        },
      ]}
    />
  );
}

type Step = 'edit' | 'confirm' | 'done';

/**
 * Records a (partial) return of `purchase`: the amount is prefilled with what can still be returned and can be
 * lowered; "Continue" asks for confirmation, and only "Confirm return" sends it. Every confirmation gets a
 * fresh Idempotency-Key; only confirming the very same return again after a network error reuses it, so the
 * server cannot book one return twice. Closing the dialog forgets the key.
 */
export function ReturnDialog({
  purchase,
  timeZone,
  keys,
  submit,
  onReturned,
  onFailed,
  onClose,
}: {
  /** The purchase to return goods of; the dialog is open while it is set. */
  purchase: Purchase | undefined;
  timeZone: string;
  keys: IdempotencyKeys;
  submit: (purchaseId: string, body: NewReturn, idempotencyKey: string) => Promise<PurchaseReturned>;
  onReturned: (result: PurchaseReturned) => void;
  /** After a refused or failed attempt, e.g. to reload the purchases (another till may have returned goods). */
  onFailed?: (error: unknown) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const phone = useMediaQuery('(max-width: 36em)');
  const reversedText = useReversedText();
  const [shownFor, setShownFor] = useState<string>();
  const [step, setStep] = useState<Step>('edit');
  const [input, setInput] = useState('');
  const [amount, setAmount] = useState<string>();
  const [clientError, setClientError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PurchaseReturned>();

  // Another purchase was opened: start over with its returnable amount.
  if (purchase && purchase.id !== shownFor) {
    setShownFor(purchase.id);
    setStep('edit');
    setInput(amountForInput(returnableAmount(purchase), lang));
    setAmount(undefined);
    setClientError(undefined);
    setError(undefined);
    setResult(undefined);
  }

  const currency = purchase?.currency ?? '';
  const returnable = purchase ? returnableAmount(purchase) : '0';
  const max = formatMoney(returnable, currency, lang);
  const server = serverFieldErrors(error);
  const amountRefused = isApiError(error) && AMOUNT_CODES.has(error.code);
  const amountError =
    clientError ?? server.amount ?? (amountRefused ? (error.detail ?? error.title ?? t('returns.tooMuch', { max })) : undefined);

  function close() {
    if (busy) return;
    keys.reset();
    setShownFor(undefined);
    setResult(undefined);
    setError(undefined);
    onClose();
  }

  function onContinue(e: FormEvent) {
    e.preventDefault();
    if (!purchase) return;
    const normalised = parseAmount(input, currencyFractionDigits(currency), lang);
    if (!normalised) {
      setClientError(t('returns.invalidAmount'));
      return;
    }
    if (isPositiveAmount(subtractAmounts(normalised, returnable, 0) ?? '0')) {
      setClientError(t('returns.tooMuch', { max }));
      return;
    }
    setClientError(undefined);
    setError(undefined);
    setAmount(normalised);
    setStep('confirm');
  }

  async function confirm() {
    if (!purchase || !amount || busy) return;
    const purchaseId = purchase.id;
    const body: NewReturn = { amount, currency };
    setBusy(true);
    setError(undefined);
    try {
      const returned = await keys.run({ purchaseId, ...body }, (key) => submit(purchaseId, body, key));
      setResult(returned);
      setStep('done');
      onReturned(returned);
    } catch (err) {
      setError(err);
      // A refused amount is corrected at the input.
      if (isApiError(err) && (AMOUNT_CODES.has(err.code) || serverFieldErrors(err).amount)) setStep('edit');
      onFailed?.(err);
    } finally {
      setBusy(false);
    }
  }

  const summary = purchase && (
    <div>
      <Text fw={600} data-testid="return-purchase">
        {t('returns.purchase', {
          date: formatDateTime(purchase.occurredAt, timeZone, lang),
          amount: formatMoney(purchase.amount, currency, lang),
        })}
      </Text>
      {purchase.reference && (
        <Text size="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
          {purchase.reference}
        </Text>
      )}
      {isPositiveAmount(purchase.amountReturned ?? '0') && (
        <Text size="sm" c="dimmed">
          {t('returns.alreadyReturned', { amount: formatMoney(purchase.amountReturned, currency, lang) })}
        </Text>
      )}
    </div>
  );

  return (
    <Modal
      opened={!!purchase}
      onClose={close}
      title={step === 'done' ? t('returns.successTitle') : t('returns.title')}
      fullScreen={!!phone}
      closeOnEscape={!busy}
      closeOnClickOutside={!busy}
      centered
    >
      {purchase && step === 'done' && result ? (
        <Stack data-testid="return-success">
          <Alert color="teal" title={t('returns.success', { amount: formatMoney(result.amount, result.currency, lang) })}>
            {result.pointsReversed > 0 ? (
              <>
                {t('returns.pointsTaken')}{' '}
                <Text span fw={700} data-testid="return-points">
                  {reversedText(result.pointsReversed)}
                </Text>
              </>
            ) : (
              <span data-testid="return-points">{t('returns.noPoints')}</span>
            )}
          </Alert>
          {/* the part of the reversed points the customer had already spent */}
          {result.owedAdded > 0 && (
            <Alert color="orange" data-testid="return-owed">
              {t('returns.owed', { count: result.owedAdded, points: formatPoints(result.owedAdded, lang) })}
            </Alert>
          )}
          <Button onClick={close} fullWidth={!!phone} data-autofocus>
            {t('returns.done')}
          </Button>
        </Stack>
      ) : purchase && step === 'confirm' && amount ? (
        <Stack data-testid="return-confirm">
          {summary}
          <Text fw={600} size="lg">
            {t('returns.confirmQuestion', { amount: formatMoney(amount, currency, lang) })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('returns.confirmText')}
          </Text>
          <ErrorAlert error={error} handledFields={['amount']} />
          <Group justify="flex-end" wrap="wrap-reverse" grow={!!phone}>
            <Button
              variant="default"
              onClick={() => {
                setError(undefined); // a kept key stays kept: confirming the same return again is still a retry
                setStep('edit');
              }}
              disabled={busy}
            >
              {t('returns.back')}
            </Button>
            <Button color="orange" onClick={() => void confirm()} loading={busy} data-testid="return-confirm-button">
              {t('returns.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : purchase ? (
        <form onSubmit={onContinue} noValidate aria-label={t('returns.title')}>
          <Stack data-testid="return-edit">
            {summary}
            <ErrorAlert error={amountRefused ? undefined : error} handledFields={['amount']} />
            <TextInput
              label={t('returns.amount', { currency })}
              description={t('returns.amountHint', { max })}
              value={input}
              onChange={(e) => {
                setInput(e.currentTarget.value);
                setClientError(undefined);
                setError(undefined);
              }}
              error={amountError}
              inputMode="decimal"
              autoComplete="off"
              rightSection={currency}
              rightSectionWidth={48}
              withAsterisk
              data-autofocus
              data-testid="return-amount"
            />
            <Group justify="flex-end" wrap="wrap-reverse" grow={!!phone}>
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit">{t('returns.next')}</Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}

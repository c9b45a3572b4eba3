import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IdempotencyKeys, type NewPurchase, type PurchaseResult } from '../api';
import { useApi } from '../app/ApiContext';
import { useUser } from '../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../components/ErrorAlert';
import { currencyFractionDigits, formatDateTime, formatPointsDelta, intlLocale, parseAmount } from '../format';

type Field = 'amount' | 'reference';

/**
 * Records a purchase. Each new submission gets a fresh Idempotency-Key; resubmitting the same
 * purchase after a network error reuses the key so the server cannot book it twice.
 */
export function PurchaseForm({
  shopId,
  customerId,
  currency,
  onRecorded,
}: {
  shopId: string;
  customerId: string;
  currency: string;
  onRecorded: (result: PurchaseResult) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const keys = useRef(new IdempotencyKeys());
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [earned, setEarned] = useState<PurchaseResult | undefined>();
  const timeZone = useUser().shop.timeZone;
  const server = serverFieldErrors(error);
  const errorFor = (f: Field) => clientErrors[f] ?? server[f];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const normalised = parseAmountFor(amount, currency);
    if (!normalised) {
      setClientErrors({ amount: t('purchase.invalidAmount') });
      return;
    }
    setClientErrors({});
    const body: NewPurchase = { amount: normalised, currency };
    if (reference.trim()) body.reference = reference.trim();
    setBusy(true);
    setError(undefined);
    setEarned(undefined);
    try {
      const result = await keys.current.run(body, (key) =>
        api.customers.recordPurchase(shopId, customerId, body, key),
      );
      setEarned(result);
      setAmount('');
      setReference('');
      onRecorded(result);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('purchase.title')}>
      <Stack>
        {earned !== undefined && (
          <Alert color="teal" data-testid="points-earned" withCloseButton onClose={() => setEarned(undefined)}>
            {earned.purchase.pointsPending > 0 && earned.purchase.releaseAt
              ? t('purchase.earnedPending', {
                  points: formatPointsDelta(earned.pointsEarned, i18n.language),
                  count: earned.pointsEarned,
                  date: formatDateTime(earned.purchase.releaseAt, timeZone, i18n.language),
                })
              : t('purchase.earned', { points: formatPointsDelta(earned.pointsEarned, i18n.language), count: earned.pointsEarned })}
          </Alert>
        )}
        <ErrorAlert error={error} handledFields={['amount', 'reference']} />
        <Group align="flex-start" grow preventGrowOverflow={false}>
          <TextInput
            label={t('purchase.amount', { currency })}
            value={amount}
            onChange={(e) => {
              setAmount(e.currentTarget.value);
              setClientErrors((c) => ({ ...c, amount: undefined }));
            }}
            error={errorFor('amount')}
            inputMode="decimal"
            autoComplete="off"
            placeholder={amountPlaceholder(currency, i18n.language)}
            rightSection={currency}
            rightSectionWidth={48}
            withAsterisk
          />
          <TextInput
            label={t('purchase.reference')}
            description={t('purchase.referenceHint')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={errorFor('reference')}
            autoComplete="off"
            maxLength={100}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('purchase.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function amountPlaceholder(currency: string, language: string): string {
  const digits = currencyFractionDigits(currency);
  return new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(0);
}

function parseAmountFor(input: string, currency: string): string | undefined {
  return parseAmount(input, currencyFractionDigits(currency));
}


import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IdempotencyKeys, type NewPurchase, type PurchaseResult } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert, serverFieldErrors } from '../../components/ErrorAlert';
import { implausibility, PlausibilityChoice } from '../../components/Plausibility';
import { currencyFractionDigits, formatDateTime, formatMoney, formatPointsDelta, intlLocale, isMalformedNumber, parseAmount } from '../../format';
import { PurchaseLinesSection } from './PurchaseLinesSection';
import { usePurchaseSplit } from './usePurchaseSplit';

type Field = 'amount' | 'reference';

/**
 * Records a purchase. Each new submission gets a fresh Idempotency-Key; resubmitting the same
 * purchase after a network error reuses the key so the server cannot book it twice.
 *
 * Optionally (a collapsed section) staff split the amount by product category for category promotions; only
 * while the section is open are its rows checked and sent, merged to one line per category.
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
  const implausible = implausibility(error);
  const sent = useRef<{ body: NewPurchase; key: string }>(undefined);
  const amountInput = useRef<HTMLInputElement>(null);
  const errorFor = (f: Field) => clientErrors[f] ?? server[f];

  const digits = currencyFractionDigits(currency);
  const linesId = useId();
  const split = usePurchaseSplit(shopId, digits, server);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const normalised = parseAmountFor(amount, currency, i18n.language);
    const lines = split.check(normalised);
    if (!normalised) {
      setClientErrors({
        amount: isMalformedNumber(amount, i18n.language) ? t('validation.numberFormat') : t('purchase.invalidAmount'),
      });
      return;
    }
    setClientErrors({});
    if (!lines.valid) return;
    const body: NewPurchase = { amount: normalised, currency };
    if (reference.trim()) body.reference = reference.trim();
    if (lines.lines.length > 0) body.lines = lines.lines;
    split.sending(lines.rowIds);
    await send(body, (b) =>
      keys.current.run(b, (key) => {
        sent.current = { body: b, key };
        return api.customers.recordPurchase(shopId, customerId, b, key);
      }),
    );
  }

  /** "Record anyway": the refused request again, confirmed, with its Idempotency-Key (the refusal was not stored). */
  async function confirm() {
    const last = sent.current;
    if (busy || !last) return;
    await send({ ...last.body, confirmed: true }, (b) => api.customers.recordPurchase(shopId, customerId, b, last.key));
  }

  async function send(body: NewPurchase, post: (body: NewPurchase) => Promise<PurchaseResult>) {
    setBusy(true);
    setError(undefined);
    setEarned(undefined);
    try {
      const result = await post(body);
      sent.current = undefined;
      setEarned(result);
      setAmount('');
      setReference('');
      if (body.lines) split.recorded(result.lines ?? body.lines);
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
            {!!earned.lines?.length && (
              <Text size="sm" mt={4} data-testid="earned-lines">
                {t('purchase.earnedLines', {
                  lines: earned.lines
                    .map((l) => `${l.category} ${formatMoney(l.amount, currency, i18n.language)}`)
                    .join(' · '),
                })}
              </Text>
            )}
          </Alert>
        )}
        {!implausible && <ErrorAlert error={error} handledFields={['amount', 'reference', ...split.handledFields]} />}
        <Group align="flex-start" grow preventGrowOverflow={false}>
          <TextInput
            label={t('purchase.amount', { currency })}
            value={amount}
            onChange={(e) => {
              setAmount(e.currentTarget.value);
              setClientErrors((c) => ({ ...c, amount: undefined }));
              // the server's doubt was about the old amount
              if (implausible) setError(undefined);
            }}
            ref={amountInput}
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
        {implausible && (
          <PlausibilityChoice
            confirmLabel={t('plausibility.recordAnyway')}
            busy={busy}
            onConfirm={() => void confirm()}
            onCorrect={() => {
              setError(undefined);
              amountInput.current?.focus();
              amountInput.current?.select();
            }}
          />
        )}
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={split.toggle}
          aria-expanded={split.open}
          aria-controls={split.open ? linesId : undefined}
          leftSection={<span aria-hidden>{split.open ? '▾' : '▸'}</span>}
          style={{ alignSelf: 'flex-start' }}
          data-testid="purchase-split-toggle"
        >
          {t('purchase.split')}
        </Button>
        {split.open && (
          <PurchaseLinesSection id={linesId} currency={currency} total={parseAmount(amount, digits, i18n.language)} {...split.section} />
        )}
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

function parseAmountFor(input: string, currency: string, language: string): string | undefined {
  return parseAmount(input, currencyFractionDigits(currency), language);
}


import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IdempotencyKeys, isApiError, normaliseVoucherCode, type Voucher } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePointsText, useRewardValueText, VoucherCode, VoucherStatusBadge } from './Rewards';
import { formatDateTime } from '../../format';
import { VoucherOverview } from './VoucherOverview';

/** Problems of the voucher desk that get their own, unmistakable message. */
type DeskProblem = 'not-found' | 'already-redeemed' | 'expired' | 'cancelled';

function deskProblem(error: unknown): DeskProblem | undefined {
  if (!isApiError(error)) return undefined;
  if (error.code === 'voucher-already-redeemed' || (error.status === 409 && error.code === 'conflict')) return 'already-redeemed';
  if (error.code === 'voucher-expired') return 'expired';
  if (error.code === 'voucher-cancelled') return 'cancelled';
  if (error.status === 404) return 'not-found';
  return undefined;
}

/** Why a looked-up voucher cannot be redeemed, by its status. */
function statusProblem(status: Voucher['status']): DeskProblem | undefined {
  if (status === 'ISSUED') return undefined;
  if (status === 'REDEEMED') return 'already-redeemed';
  if (status === 'CANCELLED') return 'cancelled';
  return 'expired';
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ta="right" fw={500} style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </Group>
  );
}

/**
 * `/admin/vouchers` (staff): the till. Enter or paste the code the customer shows, look it up,
 * and redeem it. Already used (409), expired (422) and cancelled vouchers are refused with a clear message.
 * Below it the overview of all the shop's vouchers, where open ones can be cancelled.
 */
export function VoucherDeskPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shop = user.shop;
  const valueText = useRewardValueText();
  const pointsText = usePointsText();
  const keys = useRef(new IdempotencyKeys());
  const codeInput = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const [voucher, setVoucher] = useState<Voucher>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<'lookup' | 'redeem'>();
  const [redeemed, setRedeemed] = useState(false);
  const lang = i18n.language;
  const at = (iso: string) => formatDateTime(iso, shop.timeZone, lang);

  async function lookUp(e?: FormEvent) {
    e?.preventDefault();
    if (busy) return;
    const normalised = normaliseVoucherCode(code);
    if (!normalised) {
      setCodeError(t('voucherDesk.required'));
      return;
    }
    setCodeError(undefined);
    setBusy('lookup');
    setError(undefined);
    setRedeemed(false);
    setVoucher(undefined);
    try {
      setVoucher(await api.vouchers.get(shop.id, normalised));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(undefined);
    }
  }

  async function redeem() {
    if (!voucher || busy) return;
    const voucherCode = voucher.code;
    setBusy('redeem');
    setError(undefined);
    try {
      const result = await keys.current.run({ code: voucherCode }, (key) => api.vouchers.redeem(shop.id, voucherCode, key));
      setVoucher(result);
      setRedeemed(true);
    } catch (err) {
      setError(err);
      // Show the voucher as it is now (e.g. redeemed at another till a moment ago).
      const p = deskProblem(err);
      if (p === 'already-redeemed' || p === 'expired' || p === 'cancelled') {
        api.vouchers.get(shop.id, voucherCode).then(setVoucher, () => undefined);
      }
    } finally {
      setBusy(undefined);
    }
  }

  function next() {
    setCode('');
    setVoucher(undefined);
    setError(undefined);
    setRedeemed(false);
    codeInput.current?.focus();
  }

  const problem = deskProblem(error) ?? (voucher && !redeemed ? statusProblem(voucher.status) : undefined);

  return (
    <Stack gap="xl">
      <Stack maw={640}>
        <Title order={1} size="h2">
          {t('voucherDesk.title')}
        </Title>
        <Card withBorder>
          <form onSubmit={lookUp} noValidate>
            <Stack>
              <Text>{t('voucherDesk.intro')}</Text>
              <Group align="flex-start" wrap="wrap">
                <TextInput
                  ref={codeInput}
                  label={t('voucherDesk.code')}
                  value={code}
                  onChange={(e) => {
                    setCode(e.currentTarget.value);
                    setCodeError(undefined);
                    if (voucher || error) {
                      setVoucher(undefined);
                      setError(undefined);
                      setRedeemed(false);
                    }
                  }}
                  error={codeError}
                  placeholder="XXXX-XXXX-XXXX-XXXX"
                  autoComplete="off"
                  autoCapitalize="characters"
                  autoCorrect="off"
                  spellCheck={false}
                  size="md"
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.06em', textTransform: 'uppercase' } }}
                  style={{ flex: 1, minWidth: 240 }}
                  data-autofocus
                  data-testid="voucher-code-input"
                />
                <Button type="submit" size="md" mt={{ base: 0, xs: 24 }} loading={busy === 'lookup'} variant={voucher ? 'default' : 'filled'}>
                  {t('voucherDesk.lookUp')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>

        {problem === 'not-found' && (
          <Alert color="orange" title={t('voucherDesk.notFoundTitle')} role="alert" data-testid="voucher-not-found">
            {t('voucherDesk.notFound')}
          </Alert>
        )}
        {problem === 'already-redeemed' && (
          <Alert color="red" variant="filled" title={t('voucherDesk.alreadyRedeemedTitle')} role="alert" data-testid="voucher-already-redeemed">
            {voucher?.redeemedAt
              ? t('voucherDesk.alreadyRedeemedAt', { date: at(voucher.redeemedAt) })
              : t('voucherDesk.alreadyRedeemed')}
          </Alert>
        )}
        {problem === 'expired' && (
          <Alert color="red" variant="filled" title={t('voucherDesk.expiredTitle')} role="alert" data-testid="voucher-expired">
            {voucher ? t('voucherDesk.expiredAt', { date: at(voucher.validUntil) }) : t('voucherDesk.expired')}
          </Alert>
        )}
        {problem === 'cancelled' && (
          <Alert color="red" variant="filled" title={t('voucherDesk.cancelledTitle')} role="alert" data-testid="voucher-cancelled">
            {voucher?.cancelledAt ? t('voucherDesk.cancelledAt', { date: at(voucher.cancelledAt) }) : t('voucherDesk.cancelled')}
          </Alert>
        )}
        {error !== undefined && !deskProblem(error) && <ErrorAlert error={error} />}
        {redeemed && voucher && (
          <Alert color="teal" variant="filled" title={t('voucherDesk.redeemedTitle')} data-testid="voucher-redeemed">
            {t('voucherDesk.redeemedText', { value: valueText(voucher, shop.currency) })}
          </Alert>
        )}

        {voucher && (
          <Card withBorder data-testid="voucher-details" data-status={voucher.status}>
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Text fw={700} size="lg" data-testid="voucher-reward">
                    {voucher.rewardName}
                  </Text>
                  <Text c="teal.8" fw={600} size="lg" data-testid="voucher-value">
                    {valueText(voucher, shop.currency)}
                  </Text>
                </div>
                <VoucherStatusBadge status={voucher.status} size="lg" />
              </Group>
              <VoucherCode code={voucher.code} size="md" />
              <Stack gap={6}>
                <Row label={t('voucherDesk.validFrom')}>{at(voucher.validFrom)}</Row>
                <Row label={t('voucherDesk.validUntil')}>{at(voucher.validUntil)}</Row>
                {voucher.redeemedAt && <Row label={t('voucherDesk.redeemedAt')}>{at(voucher.redeemedAt)}</Row>}
                {voucher.cancelledAt && <Row label={t('voucherDesk.cancelledAtRow')}>{at(voucher.cancelledAt)}</Row>}
                <Row label={t('voucherDesk.pointsSpent')}>{pointsText(voucher.pointsSpent)}</Row>
              </Stack>
              <Group justify="flex-end">
                {voucher.status === 'ISSUED' && !redeemed ? (
                  <Button size="lg" color="teal" onClick={() => void redeem()} loading={busy === 'redeem'} data-testid="voucher-redeem">
                    {t('voucherDesk.redeem')}
                  </Button>
                ) : (
                  <Button variant="default" onClick={next}>
                    {t('voucherDesk.next')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Card>
        )}
      </Stack>
      <VoucherOverview />
    </Stack>
  );
}

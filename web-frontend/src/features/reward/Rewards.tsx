import { useState } from 'react';
import { Alert, Badge, Box, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { IdempotencyKeys, Redeemed, Reward, RewardValue, Voucher, VoucherStatus } from '../../api';
import { formatDateTime, formatMoney, formatPercent, formatPoints } from '../../format';
import { ErrorAlert } from '../../components/ErrorAlert';

/** "What you get" of a reward or voucher: "€5.00 off", "10% off" or "Free: a coffee". */
export function useRewardValueText() {
  const { t, i18n } = useTranslation();
  return (value: RewardValue, shopCurrency: string): string => {
    switch (value.kind) {
      case 'AMOUNT_OFF':
        return t('rewardValue.AMOUNT_OFF', {
          amount: value.amount ? formatMoney(value.amount, value.currency || shopCurrency, i18n.language) : '–',
        });
      case 'PERCENT_OFF':
        return t('rewardValue.PERCENT_OFF', { percent: value.percent ? formatPercent(value.percent, i18n.language) : '–' });
      case 'FREE_ITEM':
        return t('rewardValue.FREE_ITEM', { item: value.item ?? '–' });
      default:
        return value.kind;
    }
  };
}

/** "20 points" with the language's grouping. */
export function usePointsText() {
  const { t, i18n } = useTranslation();
  return (points: number) => t('points.count', { count: points, points: formatPoints(points, i18n.language) });
}

const STATUS_COLOR: Partial<Record<string, string>> = {
  ISSUED: 'teal',
  REDEEMED: 'gray',
  EXPIRED: 'red',
  CANCELLED: 'orange',
} satisfies Record<VoucherStatus, string>;

/** A voucher's status; one the UI does not know yet (the document gives a plain string) shows as it is, in grey. */
export function VoucherStatusBadge({ status, size = 'md' }: { status: Voucher['status']; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status] ?? 'gray'} variant={status === 'ISSUED' ? 'filled' : 'light'} size={size} data-testid="voucher-status">
      {t(`voucherStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** The voucher code, large and in a monospace font so it can be read out or typed at the till. */
export function VoucherCode({ code, size = 'lg' }: { code: string; size?: 'md' | 'lg' }) {
  return (
    <Text
      component="p"
      m={0}
      ff="monospace"
      fw={700}
      fz={size === 'lg' ? { base: 22, xs: 28 } : 18}
      lh={1.3}
      c="dark"
      style={{ letterSpacing: '0.08em', overflowWrap: 'anywhere' }}
      translate="no"
      data-testid="voucher-code"
    >
      {code}
    </Text>
  );
}

/** QR code of an issued voucher (PNG from the server, same origin with the session cookie). */
export function VoucherQr({ src, code }: { src: string; code: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  if (failed) {
    return (
      <Text size="sm" c="dimmed" data-testid="voucher-qr-error">
        {t('voucher.qrError')}
      </Text>
    );
  }
  return (
    <Box bg="white" p={8} style={{ borderRadius: 8, lineHeight: 0, alignSelf: 'center' }}>
      <img
        src={src}
        alt={t('voucher.qrAlt', { code })}
        width={200}
        height={200}
        style={{ imageRendering: 'pixelated', maxWidth: '100%', height: 'auto' }}
        onError={() => setFailed(true)}
        data-testid="voucher-qr"
      />
    </Box>
  );
}

/** "Valid until …", "Redeemed on …", "Expired on …" or "Cancelled on …" in the shop's time zone. */
export function useVoucherValidityText() {
  const { t, i18n } = useTranslation();
  return (voucher: Voucher, timeZone: string): string => {
    const at = (iso: string) => formatDateTime(iso, timeZone, i18n.language);
    if (voucher.status === 'REDEEMED') {
      return voucher.redeemedAt ? t('voucher.redeemedAt', { date: at(voucher.redeemedAt) }) : t('voucherStatus.REDEEMED');
    }
    if (voucher.status === 'EXPIRED') return t('voucher.expiredAt', { date: at(voucher.validUntil) });
    if (voucher.status === 'CANCELLED') {
      return voucher.cancelledAt ? t('voucher.cancelledAt', { date: at(voucher.cancelledAt) }) : t('voucherStatus.CANCELLED');
    }
    return t('voucher.validUntil', { date: at(voucher.validUntil) });
  };
}

/** A voucher as the customer sees it: reward, value, status, validity, code and (while valid) the QR code. */
export function VoucherCard({
  voucher,
  currency,
  timeZone,
  qrUrl,
  component = 'div',
}: {
  voucher: Voucher;
  currency: string;
  timeZone: string;
  /** QR image URL; shown only for ISSUED vouchers. */
  qrUrl?: (voucherId: string) => string;
  component?: 'div' | 'li';
}) {
  const { t } = useTranslation();
  const valueText = useRewardValueText();
  const validity = useVoucherValidityText();
  const issued = voucher.status === 'ISSUED';
  return (
    <Paper
      component={component}
      withBorder
      radius="md"
      p="md"
      data-testid="voucher"
      data-status={voucher.status}
      style={issued ? undefined : { opacity: 0.75 }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} data-testid="voucher-reward">
              {voucher.rewardName}
            </Text>
            <Text size="sm" c="teal.8" fw={500}>
              {valueText(voucher, currency)}
            </Text>
          </div>
          <VoucherStatusBadge status={voucher.status} />
        </Group>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('voucher.code')}
          </Text>
          <VoucherCode code={voucher.code} size={issued ? 'lg' : 'md'} />
        </div>
        <Text size="sm" c={issued ? undefined : 'dimmed'} data-testid="voucher-validity">
          {validity(voucher, timeZone)}
        </Text>
        {issued && qrUrl && (
          <>
            <VoucherQr src={qrUrl(voucher.id)} code={voucher.code} />
            <Text size="sm" c="dimmed" ta="center">
              {t('voucher.showAtTill')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Confirms redeeming `reward`, sends the redemption and then shows the new voucher and balance.
 * Every confirmation gets a fresh Idempotency-Key; only pressing "Redeem now" again after a network
 * error (the same redemption, dialog still open) reuses it, so the server cannot issue two vouchers
 * for one intended redemption. Closing the dialog forgets the key.
 */
export function RedeemDialog({
  reward,
  available,
  currency,
  timeZone,
  keys,
  redeem,
  onRedeemed,
  onFailed,
  onClose,
  qrUrl,
  intro,
}: {
  /** The reward to redeem; the dialog is open while it is set. */
  reward: Reward | undefined;
  available: number;
  currency: string;
  timeZone: string;
  keys: IdempotencyKeys;
  redeem: (rewardId: string, idempotencyKey: string) => Promise<Redeemed>;
  onRedeemed: (result: Redeemed) => void;
  /** After a failed attempt, e.g. to reload balance and rewards. */
  onFailed?: (error: unknown) => void;
  onClose: () => void;
  qrUrl?: (voucherId: string) => string;
  /** Extra line above the question, e.g. the customer's name for staff. */
  intro?: string;
}) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const pointsText = usePointsText();
  const valueText = useRewardValueText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<Redeemed | undefined>();
  const [shownFor, setShownFor] = useState<string | undefined>();

  // A different reward was opened: start over.
  if (reward && reward.id !== shownFor) {
    setShownFor(reward.id);
    setError(undefined);
    setResult(undefined);
  }

  function close() {
    if (busy) return;
    // Retrying "the same click" ends here: after closing, balance and vouchers have been reloaded
    // (onFailed), so a new redemption is a new decision and gets a new key.
    keys.reset();
    setError(undefined);
    setResult(undefined);
    setShownFor(undefined);
    onClose();
  }

  async function confirm() {
    if (!reward || busy) return;
    const rewardId = reward.id;
    setBusy(true);
    setError(undefined);
    try {
      const redeemed = await keys.run({ rewardId }, (key) => redeem(rewardId, key));
      setResult(redeemed);
      onRedeemed(redeemed);
    } catch (e) {
      setError(e);
      onFailed?.(e);
    } finally {
      setBusy(false);
    }
  }

  const after = reward ? available - reward.pointsCost : 0;
  return (
    <Modal
      opened={!!reward}
      onClose={close}
      title={result ? t('redeem.successTitle') : t('redeem.confirmTitle')}
      fullScreen={!!phone}
      closeOnEscape={!busy}
      closeOnClickOutside={!busy}
      centered
    >
      {reward && result ? (
        <Stack data-testid="redemption-success">
          <Alert color="teal" title={t('redeem.success')}>
            {t('redeem.newBalance')}{' '}
            <Text span fw={700} data-testid="new-balance">
              {formatPoints(result.balance.available, i18n.language)}
            </Text>
          </Alert>
          <VoucherCard voucher={result.voucher} currency={currency} timeZone={timeZone} qrUrl={qrUrl} />
          <Button onClick={close} fullWidth={!!phone} data-autofocus>
            {t('redeem.done')}
          </Button>
        </Stack>
      ) : reward ? (
        <Stack data-testid="redeem-confirm">
          {intro && <Text c="dimmed">{intro}</Text>}
          <div>
            <Text fw={600} size="lg">
              {reward.name}
            </Text>
            <Text c="teal.8">{valueText(reward, currency)}</Text>
          </div>
          <Text>{t('redeem.confirmText', { cost: pointsText(reward.pointsCost) })}</Text>
          <Text size="sm" c="dimmed">
            {t('redeem.balanceAfter', {
              before: formatPoints(available, i18n.language),
              after: formatPoints(Math.max(after, 0), i18n.language),
            })}
          </Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end" wrap="wrap-reverse" grow={!!phone}>
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={busy} data-testid="redeem-confirm-button">
              {t('redeem.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}

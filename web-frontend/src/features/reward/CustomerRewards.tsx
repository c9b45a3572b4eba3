import { useRef, useState } from 'react';
import { Button, Group, NativeSelect, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IdempotencyKeys, type Redeemed, type Reward, type Voucher } from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import {
  RedeemDialog,
  usePointsText,
  useRewardValueText,
  useVoucherValidityText,
  VoucherStatusBadge,
} from './Rewards';
import { useLoad, type Loaded } from '../../components/useLoad';

/** "Redeem for customer": pick an active reward, confirm, and get the voucher (staff endpoint). */
export function RedeemForCustomer({
  customerId,
  customerName,
  available,
  onRedeemed,
  onFailed,
}: {
  customerId: string;
  customerName: string;
  available: number;
  onRedeemed: (result: Redeemed) => void;
  onFailed: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const shop = useUser().shop;
  const pointsText = usePointsText();
  const valueText = useRewardValueText();
  const rewards = useLoad(() => api.rewards.list(shop.id), [api, shop.id]);
  const keys = useRef(new IdempotencyKeys());
  const [rewardId, setRewardId] = useState('');
  const [confirming, setConfirming] = useState<Reward>();
  const active = (rewards.data?.items ?? []).filter((r) => r.active);
  const selected = active.find((r) => r.id === rewardId);
  const tooFew = selected ? selected.pointsCost > available : false;

  if (rewards.error) return <ErrorAlert error={rewards.error} />;
  if (!rewards.data) return <Loading />;
  if (active.length === 0) {
    return (
      <Text c="dimmed" data-testid="no-rewards">
        {t('customerRewards.noRewards')}
      </Text>
    );
  }
  return (
    <>
      <Group align="flex-start" wrap="wrap">
        <NativeSelect
          label={t('customerRewards.reward')}
          data={[
            { value: '', label: t('customerRewards.choose') },
            ...active.map((r) => ({
              value: r.id,
              label: t('customerRewards.option', {
                name: r.name,
                value: valueText(r, shop.currency),
                cost: pointsText(r.pointsCost),
              }),
              disabled: r.pointsCost > available,
            })),
          ]}
          value={rewardId}
          onChange={(e) => setRewardId(e.currentTarget.value)}
          error={tooFew ? t('redeem.missing', { count: (selected?.pointsCost ?? 0) - available }) : undefined}
          style={{ flex: 1, minWidth: 240 }}
          data-testid="customer-reward-select"
        />
        <Button mt={{ base: 0, xs: 25 }} disabled={!selected || tooFew} onClick={() => setConfirming(selected)}>
          {t('customerRewards.submit')}
        </Button>
      </Group>
      <RedeemDialog
        reward={confirming}
        available={available}
        currency={shop.currency}
        timeZone={shop.timeZone}
        keys={keys.current}
        redeem={(id, key) => api.customers.redeem(shop.id, customerId, id, key)}
        onRedeemed={(result) => {
          setRewardId('');
          onRedeemed(result);
        }}
        onFailed={() => {
          onFailed();
          void rewards.reload();
        }}
        onClose={() => setConfirming(undefined)}
        intro={t('customerRewards.for', { name: customerName })}
      />
    </>
  );
}

/** The customer's vouchers (staff view); with `onCancel`, open ones offer "Cancel voucher". */
export function CustomerVouchers({
  vouchers,
  onCancel,
}: {
  vouchers: Loaded<{ items: Voucher[] }>;
  onCancel?: (voucher: Voucher) => void;
}) {
  const { t } = useTranslation();
  const shop = useUser().shop;
  const valueText = useRewardValueText();
  const validity = useVoucherValidityText();
  return (
    <>
      <ErrorAlert error={vouchers.error} />
      {vouchers.data ? (
        vouchers.data.items.length === 0 ? (
          <Text c="dimmed">{t('customerRewards.noVouchers')}</Text>
        ) : (
          <ResponsiveTable
            rows={vouchers.data.items}
            rowKey={(v) => v.id}
            rowProps={() => ({ 'data-testid': 'customer-voucher' })}
            testId="customer-vouchers"
            minWidth={640}
            tableProps={{ striped: true }}
            columns={[
              {
                key: 'code',
                header: t('voucher.code'),
                style: { whiteSpace: 'nowrap' },
                cellProps: () => ({ translate: 'no' }),
                card: 'title',
                cell: (v) => (
                  <Text span ff="monospace" fw={600} inherit>
                    {v.code}
                  </Text>
                ),
              },
              {
                key: 'reward',
                header: t('customerRewards.reward'),
                cell: (v) => (
                  <>
                    {v.rewardName}
                    <Text size="xs" c="dimmed">
                      {valueText(v, shop.currency)}
                    </Text>
                  </>
                ),
              },
              {
                key: 'status',
                header: t('rewards.status'),
                cell: (v) => <VoucherStatusBadge status={v.status} size="sm" />,
              },
              { key: 'validity', header: t('customerRewards.validity'), cell: (v) => validity(v, shop.timeZone) },
              ...(onCancel
                ? [
                    {
                      key: 'actions',
                      header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
                      card: 'actions' as const,
                      cell: (v: (typeof vouchers.data.items)[number]) =>
                        v.status === 'ISSUED' ? (
                          <Button
                            variant="subtle"
                            color="red"
                            size="compact-sm"
                            onClick={() => onCancel(v)}
                            data-testid="voucher-cancel"
                          >
                            {t('cancelVoucher.button')}
                          </Button>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        )
      ) : (
        !vouchers.error && <Loading />
      )}
    </>
  );
}

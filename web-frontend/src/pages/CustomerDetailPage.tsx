import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Adjusted, Balance, PurchaseResult, Redeemed } from '../api';
import { useApi } from '../app/ApiContext';
import { useUser } from '../app/SessionContext';
import { ErrorAlert } from '../components/ErrorAlert';
import { LedgerTable } from '../components/Ledger';
import { Loading } from '../components/Loading';
import { useLoad } from '../components/useLoad';
import { formatDate, formatDateTime, formatLocalDate, formatMoney, formatPoints, formatPointsDelta } from '../format';
import { AdjustPointsForm, CustomerVouchers, RedeemForCustomer } from './CustomerRewards';
import { PurchaseForm } from './PurchaseForm';

export function BalanceNumbers({ balance }: { balance: Balance }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xl" align="flex-end">
      <div>
        <Text size="sm" c="dimmed">
          {t('balance.available')}
        </Text>
        <Text fz={40} fw={700} lh={1.1} data-testid="available-points">
          {formatPoints(balance.available, i18n.language)}
        </Text>
      </div>
      <div>
        <Text size="sm" c="dimmed">
          {t('balance.pending')}
        </Text>
        <Text fz={24} fw={600} lh={1.1} c="dimmed" data-testid="pending-points">
          {formatPoints(balance.pending, i18n.language)}
        </Text>
      </div>
    </Group>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ta="right" style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </Group>
  );
}

/** `/admin/customers/:customerId`: details, balance, purchase entry, ledger and purchases. */
export function CustomerDetailPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const user = useUser();
  const shop = user.shop;
  const { customerId = '' } = useParams();
  const customer = useLoad(() => api.customers.get(shop.id, customerId), [api, shop.id, customerId]);
  const ledger = useLoad(() => api.customers.ledger(shop.id, customerId, 50), [api, shop.id, customerId]);
  const purchases = useLoad(() => api.customers.purchases(shop.id, customerId, 50), [api, shop.id, customerId]);
  const vouchers = useLoad(() => api.customers.vouchers(shop.id, customerId), [api, shop.id, customerId]);
  const lang = i18n.language;
  const isOwner = user.role === 'OWNER';

  function onRecorded(result: PurchaseResult) {
    if (customer.data) customer.setData({ ...customer.data, balance: result.balance });
    void customer.reload();
    void ledger.reload();
    void purchases.reload();
  }

  /** After a redemption or adjustment: new balance at once, then balance, ledger and vouchers from the server. */
  function onPointsChanged(result?: Redeemed | Adjusted) {
    if (result && customer.data) customer.setData({ ...customer.data, balance: result.balance });
    void customer.reload();
    void ledger.reload();
    void vouchers.reload();
  }

  if (!customer.data) {
    return (
      <Stack>
        <Anchor component={Link} to="/admin/customers" size="sm">
          ← {t('customerDetail.back')}
        </Anchor>
        {customer.error ? <ErrorAlert error={customer.error} /> : <Loading />}
      </Stack>
    );
  }
  const c = customer.data;

  return (
    <Stack>
      <Anchor component={Link} to="/admin/customers" size="sm">
        ← {t('customerDetail.back')}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={1} size="h2" data-testid="customer-name">
          {`${c.firstName} ${c.lastName}`}
        </Title>
        <Badge variant="light" size="lg">
          {t('customerDetail.number', { number: c.number })}
        </Badge>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('customerDetail.balance')}
          </Title>
          <BalanceNumbers balance={c.balance} />
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('customerDetail.details')}
          </Title>
          <Stack gap={6}>
            <Detail label={t('customerDetail.email')}>{c.email ?? '–'}</Detail>
            <Detail label={t('customerDetail.phone')}>{c.phone ?? '–'}</Detail>
            <Detail label={t('customerDetail.channel')}>
              {t(`channel.${c.acquisitionChannel}`, { defaultValue: c.acquisitionChannel })}
            </Detail>
            <Detail label={t('customerDetail.acquiredOn')}>{c.acquiredOn ? formatLocalDate(c.acquiredOn, lang) : '–'}</Detail>
            <Detail label={t('customerDetail.portal')}>
              {c.portalEnabled ? t('customerDetail.portalEnabled') : t('customerDetail.portalDisabled')}
            </Detail>
            <Detail label={t('customerDetail.createdAt')}>{c.createdAt ? formatDate(c.createdAt, shop.timeZone, lang) : '–'}</Detail>
          </Stack>
        </Card>
      </SimpleGrid>

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('purchase.title')}
        </Title>
        <PurchaseForm shopId={shop.id} customerId={c.id} currency={shop.currency} onRecorded={onRecorded} />
      </Card>

      <Card withBorder data-testid="customer-rewards">
        <Title order={2} size="h4" mb="sm">
          {t('customerRewards.title')}
        </Title>
        <RedeemForCustomer
          customerId={c.id}
          customerName={`${c.firstName} ${c.lastName}`}
          available={c.balance.available}
          onRedeemed={onPointsChanged}
          onFailed={() => onPointsChanged()}
        />
        <Title order={3} size="h5" mt="lg" mb="xs">
          {t('customerRewards.vouchers')}
        </Title>
        <CustomerVouchers vouchers={vouchers} />
      </Card>

      {isOwner && (
        <Card withBorder data-testid="adjust-points">
          <AdjustPointsForm customerId={c.id} available={c.balance.available} onAdjusted={onPointsChanged} />
        </Card>
      )}

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('customerDetail.ledger')}
        </Title>
        <ErrorAlert error={ledger.error} />
        {ledger.data ? <LedgerTable entries={ledger.data.items} timeZone={shop.timeZone} /> : !ledger.error && <Loading />}
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('customerDetail.purchases')}
        </Title>
        <ErrorAlert error={purchases.error} />
        {purchases.data ? (
          purchases.data.items.length === 0 ? (
            <Text c="dimmed">{t('customerDetail.noPurchases')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table striped data-testid="purchases-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('ledger.date')}</Table.Th>
                    <Table.Th ta="right">{t('purchase.amountColumn')}</Table.Th>
                    <Table.Th>{t('purchase.reference')}</Table.Th>
                    <Table.Th ta="right">{t('ledger.points')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {purchases.data.items.map((p) => (
                    <Table.Tr key={p.id} data-testid="purchase-row">
                      <Table.Td>{formatDateTime(p.occurredAt, shop.timeZone, lang)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(p.amount, p.currency, lang)}</Table.Td>
                      <Table.Td>{p.reference || '–'}</Table.Td>
                      <Table.Td ta="right">{formatPointsDelta(p.pointsEarned, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        ) : (
          !purchases.error && <Loading />
        )}
      </Card>
    </Stack>
  );
}

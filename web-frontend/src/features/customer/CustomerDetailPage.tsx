import { useRef, useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  IdempotencyKeys,
  isApiError,
  type Adjusted,
  type Balance,
  type Purchase,
  type PurchaseResult,
  type PurchaseReturned,
  type Redeemed,
  type Voucher,
  type VoucherCancelled,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ExpiringPointsList } from '../expiry/ExpiringPoints';
import { AdjustPointsForm } from '../ledger/AdjustPointsForm';
import { LedgerTable } from '../ledger/Ledger';
import { usePageTitle } from '../../components/DocumentTitle';
import { LoadError } from '../../components/LoadError';
import { LoadMoreButton, useHistory } from '../../components/LoadMore';
import { Loading } from '../../components/Loading';
import { TierCard } from '../tier/TierCard';
import { useLoad } from '../../components/useLoad';
import { formatDate, formatLocalDate, formatPoints } from '../../format';
import { CustomerVouchers, RedeemForCustomer } from '../reward/CustomerRewards';
import { CancelVoucherDialog, useCancelledText } from '../reward/CancelVoucher';
import { PurchaseForm } from '../purchase/PurchaseForm';
import { SendPortalLink } from './PortalLink';
import { EditCustomerModal } from './EditCustomerModal';
import { CustomerContacts } from '../contact/CustomerContacts';
import { CustomerCases } from '../complaint/CustomerCases';
import { CustomerGoodwill, CustomerSubscriptions } from '../goodwill/CustomerGoodwill';
import { PurchasesTable, ReturnDialog } from '../purchase/PurchaseReturn';
import { CustomerValueCard } from '../value/CustomerValueCard';
import { ChannelText } from '../acquisition/ChannelText';

/** Available (big), pending and owed points; owed is highlighted and explained while it is above 0. */
export function BalanceNumbers({ balance }: { balance: Balance }) {
  const { t, i18n } = useTranslation();
  const owed = balance.owed ?? 0; // tolerate a server from before step 2
  return (
    <Stack gap="xs">
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
        <div>
          <Text size="sm" c="dimmed">
            {t('balance.owed')}
          </Text>
          <Text fz={24} fw={600} lh={1.1} c={owed > 0 ? 'orange.8' : 'dimmed'} data-testid="owed-points">
            {formatPoints(owed, i18n.language)}
          </Text>
        </div>
      </Group>
      {owed > 0 && (
        <Text size="sm" c="orange.9" data-testid="owed-hint">
          {t('balance.owedHint')}
        </Text>
      )}
    </Stack>
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
  usePageTitle(customer.data && `${customer.data.firstName} ${customer.data.lastName}`);
  const ledger = useHistory((limit) => api.customers.ledger(shop.id, customerId, limit), [api, shop.id, customerId]);
  const purchases = useHistory((limit) => api.customers.purchases(shop.id, customerId, limit), [api, shop.id, customerId]);
  const tier = useLoad(() => api.customers.tier(shop.id, customerId), [api, shop.id, customerId]);
  const vouchers = useLoad(() => api.customers.vouchers(shop.id, customerId), [api, shop.id, customerId]);
  const expiring = useLoad(() => api.customers.expiring(shop.id, customerId), [api, shop.id, customerId]);
  // a server from before step 5 does not know the endpoint: no card then
  const expiringError = isApiError(expiring.error) && expiring.error.status === 404 ? undefined : expiring.error;
  const lang = i18n.language;
  const isOwner = user.role === 'OWNER';
  const returnKeys = useRef(new IdempotencyKeys());
  const [returning, setReturning] = useState<Purchase>();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [cancelling, setCancelling] = useState<Voucher>();
  const [cancelled, setCancelled] = useState<string>();
  const cancelledText = useCancelledText();

  function onRecorded(result: PurchaseResult) {
    if (customer.data) customer.setData({ ...customer.data, balance: result.balance });
    void customer.reload();
    void ledger.reload();
    void purchases.reload();
    void tier.reload();
    void expiring.reload();
  }

  /**
   * After a redemption, adjustment or voucher cancellation: new balance at once (when the answer has one), then
   * balance, ledger and vouchers from the server.
   */
  function onPointsChanged(result?: Redeemed | Adjusted | VoucherCancelled) {
    if (result?.balance && customer.data) customer.setData({ ...customer.data, balance: result.balance });
    void customer.reload();
    void ledger.reload();
    void vouchers.reload();
    void expiring.reload();
  }

  /** After a return: new balance at once, then balance, purchases and history from the server. */
  function onReturned(result?: PurchaseReturned) {
    if (result && customer.data) customer.setData({ ...customer.data, balance: result.balance });
    void customer.reload();
    void ledger.reload();
    void purchases.reload();
    void tier.reload();
    void expiring.reload();
  }

  if (!customer.data) {
    return (
      <Stack>
        <Anchor component={Link} to="/admin/customers" size="sm">
          ← {t('customerDetail.back')}
        </Anchor>
        {customer.error ? <LoadError error={customer.error} onRetry={() => void customer.reload()} /> : <Loading />}
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
          <Group justify="space-between" mb="sm" wrap="nowrap">
            <Title order={2} size="h4">
              {t('customerDetail.details')}
            </Title>
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
              data-testid="edit-customer"
            >
              {t('editCustomer.open')}
            </Button>
          </Group>
          {saved && (
            <Alert color="teal" withCloseButton onClose={() => setSaved(false)} mb="sm" data-testid="customer-saved">
              {t('editCustomer.saved')}
            </Alert>
          )}
          <Stack gap={6}>
            <Detail label={t('customerDetail.email')}>{c.email ?? '–'}</Detail>
            <Detail label={t('customerDetail.phone')}>{c.phone ?? '–'}</Detail>
            <Detail label={t('customerDetail.channel')}>
              <ChannelText code={c.acquisitionChannel} />
            </Detail>
            <Detail label={t('customerDetail.acquiredOn')}>{c.acquiredOn ? formatLocalDate(c.acquiredOn, lang) : '–'}</Detail>
            <Detail label={t('customerDetail.portal')}>
              {c.portalEnabled ? t('customerDetail.portalEnabled') : t('customerDetail.portalDisabled')}
            </Detail>
            <Detail label={t('customerDetail.createdAt')}>{c.createdAt ? formatDate(c.createdAt, shop.timeZone, lang) : '–'}</Detail>
          </Stack>
          <SendPortalLink customer={c} onOutdated={() => void customer.reload()} />
        </Card>
      </SimpleGrid>
      <EditCustomerModal
        customer={editing ? c : undefined}
        onClose={() => setEditing(false)}
        onSaved={(updated) => {
          customer.setData({ ...c, ...updated });
          setEditing(false);
          setSaved(true);
          void customer.reload();
        }}
      />

      <Card withBorder data-testid="customer-tier">
        <Title order={2} size="h4" mb="sm">
          {t('tier.title')}
        </Title>
        <LoadError error={tier.error} onRetry={() => void tier.reload()} />
        {tier.data ? (
          <TierCard data={tier.data} currency={shop.currency} timeZone={shop.timeZone} />
        ) : (
          !tier.error && <Loading />
        )}
      </Card>

      <CustomerValueCard shopId={shop.id} customerId={c.id} timeZone={shop.timeZone} />

      {(!!expiring.data || !!expiringError) && (
        <Card withBorder data-testid="customer-expiring">
          <Title order={2} size="h4" mb="sm">
            {t('expiring.title')}
          </Title>
          <LoadError error={expiringError} onRetry={() => void expiring.reload()} />
          {expiring.data && <ExpiringPointsList data={expiring.data} timeZone={shop.timeZone} compact />}
        </Card>
      )}

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('purchase.title')}
        </Title>
        <PurchaseForm shopId={shop.id} customerId={c.id} currency={shop.currency} onRecorded={onRecorded} />
      </Card>

      <Card withBorder data-testid="customer-contacts">
        <CustomerContacts shopId={shop.id} customerId={c.id} timeZone={shop.timeZone} />
      </Card>

      <Card withBorder data-testid="customer-cases">
        <CustomerCases shopId={shop.id} customerId={c.id} timeZone={shop.timeZone} />
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder data-testid="customer-goodwill">
          <CustomerGoodwill shopId={shop.id} customerId={c.id} timeZone={shop.timeZone} />
        </Card>
        <Card withBorder data-testid="customer-subscriptions">
          <CustomerSubscriptions shopId={shop.id} customerId={c.id} currency={shop.currency} />
        </Card>
      </SimpleGrid>

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
        {cancelled && (
          <Alert color="teal" withCloseButton onClose={() => setCancelled(undefined)} mb="sm" data-testid="voucher-cancelled-notice">
            {cancelled}
          </Alert>
        )}
        <CustomerVouchers
          vouchers={vouchers}
          onCancel={(v) => {
            setCancelled(undefined);
            setCancelling(v);
          }}
        />
        <CancelVoucherDialog
          target={cancelling && { voucher: cancelling, customerName: `${c.firstName} ${c.lastName}` }}
          onClose={() => setCancelling(undefined)}
          onCancelled={(result) => {
            setCancelling(undefined);
            setCancelled(cancelledText(result));
            onPointsChanged(result);
          }}
          onFailed={() => void vouchers.reload()}
        />
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
        <LoadError error={ledger.error} onRetry={() => void ledger.reload()} />
        {ledger.data ? <LedgerTable entries={ledger.data.items} timeZone={shop.timeZone} /> : !ledger.error && <Loading />}
        <LoadMoreButton history={ledger} testId="ledger-load-more" />
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('customerDetail.purchases')}
        </Title>
        <LoadError error={purchases.error} onRetry={() => void purchases.reload()} />
        {purchases.data ? (
          purchases.data.items.length === 0 ? (
            <Text c="dimmed">{t('customerDetail.noPurchases')}</Text>
          ) : (
            <>
              <PurchasesTable purchases={purchases.data.items} timeZone={shop.timeZone} onReturn={setReturning} />
              <LoadMoreButton history={purchases} testId="purchases-load-more" />
            </>
          )
        ) : (
          !purchases.error && <Loading />
        )}
      </Card>
      <ReturnDialog
        // the reloaded purchase once there (another till may have returned goods meanwhile)
        purchase={returning && (purchases.data?.items.find((p) => p.id === returning.id) ?? returning)}
        timeZone={shop.timeZone}
        keys={returnKeys.current}
        submit={(purchaseId, body, key) => api.customers.returnPurchase(shop.id, c.id, purchaseId, body, key)}
        onReturned={onReturned}
        onFailed={() => onReturned()}
        onClose={() => setReturning(undefined)}
      />
    </Stack>
  );
}

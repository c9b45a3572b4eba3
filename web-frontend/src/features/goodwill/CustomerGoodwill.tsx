import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IdempotencyKeys, type Subscription, type SubscriptionInput } from '../../api';
import { useApi } from '../../app/ApiContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { amountForInput, compareAmounts, currencyFractionDigits, formatLocalDate, formatMoney, parseAmount } from '../../format';
import { GestureCards, moneyString } from './goodwillUi';

/** The goodwill the customer received and asked for, oldest first, each with a link to its case. */
export function CustomerGoodwill({ shopId, customerId, timeZone }: { shopId: string; customerId: string; timeZone: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const gestures = useLoad(() => api.goodwill.ofCustomer(shopId, customerId), [api, shopId, customerId]);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('goodwill.customerTitle')}
      </Title>
      <LoadError error={gestures.error} onRetry={() => void gestures.reload()} />
      {gestures.data ? (
        gestures.data.items.length === 0 ? (
          <Text size="sm" data-testid="customer-gestures-empty">
            {t('goodwill.noneForCustomer')}
          </Text>
        ) : (
          <GestureCards gestures={gestures.data.items} timeZone={timeZone} showCase testId="customer-gestures" />
        )
      ) : (
        !gestures.error && <Loading />
      )}
    </Stack>
  );
}

/** The customer's subscriptions (plan, monthly fee, paid until), to add and edit; free months move `paidUntil` on. */
export function CustomerSubscriptions({ shopId, customerId, currency }: { shopId: string; customerId: string; currency: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const subscriptions = useLoad(() => api.subscriptions.list(shopId, customerId), [api, shopId, customerId]);
  const [editing, setEditing] = useState<string>();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string>();
  const lang = i18n.language;

  function onSaved(s: Subscription, added: boolean) {
    setEditing(undefined);
    setAdding(false);
    setNotice(added ? t('subscriptions.added', { plan: s.plan }) : t('subscriptions.changed', { plan: s.plan }));
    void subscriptions.reload();
  }

  const items = subscriptions.data?.items ?? [];
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('subscriptions.title')}
      </Title>
      <Text size="sm">{t('subscriptions.intro')}</Text>
      {notice && (
        <Alert color="teal" withCloseButton onClose={() => setNotice(undefined)} data-testid="subscription-saved">
          {notice}
        </Alert>
      )}
      <LoadError error={subscriptions.error} onRetry={() => void subscriptions.reload()} />
      {subscriptions.data ? (
        items.length === 0 ? (
          <Text size="sm" data-testid="subscriptions-empty">
            {t('subscriptions.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="subscription-list">
            {items.map((s) => (
              <Paper key={s.id} component="li" withBorder p="sm" radius="sm" data-testid="subscription">
                {editing === s.id ? (
                  <SubscriptionForm
                    shopId={shopId}
                    customerId={customerId}
                    currency={currency}
                    subscription={s}
                    onSaved={(saved) => onSaved(saved, false)}
                    onCancel={() => setEditing(undefined)}
                  />
                ) : (
                  <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="subscription-plan">
                        {s.plan}
                      </Text>
                      <Text size="sm" data-testid="subscription-fee">
                        {t('subscriptions.feeValue', { fee: formatMoney(moneyString(s.monthlyFee), s.currency, lang) })}
                      </Text>
                      <Text size="sm" data-testid="subscription-paid-until">
                        {t('subscriptions.paidUntilValue', { date: formatLocalDate(s.paidUntil, lang) })}
                      </Text>
                    </Stack>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => {
                        setAdding(false);
                        setEditing(s.id);
                      }}
                      aria-label={t('subscriptions.editNamed', { plan: s.plan })}
                    >
                      {t('subscriptions.edit')}
                    </Button>
                  </Group>
                )}
              </Paper>
            ))}
          </Stack>
        )
      ) : (
        !subscriptions.error && <Loading />
      )}
      {adding ? (
        <Paper withBorder p="sm" radius="sm">
          <SubscriptionForm
            shopId={shopId}
            customerId={customerId}
            currency={currency}
            onSaved={(saved) => onSaved(saved, true)}
            onCancel={() => setAdding(false)}
          />
        </Paper>
      ) : (
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              setEditing(undefined);
              setAdding(true);
            }}
            data-testid="subscription-add"
          >
            {t('subscriptions.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

const FEE_MAX = '10000';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function SubscriptionForm({
  shopId,
  customerId,
  currency,
  subscription,
  onSaved,
  onCancel,
}: {
  shopId: string;
  customerId: string;
  currency: string;
  subscription?: Subscription;
  onSaved: (s: Subscription) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const keys = useRef(new IdempotencyKeys());
  const form = useForm(() => ({
    plan: subscription?.plan ?? '',
    monthlyFee: subscription ? amountForInput(moneyString(subscription.monthlyFee), i18n.language) : '',
    paidUntil: subscription?.paidUntil ?? '',
  }));
  const v = form.values;
  const title = subscription ? t('subscriptions.editTitle', { plan: subscription.plan }) : t('subscriptions.addTitle');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const plan = v.plan.trim();
    const fee = parseAmount(v.monthlyFee, currencyFractionDigits(currency), i18n.language);
    const errors: Partial<Record<keyof typeof v, string>> = {};
    if (!plan) errors.plan = t('validation.required');
    if (!fee || compareAmounts(fee, FEE_MAX) > 0) errors.monthlyFee = t('subscriptions.invalidFee');
    if (!DATE.test(v.paidUntil)) errors.paidUntil = t('subscriptions.invalidDate');
    if (!form.check(errors)) return;
    const body: SubscriptionInput = { plan, monthlyFee: fee ?? '', paidUntil: v.paidUntil };
    await form.submit(async () => {
      const saved = subscription
        ? await api.subscriptions.change(shopId, customerId, subscription.id, body)
        : await keys.current.run(body, (key) => api.subscriptions.add(shopId, customerId, body, key));
      onSaved(saved);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} data-testid="subscription-form">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        <ErrorAlert error={form.error} handledFields={['plan', 'monthlyFee', 'paidUntil']} />
        <TextInput
          label={t('subscriptions.plan')}
          value={v.plan}
          onChange={(e) => form.update('plan', e.currentTarget.value)}
          error={form.errorFor('plan')}
          maxLength={200}
          withAsterisk
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('subscriptions.monthlyFee', { currency })}
            value={v.monthlyFee}
            onChange={(e) => form.update('monthlyFee', e.currentTarget.value)}
            error={form.errorFor('monthlyFee')}
            inputMode="decimal"
            autoComplete="off"
            withAsterisk
          />
          <TextInput
            type="date"
            label={t('subscriptions.paidUntil')}
            description={t('subscriptions.paidUntilHint')}
            value={v.paidUntil}
            onChange={(e) => form.update('paidUntil', e.currentTarget.value)}
            error={form.errorFor('paidUntil')}
            withAsterisk
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {subscription ? t('common.save') : t('subscriptions.addButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

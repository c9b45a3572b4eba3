import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api';
import { LoadError } from '../../components/LoadError';
import { useLoad } from '../../components/useLoad';
import { formatDateTime, formatMoney } from '../../format';
import { useValueApi } from './api';
import { formatDecimal, formatShare, SEGMENT_COLORS } from './format';

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ta="right" fw={500} component="div">
        {children}
      </Text>
    </Group>
  );
}

/**
 * "Customer value" on the customer's page (agents and owners): the lifetime value over the horizon, P(alive) with the
 * segment in words, and the revenue so far. "Not computed yet" until the first scoring run; no card at all from a
 * server that does not know the endpoint (404).
 */
export function CustomerValueCard({ shopId, customerId, timeZone }: { shopId: string; customerId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const vapi = useValueApi();
  const value = useLoad(() => vapi.customerValue(shopId, customerId), [vapi, shopId, customerId]);
  const notServed = isApiError(value.error) && value.error.status === 404;
  if (notServed || (!value.data && !value.error)) return null;
  const v = value.data;
  return (
    <Card withBorder data-testid="customer-value">
      <Title order={2} size="h4" mb="sm">
        {t('value.customer.title')}
      </Title>
      <LoadError error={value.error} onRetry={() => void value.reload()} />
      {v && (
        <Stack gap={6}>
          {v.clv == null ? (
            <Text size="sm" c="dimmed" data-testid="customer-value-none">
              {t('value.customer.notComputed')}
            </Text>
          ) : (
            <Row label={t('value.customer.clv')} testId="customer-value-clv">
              {t('value.customer.clvOver', { amount: formatMoney(v.clv, v.currency, lang), count: v.horizonMonths })}
            </Row>
          )}
          {v.pAlive != null && (
            <Row label={t('value.customer.pAlive')} testId="customer-value-palive">
              {formatShare(v.pAlive, lang, 0)}
              {v.segment && (
                <Badge ml="xs" variant="dot" color={SEGMENT_COLORS[v.segment].split('.')[0]}>
                  {t(`value.segmentNames.${v.segment}`)}
                </Badge>
              )}
            </Row>
          )}
          {v.expectedPurchases != null && (
            <Row label={t('value.customer.expectedPurchases')}>
              {t('value.customer.purchasesOver', {
                n: formatDecimal(v.expectedPurchases, lang, 1),
                count: v.horizonMonths,
              })}
            </Row>
          )}
          <Row label={t('value.customer.revenueToDate')} testId="customer-value-revenue">
            {formatMoney(v.revenueToDate, v.currency, lang)}
          </Row>
          {v.computedAt && (
            <Text size="xs" c="dimmed">
              {t('value.customer.computedAt', { at: formatDateTime(v.computedAt, timeZone, lang) })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

import { useState } from 'react';
import { Anchor, Button, Group, Pagination, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { DonutChart } from '@mantine/charts';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useLoad } from '../../components/useLoad';
import { formatLocalDate, formatMoney } from '../../format';
import { useValueApi } from './api';
import { formatDecimal, formatShare, SEGMENT_COLORS } from './format';
import { CsvButton, Figure, Pending, Section } from './parts';
import { SEGMENTS, type Dashboard, type Segment } from './types';

/** Customers per page of the list to act on. */
export const SEGMENT_PAGE = 50;

/** Segments by P(alive): how many and their lifetime value (a donut and a table), then the list to act on. */
export function SegmentSection({ shopId, dashboard: d }: { shopId: string; dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows = SEGMENTS.map((s) => d.segments.find((x) => x.segment === s) ?? { segment: s, customers: 0, clv: '0' });
  const total = rows.reduce((sum, r) => sum + r.customers, 0);
  const title = t('value.segments.title');
  return (
    <Section
      title={title}
      intro={t('value.segments.intro')}
      actions={
        <CsvButton
          name="value-segments"
          label={title}
          rows={() => [
            [t('value.segments.segment'), t('value.segments.customers'), t('value.segments.share'), t('value.segments.clv')],
            ...rows.map((r) => [t(`value.segmentNames.${r.segment}`), r.customers, total > 0 ? r.customers / total : null, r.clv]),
          ]}
        />
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Figure
          label={t('value.segments.chart', {
            parts: rows.map((r) => `${t(`value.segmentNames.${r.segment}`)} ${r.customers}`).join(', '),
          })}
        >
          <DonutChart
            mx="auto"
            size={180}
            thickness={28}
            withTooltip={false}
            chartLabel={String(total)}
            data={rows.map((r) => ({ name: t(`value.segmentNames.${r.segment}`), value: r.customers, color: SEGMENT_COLORS[r.segment] }))}
          />
        </Figure>
        <Table data-testid="value-segments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('value.segments.segment')}</Table.Th>
              <Table.Th ta="right">{t('value.segments.customers')}</Table.Th>
              <Table.Th ta="right">{t('value.segments.clv')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.segment}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t(`value.segmentNames.${r.segment}`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`value.segmentRules.${r.segment}`)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {t('value.segments.count', {
                    count: r.customers,
                    n: formatDecimal(r.customers, lang, 0),
                    share: formatShare(total > 0 ? r.customers / total : 0, lang, 0),
                  })}
                </Table.Td>
                <Table.Td ta="right">{formatMoney(r.clv, d.currency, lang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
      <SegmentList shopId={shopId} currency={d.currency} runId={d.clv?.runId ?? null} />
    </Section>
  );
}

/**
 * The customers of one segment (at risk first), paged, each linking to their page; the whole segment as CSV. Loaded
 * again when a new run has replaced the values (`runId`).
 */
function SegmentList({ shopId, currency, runId }: { shopId: string; currency: string; runId: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const vapi = useValueApi();
  const [segment, setSegment] = useState<Segment>('AT_RISK');
  const [page, setPage] = useState(0);
  const list = useLoad(
    () => vapi.customers(shopId, segment, SEGMENT_PAGE, page * SEGMENT_PAGE),
    [vapi, shopId, segment, page, runId],
  );
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / SEGMENT_PAGE)) : 1;
  return (
    <Stack gap="xs" data-testid="value-segment-list">
      <Text fw={600}>{t('value.list.title')}</Text>
      <Text size="sm">{t('value.list.intro')}</Text>
      <Tabs
        value={segment}
        onChange={(v) => {
          if (!v) return;
          setSegment(v as Segment);
          setPage(0);
        }}
      >
        <Tabs.List>
          {SEGMENTS.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`value.segmentNames.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed" data-testid="value-segment-total">
          {data ? t('value.list.total', { count: data.total, n: formatDecimal(data.total, lang, 0) }) : ''}
        </Text>
        <Button
          component="a"
          href={vapi.customersCsvUrl(shopId, segment)}
          download
          size="xs"
          variant="default"
          data-testid="value-segment-csv"
        >
          {t('value.list.csv', { segment: t(`value.segmentNames.${segment}`) })}
        </Button>
      </Group>
      <LoadError error={list.error} onRetry={() => void list.reload()} />
      {!data ? (
        !list.error && <Pending text={t('value.list.loading')} />
      ) : data.items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="value-segment-empty">
          {t('value.list.empty')}
        </Text>
      ) : (
        <>
          <ResponsiveTable
            rows={data.items}
            rowKey={(c) => c.customerId}
            rowProps={() => ({ 'data-testid': 'value-segment-row' })}
            minWidth={640}
            tableProps={{ striped: true, highlightOnHover: true, 'aria-busy': list.loading }}
            columns={[
              { key: 'number', header: t('value.list.number'), cell: (c) => c.number },
              {
                key: 'name',
                header: t('value.list.name'),
                card: 'title',
                cell: (c) => (
                  <>
                    <Anchor component={Link} to={`/admin/customers/${encodeURIComponent(c.customerId)}`} inherit>
                      {c.name}
                    </Anchor>
                    {c.email && (
                      <Text size="xs" c="dimmed" fw={400} style={{ overflowWrap: 'anywhere' }}>
                        {c.email}
                      </Text>
                    )}
                  </>
                ),
              },
              { key: 'clv', header: t('value.list.clv'), align: 'right', cell: (c) => formatMoney(c.clv, currency, lang) },
              {
                key: 'pAlive',
                header: t('value.list.pAlive'),
                align: 'right',
                cell: (c) => (c.pAlive == null ? '–' : formatShare(c.pAlive, lang, 0)),
              },
              {
                key: 'expected',
                header: t('value.list.expectedPurchases'),
                align: 'right',
                cell: (c) => (c.expectedPurchases == null ? '–' : formatDecimal(c.expectedPurchases, lang, 1)),
              },
              {
                key: 'revenue',
                header: t('value.list.revenueToDate'),
                align: 'right',
                cell: (c) => formatMoney(c.revenueToDate, currency, lang),
              },
              {
                key: 'last',
                header: t('value.list.lastPurchase'),
                cell: (c) => (c.lastPurchaseOn ? formatLocalDate(c.lastPurchaseOn, lang) : '–'),
              },
            ]}
          />
          {pages > 1 && (
            <Group justify="flex-end" data-testid="value-segment-pages">
              <Pagination
                total={pages}
                value={page + 1}
                onChange={(p) => setPage(p - 1)}
                getControlProps={(control) => ({
                  'aria-label': control === 'next' ? t('common.nextPage') : control === 'previous' ? t('common.previousPage') : undefined,
                })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

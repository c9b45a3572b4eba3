import { Alert, Anchor, Badge, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/SessionContext';
import { LoadError } from '../../components/LoadError';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useLoad } from '../../components/useLoad';
import { formatDateTime, formatLocalDate, formatMoney, formatPoints, todayIn } from '../../format';
import { AcquisitionSection } from './AcquisitionSection';
import { useValueApi } from './api';
import { formatDecimal, formatMonth, formatMoneyRounded, formatShare, heatColor, SEGMENT_COLORS } from './format';
import { HoldoutSection } from './HoldoutSection';
import { CsvButton, Figure, Pending, Section, Tile } from './parts';
import { RunControl } from './RunControl';
import { SegmentSection } from './SegmentSection';
import type { Dashboard } from './types';

/** Months of retention a cohort table shows at most. */
export const COHORT_MONTHS = 12;

/**
 * `/admin/value` (OWNER): the customers' value — members, points liability and redemption, the lifetime values with
 * the model used and why (recomputed on request, with progress), their distribution and the top customers, the
 * segments by P(alive) with the list to act on, LTV:CAC per acquisition channel, retention cohorts, what goodwill did,
 * and how well the model predicted a holdout period. Every table can be downloaded as CSV.
 */
export function ValuePage() {
  const { t } = useTranslation();
  const user = useUser();
  const shop = user.shop;
  const vapi = useValueApi();
  const dashboard = useLoad(() => vapi.dashboard(shop.id), [vapi, shop.id]);
  const d = dashboard.data;
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('value.title')}
      </Title>
      <Text size="sm">{t('value.intro')}</Text>
      <LoadError error={dashboard.error} onRetry={() => void dashboard.reload()} />
      {!d ? (
        !dashboard.error && <Pending text={t('value.loading')} />
      ) : (
        <DashboardBody dashboard={d} onRecomputed={() => void dashboard.reload()} />
      )}
    </Stack>
  );
}

function DashboardBody({ dashboard: d, onRecomputed }: { dashboard: Dashboard; onRecomputed: () => void }) {
  const shop = useUser().shop;
  const today = todayIn(shop.timeZone);
  return (
    <>
      <Overview dashboard={d} />
      {d.buyers === 0 ? (
        <NoPurchases />
      ) : (
        <>
          <ClvSection dashboard={d} onRecomputed={onRecomputed} />
          {d.clv && <Distribution dashboard={d} />}
          {d.clv && <TopCustomers dashboard={d} />}
          <SegmentSection shopId={shop.id} dashboard={d} />
          <AcquisitionSection shopId={shop.id} today={today} />
          <Cohorts dashboard={d} />
          <Goodwill dashboard={d} />
          <HoldoutSection shopId={shop.id} today={today} />
        </>
      )}
    </>
  );
}

// ── overview ────────────────────────────────────────────────────────────────────────────────────────────────────

function Overview({ dashboard: d }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number) => formatDecimal(v, lang, 0);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" aria-label={t('value.tiles.label')} component="section">
      <Tile label={t('value.tiles.members')} value={n(d.members)} testId="value-members" />
      <Tile
        label={t('value.tiles.activeMembers')}
        value={n(d.activeMembers)}
        note={t('value.tiles.activeNote', { share: formatShare(d.members > 0 ? d.activeMembers / d.members : 0, lang, 0) })}
        testId="value-active-members"
      />
      <Tile label={t('value.tiles.buyers')} value={n(d.buyers)} note={t('value.tiles.buyersNote')} testId="value-buyers" />
      <Tile
        label={t('value.tiles.liability')}
        value={formatMoney(d.pointsLiability.value, d.currency, lang)}
        note={t('value.tiles.liabilityNote', { points: formatPoints(d.pointsLiability.points, lang) })}
        testId="value-liability"
      />
      <Tile
        label={t('value.tiles.redemptionRate')}
        value={d.redemptionRate == null ? '–' : formatShare(d.redemptionRate, lang)}
        note={d.redemptionRate == null ? t('value.tiles.redemptionNone') : t('value.tiles.redemptionNote')}
        testId="value-redemption-rate"
      />
    </SimpleGrid>
  );
}

function NoPurchases() {
  const { t } = useTranslation();
  return (
    <Alert color="blue" title={t('value.empty.title')} data-testid="value-empty">
      <Stack gap={6}>
        <Text size="sm">{t('value.empty.text')}</Text>
        <Anchor component={Link} to="/admin/imports" size="sm">
          {t('value.empty.link')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

// ── lifetime value and model ────────────────────────────────────────────────────────────────────────────────────

function ClvSection({ dashboard: d, onRecomputed }: { dashboard: Dashboard; onRecomputed: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const shop = useUser().shop;
  const clv = d.clv;
  const money = (v: string) => formatMoney(v, d.currency, lang);
  return (
    <Section title={t('value.clv.title')} intro={t('value.clv.intro')}>
      {clv ? (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <Tile
              label={t('value.clv.total')}
              value={money(clv.total)}
              note={t('value.clv.customers', { count: clv.customers, n: formatDecimal(clv.customers, lang, 0) })}
              testId="value-clv-total"
            />
            <Tile label={t('value.clv.average')} value={money(clv.average)} testId="value-clv-average" />
            <Tile label={t('value.clv.median')} value={money(clv.median)} testId="value-clv-median" />
            <Tile
              label={t('value.clv.computedAt')}
              value={formatDateTime(clv.computedAt, shop.timeZone, lang)}
              testId="value-computed-at"
            />
          </SimpleGrid>
          <Alert
            color={clv.model === 'BG_NBD' ? 'teal' : 'yellow'}
            title={t('value.model.title', { model: t(`value.model.names.${clv.model}`) })}
            data-testid="value-model-statement"
          >
            <Stack gap={6}>
              <Text size="sm">{t(`value.model.explain.${clv.model}`)}</Text>
              <Text size="sm">
                <Text span fw={600} inherit>
                  {t('value.model.why')}
                </Text>{' '}
                <span data-testid="value-model-reason">{clv.reason}</span>
              </Text>
              <Text size="sm">{t('value.model.measure')}</Text>
              {clv.model !== 'BG_NBD' && <Text size="sm">{t('value.model.upgrade')}</Text>}
            </Stack>
          </Alert>
        </>
      ) : (
        <Alert color="gray" title={t('value.clv.noneTitle')} data-testid="value-model-statement">
          {t('value.clv.none')}
        </Alert>
      )}
      <RunControl shopId={shop.id} timeZone={shop.timeZone} onDone={onRecomputed} />
    </Section>
  );
}

function bucketLabel(b: { from: string; to: string | null }, currency: string, lang: string): string {
  const from = formatMoneyRounded(b.from, currency, lang);
  return b.to == null ? `≥ ${from}` : `${from} – ${formatMoneyRounded(b.to, currency, lang)}`;
}

function Distribution({ dashboard: d }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const buckets = d.clv?.distribution ?? [];
  const title = t('value.distribution.title');
  return (
    <Section
      title={title}
      intro={t('value.distribution.intro')}
      actions={
        <CsvButton
          name="value-distribution"
          label={title}
          rows={() => [
            [t('value.distribution.from'), t('value.distribution.to'), t('value.distribution.customers')],
            ...buckets.map((b) => [b.from, b.to, b.customers]),
          ]}
        />
      }
    >
      {buckets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('value.distribution.empty')}
        </Text>
      ) : (
        <Figure
          testId="value-distribution"
          label={t('value.distribution.chart', {
            parts: buckets.map((b) => `${bucketLabel(b, d.currency, lang)}: ${b.customers}`).join('; '),
          })}
        >
          <BarChart
            h={260}
            data={buckets.map((b) => ({ bucket: bucketLabel(b, d.currency, lang), customers: b.customers }))}
            dataKey="bucket"
            valueFormatter={(v) => formatDecimal(v, lang, 0)}
            series={[{ name: 'customers', label: t('value.distribution.customers'), color: 'teal.7' }]}
          />
        </Figure>
      )}
    </Section>
  );
}

function TopCustomers({ dashboard: d }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const top = d.clv?.top ?? [];
  const title = t('value.top.title');
  return (
    <Section
      title={title}
      actions={
        <CsvButton
          name="value-top"
          label={title}
          rows={() => [
            [t('value.top.number'), t('value.top.name'), t('value.top.clv'), t('value.top.pAlive'), t('value.top.segment')],
            ...top.map((c) => [c.number, c.name, c.clv, c.pAlive, t(`value.segmentNames.${c.segment}`)]),
          ]}
        />
      }
    >
      {top.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('value.top.empty')}
        </Text>
      ) : (
        <ResponsiveTable
          rows={top}
          rowKey={(c) => c.customerId}
          testId="value-top"
          minWidth={480}
          tableProps={{ striped: true }}
          columns={[
            { key: 'number', header: t('value.top.number'), cell: (c) => c.number },
            {
              key: 'name',
              header: t('value.top.name'),
              card: 'title',
              cell: (c) => (
                <Anchor component={Link} to={`/admin/customers/${encodeURIComponent(c.customerId)}`} inherit>
                  {c.name}
                </Anchor>
              ),
            },
            { key: 'clv', header: t('value.top.clv'), align: 'right', cell: (c) => formatMoney(c.clv, d.currency, lang) },
            { key: 'pAlive', header: t('value.top.pAlive'), align: 'right', cell: (c) => (c.pAlive == null ? '–' : formatShare(c.pAlive, lang, 0)) },
            {
              key: 'segment',
              header: t('value.top.segment'),
              cell: (c) => (
                <Badge variant="dot" color={SEGMENT_COLORS[c.segment].split('.')[0]}>
                  {t(`value.segmentNames.${c.segment}`)}
                </Badge>
              ),
            },
          ]}
        />
      )}
    </Section>
  );
}

// ── cohorts ─────────────────────────────────────────────────────────────────────────────────────────────────────

function Cohorts({ dashboard: d }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cohorts = d.cohorts;
  const months = Math.min(COHORT_MONTHS, Math.max(0, ...cohorts.map((c) => c.retention.length)));
  const columns = Array.from({ length: months }, (_, i) => i);
  const title = t('value.cohorts.title');
  return (
    <Section
      title={title}
      intro={t('value.cohorts.intro')}
      actions={
        cohorts.length > 0 ? (
          <CsvButton
            name="value-cohorts"
            label={title}
            rows={() => [
              [t('value.cohorts.cohort'), t('value.cohorts.size'), ...columns.map((m) => t('value.cohorts.month', { month: m }))],
              ...cohorts.map((c) => [c.cohort, c.size, ...columns.map((m) => c.retention[m] ?? null)]),
            ]}
          />
        ) : undefined
      }
    >
      {cohorts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('value.cohorts.empty')}
        </Text>
      ) : (
        <>
          {/* a grid of months: it scrolls sideways on a phone, and says so */}
          <Text size="xs" c="dimmed" hiddenFrom="sm" data-testid="value-cohorts-scroll-hint">
            {t('value.cohorts.scrollHint')} →
          </Text>
          <Table.ScrollContainer minWidth={160 + months * 64} data-scroll-hint>
            <Table withTableBorder withColumnBorders data-testid="value-cohorts" fz="xs" verticalSpacing={4} horizontalSpacing={6}>
              <Table.Caption>{t('value.cohorts.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('value.cohorts.cohort')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('value.cohorts.size')}
                  </Table.Th>
                  {columns.map((m) => (
                    <Table.Th key={m} scope="col" ta="center">
                      {t('value.cohorts.month', { month: m })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cohorts.map((c) => (
                  <Table.Tr key={c.cohort} data-testid="value-cohort">
                    <Table.Th scope="row" fw={600}>
                      {formatMonth(c.cohort, lang)}
                    </Table.Th>
                    <Table.Td ta="right">{formatDecimal(c.size, lang, 0)}</Table.Td>
                    {columns.map((m) => {
                      const share = c.retention[m];
                      return share == null ? (
                        <Table.Td key={m} ta="center" c="dimmed" aria-label={t('value.cohorts.notYet')}>
                          ·
                        </Table.Td>
                      ) : (
                        <Table.Td
                          key={m}
                          ta="center"
                          data-share={share}
                          style={{ backgroundColor: heatColor(share), color: '#212529' }}
                        >
                          {formatShare(share, lang, 0)}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Section>
  );
}

// ── goodwill ────────────────────────────────────────────────────────────────────────────────────────────────────

function Goodwill({ dashboard: d }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const g = d.goodwill;
  const money = (v: string | null) => (v == null ? '–' : formatMoney(v, d.currency, lang));
  const rows: { label: string; recipients: string | number | null; others: string | number | null; show: (v: string | number | null) => string }[] = [
    { label: t('value.goodwill.customers'), recipients: g.recipients.customers, others: g.others.customers, show: (v) => (v == null ? '–' : formatDecimal(v, lang, 0)) },
    { label: t('value.goodwill.spent'), recipients: g.recipients.spent, others: null, show: (v) => money(v == null ? null : String(v)) },
    { label: t('value.goodwill.averageClv'), recipients: g.recipients.averageClv, others: g.others.averageClv, show: (v) => money(v == null ? null : String(v)) },
    { label: t('value.goodwill.revenueAfter'), recipients: g.recipients.averageRevenueAfter, others: null, show: (v) => money(v == null ? null : String(v)) },
  ];
  const title = t('value.goodwill.title');
  return (
    <Section
      title={title}
      intro={t('value.goodwill.intro')}
      testId="value-goodwill"
      actions={
        <CsvButton
          name="value-goodwill"
          label={title}
          rows={() => [
            ['', t('value.goodwill.recipients'), t('value.goodwill.others')],
            ...rows.map((r) => [r.label, r.recipients, r.others]),
          ]}
        />
      }
    >
      {g.recipients.customers === 0 ? (
        <Text size="sm" c="dimmed" data-testid="value-goodwill-none">
          {t('value.goodwill.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={0}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th ta="right" scope="col">
                  {t('value.goodwill.recipients')}
                </Table.Th>
                <Table.Th ta="right" scope="col">
                  {t('value.goodwill.others')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.label}>
                  <Table.Th scope="row" fw={500}>
                    {r.label}
                  </Table.Th>
                  <Table.Td ta="right">{r.show(r.recipients)}</Table.Td>
                  <Table.Td ta="right">{r.show(r.others)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        {t('value.goodwill.caveat', { asOf: formatLocalDate(d.asOf, lang) })}
      </Text>
    </Section>
  );
}

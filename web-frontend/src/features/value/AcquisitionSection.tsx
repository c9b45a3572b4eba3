import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { useLoad } from '../../components/useLoad';
import { formatMoney } from '../../format';
import { useValueApi } from './api';
import { formatDecimal, formatMonth, shiftMonth } from './format';
import { CsvButton, Figure, Pending, Section } from './parts';
import type { ChannelReport } from './types';

/** A rule of thumb: a customer should bring at least three times what it cost to win them. */
export const HEALTHY_LTV_TO_CAC = 3;

const numberOrNull = (v: string | null | undefined) => (v == null || !Number.isFinite(Number(v)) ? null : Number(v));

/**
 * LTV:CAC and payback months per acquisition channel over the last 12 months, as bars (the full table with spend and
 * CAC is on /admin/acquisition).
 */
export function AcquisitionSection({ shopId, today }: { shopId: string; today: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const vapi = useValueApi();
  const from = shiftMonth(today, -11);
  const to = shiftMonth(today, 0);
  const report = useLoad(() => vapi.acquisition(shopId, from, to), [vapi, shopId, from, to]);
  const r = report.data;
  const name = (c: ChannelReport) => c.name || t(`channel.${c.channel}`, { defaultValue: c.channel });
  const channels = r?.channels ?? [];
  const withFigures = channels.filter((c) => numberOrNull(c.ltvToCac) != null || numberOrNull(c.paybackMonths) != null);
  const title = t('value.acquisition.title');
  return (
    <Section
      title={title}
      intro={t('value.acquisition.intro', { from: formatMonth(from, lang), to: formatMonth(to, lang) })}
      testId="value-acquisition"
      actions={
        r && channels.length > 0 ? (
          <CsvButton
            name="value-acquisition"
            label={title}
            rows={() => [
              [
                t('value.acquisition.channel'),
                t('value.acquisition.spend'),
                t('value.acquisition.acquired'),
                t('value.acquisition.cac'),
                t('value.acquisition.averageClv'),
                t('value.acquisition.ltvToCac'),
                t('value.acquisition.payback'),
              ],
              ...channels.map((c) => [name(c), c.spend, c.acquired, c.cac, c.averageClv, c.ltvToCac, c.paybackMonths]),
            ]}
          />
        ) : undefined
      }
    >
      <Anchor component={Link} to="/admin/acquisition" size="sm">
        {t('value.acquisition.link')}
      </Anchor>
      <LoadError error={report.error} onRetry={() => void report.reload()} />
      {!r ? (
        !report.error && <Pending text={t('value.acquisition.loading')} />
      ) : withFigures.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="value-acquisition-empty">
          {t('value.acquisition.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('value.acquisition.ltvToCac')}
              </Text>
              <Figure label={t('value.acquisition.ltvChart')}>
                <BarChart
                  h={220}
                  data={withFigures.map((c) => ({ channel: name(c), ratio: numberOrNull(c.ltvToCac) }))}
                  dataKey="channel"
                  valueFormatter={(v) => formatDecimal(v, lang, 1)}
                  series={[{ name: 'ratio', label: t('value.acquisition.ltvToCac'), color: 'teal.7' }]}
                  referenceLines={[{ y: HEALTHY_LTV_TO_CAC, label: t('value.acquisition.healthy'), color: 'gray.7' }]}
                />
              </Figure>
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('value.acquisition.payback')}
              </Text>
              <Figure label={t('value.acquisition.paybackChart')}>
                <BarChart
                  h={220}
                  data={withFigures.map((c) => ({ channel: name(c), months: numberOrNull(c.paybackMonths) }))}
                  dataKey="channel"
                  valueFormatter={(v) => formatDecimal(v, lang, 1)}
                  series={[{ name: 'months', label: t('value.acquisition.payback'), color: 'blue.6' }]}
                />
              </Figure>
            </Stack>
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('value.acquisition.explain', { ratio: HEALTHY_LTV_TO_CAC })}
          </Text>
          <ResponsiveTable
            rows={withFigures}
            rowKey={(c) => c.channel}
            testId="value-acquisition-table"
            minWidth={480}
            columns={[
              { key: 'channel', header: t('value.acquisition.channel'), card: 'title', cell: (c) => name(c) },
              { key: 'cac', header: t('value.acquisition.cac'), align: 'right', cell: (c) => (c.cac == null ? '–' : formatMoney(c.cac, r.currency, lang)) },
              {
                key: 'clv',
                header: t('value.acquisition.averageClv'),
                align: 'right',
                cell: (c) => (c.averageClv == null ? '–' : formatMoney(c.averageClv, r.currency, lang)),
              },
              {
                key: 'ratio',
                header: t('value.acquisition.ltvToCac'),
                align: 'right',
                cell: (c) => (c.ltvToCac == null ? '–' : t('value.acquisition.ratio', { ratio: formatDecimal(c.ltvToCac, lang, 1) })),
              },
              {
                key: 'payback',
                header: t('value.acquisition.payback'),
                align: 'right',
                cell: (c) =>
                  c.paybackMonths == null
                    ? '–'
                    : t('value.acquisition.months', { count: Number(c.paybackMonths), n: formatDecimal(c.paybackMonths, lang, 1) }),
              },
            ]}
          />
        </Stack>
      )}
    </Section>
  );
}

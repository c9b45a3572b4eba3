import { Badge, Button, Group, Paper, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AcquisitionReport, ChannelReport } from '../../api';
import { useApi } from '../../app/ApiContext';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../components/useLoad';
import { formatMoney, formatPoints, intlLocale } from '../../format';
import { csvDataUrl } from '../imports/ImportsPage';
import { channelLabel } from './channels';
import { formatMonth } from './months';

export type LtvRating = 'good' | 'ok' | 'bad';
const RATING_COLOR: Record<LtvRating, string> = { good: 'teal', ok: 'yellow', bad: 'red' };

/** LTV:CAC of 3 or more is good, 1 to 3 ok, under 1 a loss. */
export function ltvRating(ratio: string): LtvRating {
  const n = Number(ratio);
  return n >= 3 ? 'good' : n >= 1 ? 'ok' : 'bad';
}

function formatDecimal(value: string, language: string, digits = 2): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(n);
}

type Figures = Pick<ChannelReport, 'acquired' | 'cac' | 'averageClv' | 'ltvToCac'>;

/** Why a figure of a row is missing (null). */
function reasons(row: Figures) {
  const noCustomers = row.acquired === 0 || row.cac == null;
  return {
    cac: 'noCustomers',
    averageClv: 'noValues',
    ltvToCac: noCustomers ? 'noCustomers' : row.averageClv == null ? 'noValues' : 'noSpend',
    paybackMonths: noCustomers ? 'noCustomers' : 'noPurchases',
  } as const;
}

/** A CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report as CSV for spreadsheets and scripts: UTF-8 with a byte order mark, comma-separated, decimal points, one
 * line per channel and one of all channels (`TOTAL`); a missing figure is an empty field.
 */
export function acquisitionCsv(report: AcquisitionReport, t: TFunction): string {
  const header = ['channel', 'name', 'currency', 'spend', 'acquired', 'cac', 'average_clv', 'ltv_to_cac', 'payback_months'];
  const lines = report.channels.map((c) => [
    c.channel,
    channelLabel(t, c.channel, [{ code: c.channel, name: c.name }]),
    report.currency,
    c.spend,
    String(c.acquired),
    c.cac ?? '',
    c.averageClv ?? '',
    c.ltvToCac ?? '',
    c.paybackMonths ?? '',
  ]);
  lines.push([
    'TOTAL',
    t('acquisition.report.allChannels'),
    report.currency,
    report.spend,
    String(report.acquired),
    report.blendedCac ?? '',
    report.averageClv ?? '',
    report.ltvToCac ?? '',
    '',
  ]);
  return `\uFEFF${[header, ...lines].map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * What acquiring a customer cost per channel in the period (CAC = spend / customers acquired), their average lifetime
 * value, LTV:CAC in words and colour, and the months until their margin paid the CAC back; blended over all channels.
 */
export function AcquisitionReportSection({
  shopId,
  from,
  to,
  changes,
}: {
  shopId: string;
  from: string;
  to: string;
  changes: number;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const report = useLoad(() => api.acquisition.report(shopId, from, to), [api, shopId, from, to, changes]);
  const r = report.data;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('acquisition.report.title')}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4">
            {t('acquisition.report.title')}
          </Title>
          {r && (
            <Button
              component="a"
              href={csvDataUrl(acquisitionCsv(r, t))}
              download={`acquisition-${r.from}_${r.to}.csv`}
              variant="default"
              size="xs"
              title={t('acquisition.report.csvHint')}
              data-testid="acquisition-csv"
            >
              {t('acquisition.report.csv')}
            </Button>
          )}
        </Group>
        <Text size="sm">{t('acquisition.report.intro')}</Text>
        {r && (
          <Text size="sm" c="dimmed">
            {t('acquisition.report.period', { from: formatMonth(r.from, i18n.language, true), to: formatMonth(r.to, i18n.language, true) })}
          </Text>
        )}
        <LoadError error={report.error} onRetry={() => void report.reload()} />
        {!r ? (
          !report.error && <Loading />
        ) : (
          <>
            <Table.ScrollContainer minWidth={860}>
              <Table striped data-testid="acquisition-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('acquisition.report.channel')}</Table.Th>
                    <Table.Th ta="right">{t('acquisition.report.spend')}</Table.Th>
                    <Table.Th ta="right">{t('acquisition.report.acquired')}</Table.Th>
                    <Table.Th ta="right">{t('acquisition.report.cac')}</Table.Th>
                    <Table.Th ta="right">{t('acquisition.report.averageClv')}</Table.Th>
                    <Table.Th>{t('acquisition.report.ltvToCac')}</Table.Th>
                    <Table.Th ta="right">{t('acquisition.report.payback')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.channels.map((c) => (
                    <Row
                      key={c.channel}
                      label={channelLabel(t, c.channel, [{ code: c.channel, name: c.name }])}
                      currency={r.currency}
                      spend={c.spend}
                      figures={c}
                      paybackMonths={c.paybackMonths}
                    />
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Row
                    label={t('acquisition.report.allChannels')}
                    currency={r.currency}
                    spend={r.spend}
                    figures={{ acquired: r.acquired, cac: r.blendedCac, averageClv: r.averageClv, ltvToCac: r.ltvToCac }}
                    total
                  />
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed">
              {t('acquisition.report.legend')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Missing({ reason }: { reason: string }) {
  const { t } = useTranslation();
  const text = t(`acquisition.report.missing.${reason}`);
  return (
    <Tooltip label={text} withArrow multiline maw={260}>
      <Text span c="dimmed" tabIndex={0} data-testid="missing" data-reason={reason} style={{ cursor: 'help' }}>
        –<VisuallyHidden>{` (${text})`}</VisuallyHidden>
      </Text>
    </Tooltip>
  );
}

function Row({
  label,
  currency,
  spend,
  figures,
  paybackMonths,
  total = false,
}: {
  label: string;
  currency: string;
  spend: string;
  figures: Figures;
  paybackMonths?: string | null;
  total?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const why = reasons(figures);
  const money = (v: string | null | undefined, reason: string) =>
    v == null ? <Missing reason={reason} /> : formatMoney(v, currency, lang);
  const Cell = total ? Table.Th : Table.Td;
  return (
    <Table.Tr data-testid={total ? 'acquisition-total' : 'acquisition-row'}>
      <Cell style={{ overflowWrap: 'anywhere' }} fw={total ? 700 : 500}>
        {label}
      </Cell>
      <Table.Td ta="right" fw={total ? 700 : undefined}>
        {formatMoney(spend, currency, lang)}
      </Table.Td>
      <Table.Td ta="right" fw={total ? 700 : undefined}>
        {formatPoints(figures.acquired, lang)}
      </Table.Td>
      <Table.Td ta="right" fw={total ? 700 : undefined} data-testid="cac">
        {money(figures.cac, why.cac)}
      </Table.Td>
      <Table.Td ta="right" fw={total ? 700 : undefined} data-testid="average-clv">
        {money(figures.averageClv, why.averageClv)}
      </Table.Td>
      <Table.Td data-testid="ltv-to-cac">
        {figures.ltvToCac == null ? (
          <Missing reason={why.ltvToCac} />
        ) : (
          <Group gap={6} wrap="nowrap">
            <Text span size="sm" fw={total ? 700 : 500}>
              {formatDecimal(figures.ltvToCac, lang)}
            </Text>
            <Badge size="sm" variant="light" color={RATING_COLOR[ltvRating(figures.ltvToCac)]} data-testid="ltv-rating">
              {t(`acquisition.report.rating.${ltvRating(figures.ltvToCac)}`)}
            </Badge>
          </Group>
        )}
      </Table.Td>
      <Table.Td ta="right" data-testid="payback">
        {total ? null : paybackMonths == null ? (
          <Missing reason={why.paybackMonths} />
        ) : (
          t('acquisition.report.months', { value: formatDecimal(paybackMonths, lang, 1) })
        )}
      </Table.Td>
    </Table.Tr>
  );
}

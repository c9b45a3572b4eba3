import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CASE_CATEGORIES,
  CASE_VERDICTS,
  SERVICE_METRICS,
  STANDARD_THRESHOLD_MAX_MINUTES,
  type Compliance,
  type ContactChannel,
  type ServiceMetric,
  type ServiceReport,
  type ServiceStandard,
  type ServiceStandardInput,
  type Share,
} from '../../api';
import { useApi } from '../../app/ApiContext';
import { useUser } from '../../app/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useAction } from '../../components/useAction';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { formatLocalDate, formatMoney, formatPercent, intlLocale, parseWholeNumber, todayIn } from '../../format';
import { CHANNELS, CUSTOMER_TYPES } from '../contact/CustomerContacts';

/** Units of a standard's threshold, in minutes. */
export const UNITS = { MINUTES: 1, HOURS: 60, DAYS: 1440 } as const;
export type Unit = keyof typeof UNITS;

/** `YYYY-MM-DD` shifted by `days` (calendar arithmetic, no time zone). */
export function shiftDate(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A threshold in minutes in the largest whole unit: 120 → 2 hours, 2880 → 2 days, 90 → 90 minutes. */
export function thresholdParts(minutes: number): { unit: Unit; count: number } {
  if (minutes % UNITS.DAYS === 0) return { unit: 'DAYS', count: minutes / UNITS.DAYS };
  if (minutes % UNITS.HOURS === 0) return { unit: 'HOURS', count: minutes / UNITS.HOURS };
  return { unit: 'MINUTES', count: minutes };
}

/** A target percentage as typed ("90", "99,5") as a decimal string within 1–99.9 (one decimal at most). */
export function parseTarget(input: string): string | undefined {
  const s = input.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,2}(\.\d)?$/.test(s)) return undefined;
  const value = Number(s);
  return value >= 1 && value <= 99.9 ? s : undefined;
}

function formatNumber(value: string | number, language: string, digits = 1): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(n);
}

function formatMonth(month: string, language: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Intl.DateTimeFormat(intlLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)),
  );
}

const percentOf = (part: number, total: number) => (total > 0 ? (part / total) * 100 : 0);

/** Words for a standard: "First response within 2 minutes, Phone, target 90%". */
function useDescribe() {
  const { t, i18n } = useTranslation();
  return (s: ServiceStandard) => {
    const { unit, count } = thresholdParts(s.thresholdMinutes);
    return t('service.describe', {
      metric: t(`service.metrics.${s.metric}`),
      threshold: t(`service.durations.${unit}`, { count }),
      channel: s.channel ? t(`contact.channels.${s.channel}`) : t('service.allChannels'),
      target: formatPercent(s.targetPercent, i18n.language),
    });
  };
}

/**
 * `/admin/service` (OWNER): the shop's service standards (list, remove, add), and for a period (the last 30 days
 * unless chosen) how far each was met — overall, by channel, by agent — and the service report: complaints,
 * satisfaction and goodwill per month, the verdict split, complaints by category and customer type, hand-offs.
 */
export function ServicePage() {
  const { t } = useTranslation();
  const user = useUser();
  const shopId = user.shop.id;
  const today = todayIn(user.shop.timeZone);
  const [from, setFrom] = useState(() => shiftDate(today, -29));
  const [to, setTo] = useState(today);
  // the compliance report follows every change of the standards
  const [changes, setChanges] = useState(0);
  const periodValid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {t('service.pageTitle')}
      </Title>
      <Text size="sm">{t('service.pageIntro')}</Text>
      <Standards shopId={shopId} onChanged={() => setChanges((n) => n + 1)} />
      <Paper withBorder p="md" component="section" aria-label={t('service.period.title')}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('service.period.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('service.period.from')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={periodValid ? undefined : t('service.period.invalid')}
            />
            <TextInput type="date" label={t('service.period.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          </SimpleGrid>
        </Stack>
      </Paper>
      {periodValid && (
        <>
          <ComplianceSection shopId={shopId} from={from} to={to} changes={changes} />
          <ReportSection shopId={shopId} from={from} to={to} currency={user.shop.currency} />
        </>
      )}
    </Stack>
  );
}

// ── standards ───────────────────────────────────────────────────────────────────────────────────────────────────

function Standards({ shopId, onChanged }: { shopId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const describe = useDescribe();
  const standards = useLoad(() => api.service.standards(shopId), [api, shopId]);
  const removal = useAction();

  async function remove(s: ServiceStandard) {
    await removal.run(async () => {
      await api.service.removeStandard(shopId, s.id);
      await standards.reload();
      onChanged();
    });
  }

  return (
    <Paper withBorder p="md" component="section" aria-label={t('service.standards.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('service.standards.title')}
        </Title>
        <LoadError error={standards.error} onRetry={() => void standards.reload()} />
        <ErrorAlert error={removal.error} />
        {standards.data ? (
          standards.data.items.length === 0 ? (
            <Text c="dimmed" data-testid="standards-empty">
              {t('service.standards.none')}
            </Text>
          ) : (
            <Stack gap="xs">
              {standards.data.items.map((s) => (
                <Paper key={s.id} withBorder p="sm" data-testid="standard">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <div style={{ minWidth: 0, flex: '1 1 200px' }}>
                      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {s.name}
                      </Text>
                      <Text size="sm" c="dimmed" data-testid="standard-description">
                        {describe(s)}
                      </Text>
                    </div>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={removal.busy}
                      aria-label={t('service.standards.removeNamed', { name: s.name })}
                      onClick={() => void remove(s)}
                    >
                      {t('service.standards.remove')}
                    </Button>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )
        ) : (
          !standards.error && <Loading />
        )}
        <AddStandardForm
          shopId={shopId}
          onAdded={() => {
            void standards.reload();
            onChanged();
          }}
        />
      </Stack>
    </Paper>
  );
}

function AddStandardForm({ shopId, onAdded }: { shopId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [added, setAdded] = useState(false);
  const form = useForm({
    name: '',
    metric: 'FIRST_RESPONSE' as ServiceMetric,
    channel: '' as ContactChannel | '',
    thresholdMinutes: '',
    unit: 'MINUTES' as Unit,
    targetPercent: '90',
  });
  const v = form.values;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Partial<Record<keyof typeof v, string>> = {};
    if (!v.name.trim()) errors.name = t('validation.required');
    const count = parseWholeNumber(v.thresholdMinutes, 1, STANDARD_THRESHOLD_MAX_MINUTES);
    const minutes = count === undefined ? undefined : count * UNITS[v.unit];
    if (minutes === undefined || minutes > STANDARD_THRESHOLD_MAX_MINUTES) errors.thresholdMinutes = t('service.form.thresholdInvalid');
    const target = parseTarget(v.targetPercent);
    if (target === undefined) errors.targetPercent = t('service.form.targetInvalid');
    if (!form.check(errors) || minutes === undefined || target === undefined) return;
    const body: ServiceStandardInput = {
      name: v.name.trim(),
      metric: v.metric,
      ...(v.channel ? { channel: v.channel } : {}),
      thresholdMinutes: minutes,
      targetPercent: target,
    };
    setAdded(false);
    await form.submit(async () => {
      await api.service.addStandard(shopId, body);
      form.setValues((old) => ({ ...old, name: '', thresholdMinutes: '' }));
      setAdded(true);
      onAdded();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('service.form.title')} data-testid="add-standard">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('service.form.title')}
        </Title>
        {added && (
          <Alert color="teal" withCloseButton onClose={() => setAdded(false)} data-testid="standard-added">
            {t('service.form.added')}
          </Alert>
        )}
        <ErrorAlert error={form.error} handledFields={['name', 'metric', 'channel', 'thresholdMinutes', 'targetPercent']} />
        <TextInput
          label={t('service.form.name')}
          value={v.name}
          onChange={(e) => form.update('name', e.currentTarget.value)}
          error={form.errorFor('name')}
          maxLength={200}
          withAsterisk
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NativeSelect
            label={t('service.form.metric')}
            data={SERVICE_METRICS.map((m) => ({ value: m, label: t(`service.metrics.${m}`) }))}
            value={v.metric}
            onChange={(e) => form.update('metric', e.currentTarget.value as ServiceMetric)}
            error={form.errorFor('metric')}
          />
          <NativeSelect
            label={t('service.form.channel')}
            data={[
              { value: '', label: t('service.allChannels') },
              ...CHANNELS.map((c) => ({ value: c, label: t(`contact.channels.${c}`) })),
            ]}
            value={v.channel}
            onChange={(e) => form.update('channel', e.currentTarget.value as ContactChannel | '')}
            error={form.errorFor('channel')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              label={t('service.form.threshold')}
              value={v.thresholdMinutes}
              onChange={(e) => form.update('thresholdMinutes', e.currentTarget.value)}
              error={form.errorFor('thresholdMinutes')}
              inputMode="numeric"
              withAsterisk
              style={{ flex: 1, minWidth: 0 }}
            />
            <NativeSelect
              label={t('service.form.unit')}
              data={(Object.keys(UNITS) as Unit[]).map((u) => ({ value: u, label: t(`service.units.${u}`) }))}
              value={v.unit}
              onChange={(e) => form.update('unit', e.currentTarget.value as Unit)}
              style={{ width: 120, flexShrink: 0 }}
            />
          </Group>
          <TextInput
            label={t('service.form.target')}
            value={v.targetPercent}
            onChange={(e) => form.update('targetPercent', e.currentTarget.value)}
            error={form.errorFor('targetPercent')}
            inputMode="decimal"
            rightSection="%"
            withAsterisk
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={form.busy}>
            {t('service.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// ── compliance ──────────────────────────────────────────────────────────────────────────────────────────────────

function ComplianceSection({ shopId, from, to, changes }: { shopId: string; from: string; to: string; changes: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const report = useLoad(() => api.service.compliance(shopId, from, to), [api, shopId, from, to, changes]);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('service.compliance.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('service.compliance.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('service.period.range', { from: formatLocalDate(from, i18n.language), to: formatLocalDate(to, i18n.language) })}
        </Text>
        <LoadError error={report.error} onRetry={() => void report.reload()} />
        {report.data ? (
          report.data.standards.length === 0 ? (
            <Text c="dimmed" data-testid="compliance-empty">
              {t('service.compliance.none')}
            </Text>
          ) : (
            report.data.standards.map((c) => <ComplianceCard key={c.standard.id} compliance={c} />)
          )
        ) : (
          !report.error && <Loading />
        )}
      </Stack>
    </Paper>
  );
}

function ComplianceCard({ compliance: c }: { compliance: Compliance }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribe();
  const target = formatPercent(c.standard.targetPercent, i18n.language);
  const percent = c.overall.percent;
  const nothing = percent == null;
  const status = nothing
    ? t('service.compliance.nothing')
    : t('service.compliance.overall', {
        percent: formatPercent(percent, i18n.language),
        target,
        verdict: c.met ? t('service.compliance.met') : t('service.compliance.missed'),
      });
  const color = nothing ? 'gray' : c.met ? 'teal' : 'red';
  return (
    <Paper withBorder p="sm" data-testid="compliance">
      <Stack gap={6}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {c.standard.name}
        </Text>
        <Text size="sm" c="dimmed">
          {describe(c.standard)}
        </Text>
        <Text size="sm" fw={500} c={nothing ? 'dimmed' : c.met ? 'teal.8' : 'red.8'} data-testid="compliance-status">
          {status}
        </Text>
        <ShareBar share={c.overall} label={c.standard.name} color={color} />
        {c.byChannel.length > 0 && (
          <Stack gap={4}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('service.compliance.byChannel')}
            </Text>
            {c.byChannel.map((ch) => (
              <ShareRow key={ch.channel} label={t(`contact.channels.${ch.channel}`)} share={ch.share} target={c.standard.targetPercent} />
            ))}
          </Stack>
        )}
        {c.byAgent.length > 0 && (
          <Stack gap={4}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('service.compliance.byAgent')}
            </Text>
            {c.byAgent.map((a, i) => (
              <ShareRow
                key={a.agentId ?? `none-${i}`}
                label={a.agentName ?? t('service.compliance.noAgent')}
                share={a.share}
                target={c.standard.targetPercent}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The share within as a horizontal bar; its label says it in words too. */
function ShareBar({ share, label, color }: { share: Share; label: string; color: string }) {
  const { t, i18n } = useTranslation();
  const value = share.percent != null ? Number(share.percent) : 0;
  const words =
    share.percent != null
      ? t('service.compliance.shareLabel', {
          name: label,
          percent: formatPercent(share.percent, i18n.language),
          within: share.within,
          measured: share.measured,
        })
      : t('service.compliance.shareNothing', { name: label });
  return <Progress value={value} color={color} aria-label={words} size="md" />;
}

function ShareRow({ label, share, target }: { label: string; share: Share; target: string }) {
  const { t, i18n } = useTranslation();
  const percent = share.percent;
  const nothing = percent == null;
  const met = !nothing && Number(percent) >= Number(target);
  return (
    <div data-testid="share-row">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
          {label}
        </Text>
        <Text size="sm" c={nothing ? 'dimmed' : met ? 'teal.8' : 'red.8'} style={{ whiteSpace: 'nowrap' }}>
          {nothing
            ? t('service.compliance.nothingShort')
            : t('service.compliance.count', {
                percent: formatPercent(percent, i18n.language),
                within: share.within,
                measured: share.measured,
              })}
        </Text>
      </Group>
      <ShareBar share={share} label={label} color={nothing ? 'gray' : met ? 'teal' : 'red'} />
    </div>
  );
}

// ── service report ──────────────────────────────────────────────────────────────────────────────────────────────

function ReportSection({ shopId, from, to, currency }: { shopId: string; from: string; to: string; currency: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const report = useLoad(() => api.service.report(shopId, from, to), [api, shopId, from, to]);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('service.report.title')}>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('service.report.title')}
        </Title>
        <LoadError error={report.error} onRetry={() => void report.reload()} />
        {report.data ? <ReportBody report={report.data} currency={currency} /> : !report.error && <Loading />}
      </Stack>
    </Paper>
  );
}

function ReportBody({ report: r, currency }: { report: ServiceReport; currency: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const budget = Number(r.monthlyBudget);
  const verdictTotal = CASE_VERDICTS.reduce((sum, v) => sum + (r.verdicts[v] ?? 0), 0);
  const categories = [...CASE_CATEGORIES.filter((c) => c in r.byCategory), ...Object.keys(r.byCategory).filter((c) => !(CASE_CATEGORIES as readonly string[]).includes(c))];
  const types = [
    ...CUSTOMER_TYPES.filter((c) => c in r.byCustomerType),
    ...Object.keys(r.byCustomerType).filter((c) => !(CUSTOMER_TYPES as string[]).includes(c) && c !== 'NONE'),
    ...('NONE' in r.byCustomerType ? ['NONE'] : []),
  ];
  const h = r.handoffs;
  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('service.report.months')}
        </Title>
        {r.months.length === 0 ? (
          <Text c="dimmed">{t('service.report.noMonths')}</Text>
        ) : (
          r.months.map((m) => {
            const goodwill = Number(m.goodwill);
            const share = budget > 0 ? percentOf(goodwill, budget) : 0;
            const over = budget > 0 && goodwill > budget;
            return (
              <Paper key={m.month} withBorder p="sm" data-testid="report-month">
                <Stack gap={6}>
                  <Text fw={600}>{formatMonth(m.month, lang)}</Text>
                  <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
                    <Stat label={t('service.report.opened')} value={String(m.opened)} />
                    <Stat label={t('service.report.closed')} value={String(m.closed)} />
                    <Stat
                      label={t('service.report.csat')}
                      value={m.satisfaction != null ? t('service.report.ofScale', { value: formatNumber(m.satisfaction, lang), max: 5 }) : '–'}
                    />
                    <Stat
                      label={t('service.report.effort')}
                      value={m.effort != null ? t('service.report.ofScale', { value: formatNumber(m.effort, lang), max: 7 }) : '–'}
                    />
                    <Stat label={t('service.report.answers')} value={String(m.answers)} />
                  </SimpleGrid>
                  <Text size="sm" data-testid="month-goodwill">
                    {t('service.report.goodwill', {
                      amount: formatMoney(m.goodwill, currency, lang),
                      budget: formatMoney(r.monthlyBudget, currency, lang),
                      percent: formatPercent(share.toFixed(1), lang),
                    })}
                    {over && ` – ${t('service.report.overBudget')}`}
                  </Text>
                  <Progress
                    value={Math.min(100, share)}
                    color={over ? 'red' : share >= 80 ? 'orange' : 'teal'}
                    aria-label={t('service.report.goodwillBar', { month: formatMonth(m.month, lang) })}
                  />
                </Stack>
              </Paper>
            );
          })
        )}
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CountBars
          title={t('service.report.verdicts')}
          testId="verdicts"
          rows={CASE_VERDICTS.map((v) => ({ key: v, label: t(`cases.verdicts.${v}`), count: r.verdicts[v] ?? 0 }))}
          total={verdictTotal}
          colorOf={(key) => (key === 'DISSATISFIED' ? 'red' : key === 'SATISFIED' ? 'blue' : 'teal')}
        />
        <Stack gap="xs" data-testid="handoffs">
          <Title order={3} size="h5">
            {t('service.report.handoffs.title')}
          </Title>
          <SimpleGrid cols={2} spacing="xs">
            <Stat label={t('service.report.handoffs.cases')} value={String(h.cases)} />
            <Stat label={t('service.report.handoffs.total')} value={String(h.total)} />
            <Stat label={t('service.report.handoffs.perCase')} value={h.perCase != null ? formatNumber(h.perCase, lang, 2) : '–'} />
          </SimpleGrid>
          <CountBars
            rows={[
              { key: 'none', label: t('service.report.handoffs.none'), count: h.none },
              { key: 'once', label: t('service.report.handoffs.once'), count: h.once },
              { key: 'twiceOrMore', label: t('service.report.handoffs.twiceOrMore'), count: h.twiceOrMore },
            ]}
            total={h.cases}
            colorOf={(key) => (key === 'none' ? 'teal' : key === 'once' ? 'yellow' : 'red')}
          />
        </Stack>
        <CountBars
          title={t('service.report.byCategory')}
          testId="by-category"
          rows={categories.map((c) => ({ key: c, label: t(`cases.categories.${c}`, { defaultValue: c }), count: r.byCategory[c] ?? 0 }))}
          total={Object.values(r.byCategory).reduce((a, b) => a + b, 0)}
        />
        <CountBars
          title={t('service.report.byCustomerType')}
          testId="by-customer-type"
          rows={types.map((c) => ({
            key: c,
            label: c === 'NONE' ? t('service.report.noType') : t(`contact.types.${c}.name`, { defaultValue: c }),
            count: r.byCustomerType[c] ?? 0,
          }))}
          total={Object.values(r.byCustomerType).reduce((a, b) => a + b, 0)}
        />
      </SimpleGrid>
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

/** Counts with their share of `total` in words and as bars. */
function CountBars({
  title,
  testId,
  rows,
  total,
  colorOf = () => 'blue',
}: {
  title?: string;
  testId?: string;
  rows: { key: string; label: string; count: number }[];
  total: number;
  colorOf?: (key: string) => string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={6} data-testid={testId}>
      {title && (
        <Title order={3} size="h5">
          {title}
        </Title>
      )}
      {rows.length === 0 || total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('service.report.nothing')}
        </Text>
      ) : (
        rows.map((row) => {
          const pct = percentOf(row.count, total);
          const words = t('service.report.countShare', {
            n: row.count,
            percent: formatPercent(pct.toFixed(1), i18n.language),
          });
          return (
            <div key={row.key} data-testid="count-row">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                  {row.label}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {words}
                </Text>
              </Group>
              <Progress value={pct} color={colorOf(row.key)} aria-label={`${row.label}: ${words}`} />
            </div>
          );
        })
      )}
    </Stack>
  );
}

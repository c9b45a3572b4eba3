import { Alert, Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TIER_CHANGE_KINDS, type CustomerTier, type Tier, type TierChange } from '../../api';
import { formatDate, formatMoney } from '../../format';

const KNOWN_KINDS: readonly string[] = TIER_CHANGE_KINDS;

/** Progress (0–100) from the current tier's threshold (0 for the base level) to the next tier's. */
export function tierProgress(spend: string, current: Tier | null | undefined, next: Tier | null | undefined): number {
  if (!next) return 100;
  const from = current ? Number(current.threshold) : 0;
  const to = Number(next.threshold);
  const value = Number(spend);
  if (!Number.isFinite(value) || !Number.isFinite(to) || to <= from) return 0;
  return Math.max(0, Math.min(100, ((value - from) / (to - from)) * 100));
}

/** What is missing for the next tier: the server's `missingForNext`, else threshold − spend. */
function missing(status: CustomerTier['status']): number {
  if (status.missingForNext != null) return Number(status.missingForNext);
  return status.next ? Math.max(0, Number(status.next.threshold) - Number(status.qualifyingSpend)) : 0;
}

function HistoryItem({ change, currency, timeZone }: { change: TierChange; currency: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const base = t('tier.base');
  const from = change.fromTier ?? base;
  const to = change.toTier ?? base;
  const kind = KNOWN_KINDS.includes(change.kind)
    ? t(`tierChange.${change.kind}`)
    : change.kind.charAt(0) + change.kind.slice(1).toLowerCase().replace(/_/g, ' ');
  return (
    <Paper component="li" withBorder p="xs" radius="md" data-testid="tier-change" data-kind={change.kind}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Badge variant="light" size="sm" color={change.kind === 'UPGRADE' ? 'teal' : change.kind === 'DOWNGRADE' ? 'orange' : 'gray'}>
            {kind}
          </Badge>
          <Text size="sm">{t('tier.fromTo', { from, to })}</Text>
        </Group>
        <Text size="xs" c="dimmed">
          {formatDate(change.occurredAt, timeZone, lang)} · {t('tier.spendAt', { amount: formatMoney(change.qualifyingSpend, currency, lang) })}
        </Text>
      </Group>
    </Paper>
  );
}

/**
 * A customer's tier: current tier (or the base level), qualifying spend of the last 12 months, progress to the
 * next tier, the grace notice while a downgrade is scheduled, and the history of changes.
 */
export function TierCard({ data, currency, timeZone }: { data: CustomerTier; currency: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { status, history } = data;
  const current = status.tier ?? null;
  const progress = tierProgress(status.qualifyingSpend, current, status.next);
  return (
    <Stack gap="sm" data-testid="tier-card">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Text size="sm" c="dimmed">
            {t('tier.current')}
          </Text>
          <Text fz={28} fw={700} lh={1.1} data-testid="tier-name">
            {current?.name ?? t('tier.base')}
          </Text>
          {current && status.since && (
            <Text size="xs" c="dimmed">
              {t('tier.since', { date: formatDate(status.since, timeZone, lang) })}
            </Text>
          )}
        </div>
        <div style={{ textAlign: 'right' }}>
          <Text size="sm" c="dimmed">
            {t('tier.spend')}
          </Text>
          <Text fz={20} fw={600} data-testid="tier-spend">
            {formatMoney(status.qualifyingSpend, currency, lang)}
          </Text>
        </div>
      </Group>
      {status.next ? (
        <Stack gap={4}>
          <Progress
            value={progress}
            size="lg"
            radius="xl"
            aria-label={t('tier.progressLabel', { tier: status.next.name })}
            data-testid="tier-progress"
            data-value={Math.round(progress)}
          />
          <Text size="sm" data-testid="tier-missing">
            {t('tier.missing', { amount: formatMoney(missing(status), currency, lang), tier: status.next.name })}
          </Text>
        </Stack>
      ) : (
        current && (
          <Text size="sm" c="teal.8" data-testid="tier-top">
            {t('tier.top')}
          </Text>
        )
      )}
      {status.downgradeAt && (
        <Alert color="orange" title={t('tier.graceTitle')} data-testid="tier-grace">
          {t('tier.grace', {
            date: formatDate(status.downgradeAt, timeZone, lang),
            tier: status.downgradeTo?.name ?? t('tier.base'),
          })}
        </Alert>
      )}
      <Title order={3} size="h6">
        {t('tier.history')}
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="tier-history-empty">
          {t('tier.historyEmpty')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="tier-history">
          {history.map((c, i) => (
            <HistoryItem key={`${c.occurredAt}-${i}`} change={c} currency={currency} timeZone={timeZone} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BREAKDOWN_RULES, LEDGER_TYPES, type LedgerEntry } from '../../api';
import { formatDate, formatDateTime, formatMoney, formatPoints, formatPointsDelta } from '../../format';
import { useIsPhone } from '../../components/ResponsiveTable';

const KNOWN_RULES: readonly string[] = BREAKDOWN_RULES;

/**
 * Which rule gave how many points, readable: "12 base points + 6 extra for tier Silber + 20 from the promotion
 * 'Großeinkauf'"; undefined for none.
 */
export function useBreakdownText() {
  const { t, i18n } = useTranslation();
  return (entry: LedgerEntry): string | undefined => {
    const parts = entry.breakdown ?? [];
    // a single base or welcome part says nothing the amount and type do not already say
    if (parts.length === 0 || (parts.length === 1 && ['base', 'welcome'].includes(parts[0].rule))) return undefined;
    return parts
      .map((p) =>
        t(`breakdown.${KNOWN_RULES.includes(p.rule) ? p.rule : 'other'}`, {
          count: p.points,
          points: formatPoints(p.points, i18n.language),
          label: p.label ?? p.rule,
        }).trim(),
      )
      .join(' + ');
  };
}

/** "available from <date>" for a purchase entry whose points are still pending. */
function useReleaseText() {
  const { t, i18n } = useTranslation();
  return (entry: LedgerEntry, timeZone: string): string | undefined => {
    const p = entry.purchase;
    if (entry.type !== 'PURCHASE_EARN' || !p || !p.releaseAt || !(p.pointsPending && p.pointsPending > 0)) return undefined;
    return t('ledger.availableFrom', { date: formatDate(p.releaseAt, timeZone, i18n.language) });
  };
}

/** Breakdown and release date under an entry's details. */
function EntryExtras({ entry, timeZone }: { entry: LedgerEntry; timeZone: string }) {
  const breakdown = useBreakdownText()(entry);
  const release = useReleaseText()(entry, timeZone);
  return (
    <>
      {breakdown && (
        <Text size="xs" c="dimmed" data-testid="ledger-breakdown">
          {breakdown}
        </Text>
      )}
      {release && (
        <Text size="xs" c="dimmed" data-testid="ledger-release">
          {release}
        </Text>
      )}
    </>
  );
}

const KNOWN_TYPES: readonly string[] = LEDGER_TYPES;

/** Translated ledger entry type; unknown (future) types fall back to a readable form of the code. */
export function useLedgerTypeLabel() {
  const { t } = useTranslation();
  return (type: string) =>
    KNOWN_TYPES.includes(type)
      ? t(`ledgerType.${type}`)
      : t(`ledgerType.${type}`, {
          defaultValue: type.charAt(0) + type.slice(1).toLowerCase().replace(/_/g, ' '),
        });
}

/**
 * What an entry did to each bucket. An entry that moves only available points shows the bare delta (+25);
 * one that moves several names each (a RELEASE: "+13 available", "−13 pending"; a RETURN: "−5 available",
 * "5 points owed to the shop"; a SHORTFALL_SETTLEMENT: "−5 available", "5 points of debt paid off").
 */
function PointsCell({ entry }: { entry: LedgerEntry }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const available = entry.availableDelta;
  const pending = entry.pendingDelta;
  const owed = entry.owedDelta ?? 0; // tolerate a server from before step 2
  const several = [available, pending, owed].filter((d) => d !== 0).length > 1;
  return (
    <Stack gap={0} align="flex-end">
      {(available !== 0 || (pending === 0 && owed === 0)) && (
        <Text fw={600} c={available < 0 ? 'red' : available > 0 ? 'teal.8' : undefined} data-testid="ledger-points" style={{ whiteSpace: 'nowrap' }}>
          {several
            ? t('ledger.availableDelta', { points: formatPointsDelta(available, lang) })
            : formatPointsDelta(available, lang)}
        </Text>
      )}
      {pending !== 0 && (
        <Text size="sm" c="dimmed" data-testid="ledger-pending" style={{ whiteSpace: 'nowrap' }}>
          {t('ledger.pendingDelta', { points: formatPointsDelta(pending, lang) })}
        </Text>
      )}
      {owed !== 0 && (
        <Text size="sm" c={owed > 0 ? 'orange.8' : 'dimmed'} fw={owed > 0 ? 600 : undefined} data-testid="ledger-owed" ta="right">
          {t(owed > 0 ? 'ledger.owedAdded' : 'ledger.owedSettled', {
            count: Math.abs(owed),
            points: formatPoints(Math.abs(owed), lang),
          })}
        </Text>
      )}
    </Stack>
  );
}

function purchaseText(entry: LedgerEntry, lang: string): string | undefined {
  if (!entry.purchase) return undefined;
  const money = formatMoney(entry.purchase.amount, entry.purchase.currency, lang);
  return entry.purchase.reference ? `${money} · ${entry.purchase.reference}` : money;
}

/** Ledger types whose sentence names the purchase ("Purchase of €25.00"). */
const PURCHASE_LINES: Record<string, string> = {
  PURCHASE_EARN: 'ledgerLine.purchase',
  RELEASE: 'ledgerLine.release',
  RETURN: 'ledgerLine.return',
};

/**
 * What the entry is about, as a short sentence in the UI language: "Purchase of €25.00 · Bon 8973",
 * "Return on the purchase of €25.00", "Redeemed for 'Kaffee gratis'", "Correction by the shop: <reason>",
 * "Goodwill for case #12 …", "No purchase for too long: points have expired", "For joining the programme".
 * Unknown (future) types show their reason, if any.
 */
export function useEntrySentence() {
  const { t, i18n } = useTranslation();
  return (entry: LedgerEntry): string | undefined => {
    const purchase = purchaseText(entry, i18n.language);
    const label = entry.breakdown?.[0]?.label;
    const reason = entry.reason?.trim() || undefined;
    if (purchase && PURCHASE_LINES[entry.type]) return t(PURCHASE_LINES[entry.type], { purchase });
    switch (entry.type) {
      case 'SHORTFALL_SETTLEMENT':
        return t('ledger.settlementDetail');
      case 'WELCOME_BONUS':
        return t('ledgerLine.welcome');
      case 'REFERRAL_BONUS':
        return label ? t('ledgerLine.referral', { name: label }) : undefined;
      case 'REDEMPTION':
        return reason ? t('ledgerLine.redemption', { reward: reason }) : undefined;
      case 'ADJUSTMENT':
        return reason ? t('ledgerLine.adjustment', { reason }) : t('ledgerLine.adjustmentNoReason');
      case 'EXPIRY':
        return t(reason === 'AFTER_EARNING' || reason === 'AFTER_INACTIVITY' ? `ledgerLine.expiry.${reason}` : 'ledgerLine.expiry.other');
      case 'GOODWILL':
        return (reason ?? label) ? t('ledgerLine.goodwill', { label: reason ?? label }) : undefined;
      default:
        return purchase ?? reason;
    }
  };
}

const TYPE_COLOR: Record<string, string> = {
  PURCHASE_EARN: 'teal',
  REDEMPTION: 'blue',
  EXPIRY: 'red',
  GOODWILL: 'grape',
  ADJUSTMENT: 'gray',
  RELEASE: 'teal',
  RETURN: 'orange',
  SHORTFALL_SETTLEMENT: 'orange',
  WELCOME_BONUS: 'grape',
  REFERRAL_BONUS: 'grape',
};

/** Ledger history as a table (staff view); on a phone the list of the portal, where nothing is cut off. */
export function LedgerTable({ entries, timeZone }: { entries: LedgerEntry[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const typeLabel = useLedgerTypeLabel();
  const detailText = useEntrySentence();
  const phone = useIsPhone();
  if (entries.length === 0) return <Text c="dimmed">{t('ledger.empty')}</Text>;
  if (phone) return <LedgerList entries={entries} timeZone={timeZone} />;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover data-testid="ledger-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.date')}</Table.Th>
            <Table.Th>{t('ledger.type')}</Table.Th>
            <Table.Th ta="right">{t('ledger.points')}</Table.Th>
            <Table.Th>{t('ledger.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id} data-testid="ledger-entry" data-type={e.type}>
              <Table.Td>{formatDateTime(e.occurredAt, timeZone, i18n.language)}</Table.Td>
              <Table.Td>{typeLabel(e.type)}</Table.Td>
              <Table.Td ta="right">
                <PointsCell entry={e} />
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <Text span inherit data-testid="ledger-detail">
                  {detailText(e) ?? '–'}
                </Text>
                {e.purchase && e.reason && (
                  <Text size="xs" c="dimmed">
                    {e.reason}
                  </Text>
                )}
                <EntryExtras entry={e} timeZone={timeZone} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Ledger history as a phone-friendly list (customer portal): each entry as one readable line ("Purchase of €25.00",
 * "Redeemed for 'Kaffee gratis'"), the date, the rules behind its points and the points on the right.
 */
export function LedgerList({ entries, timeZone }: { entries: LedgerEntry[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const typeLabel = useLedgerTypeLabel();
  const detailText = useEntrySentence();
  if (entries.length === 0) return <Text c="dimmed">{t('ledger.empty')}</Text>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="ledger-list">
      {entries.map((e) => (
        <Paper
          component="li"
          withBorder
          p="sm"
          radius="md"
          key={e.id}
          data-testid="ledger-entry"
          data-type={e.type}
          style={{ borderLeft: `4px solid var(--mantine-color-${TYPE_COLOR[e.type] ?? 'gray'}-4)` }}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }} data-testid="ledger-detail">
                {detailText(e) ?? typeLabel(e.type)}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(e.occurredAt, timeZone, i18n.language)}
              </Text>
              {e.purchase && e.reason && <Text size="xs">{e.reason}</Text>}
              <EntryExtras entry={e} timeZone={timeZone} />
            </Stack>
            <PointsCell entry={e} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Allowance, Gesture, GestureLimit, GestureStatus } from '../../api';
import { compareAmounts, formatDateTime, formatMoney, formatPoints, parseAmount } from '../../format';

/**
 * `value × factor` of a decimal string, exactly, rounded half up to `fractionDigits` (as the server prices a gesture:
 * points × point value, months × monthly fee). Undefined for a malformed value.
 */
export function multiplyAmount(value: string, factor: number, fractionDigits = 2): string | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m || !Number.isSafeInteger(factor) || factor < 0) return undefined;
  const frac = m[2] ?? '';
  const product = BigInt(m[1] + frac) * BigInt(factor); // scaled by 10^frac.length
  let scaled: bigint;
  if (frac.length <= fractionDigits) {
    scaled = product * 10n ** BigInt(fractionDigits - frac.length);
  } else {
    const divisor = 10n ** BigInt(frac.length - fractionDigits);
    scaled = product / divisor;
    if ((product % divisor) * 2n >= divisor) scaled += 1n;
  }
  const digits = scaled.toString().padStart(fractionDigits + 1, '0');
  return fractionDigits === 0 ? digits : `${digits.slice(0, -fractionDigits)}.${digits.slice(-fractionDigits)}`;
}

/** A JSON number of money (a subscription's monthly fee) as a decimal string with at least two decimals. */
export function moneyString(amount: number | string): string {
  const s = String(amount);
  if (!/^\d+(\.\d+)?$/.test(s)) return typeof amount === 'number' ? amount.toFixed(2) : s;
  const [int, frac = ''] = s.split('.');
  return `${int}.${frac.padEnd(2, '0')}`;
}

/**
 * The limits a gesture of `cost` would be above, as the server decides it: the agent's (only when the allowance has
 * them) and the shop's monthly budget. Empty: within the allowance, given at once.
 */
export function limitsAbove(cost: string, allowance: Allowance): GestureLimit[] {
  const above = (limit: string | null | undefined) => limit != null && compareAmounts(cost, limit) > 0;
  const over: GestureLimit[] = [];
  if (above(allowance.perGesture)) over.push('PER_GESTURE');
  if (above(allowance.leftInCase)) over.push('PER_CASE');
  if (above(allowance.leftThisMonth)) over.push('PER_MONTH');
  if (above(allowance.budgetLeft)) over.push('MONTHLY_BUDGET');
  return over;
}

/**
 * A limit or budget typed by a person ("10", "10,50", "0") as a decimal string with a dot; undefined unless it is
 * 0 or more, at most `max`, with at most `fractionDigits` decimals.
 */
export function parseLimit(input: string, fractionDigits = 2, max = '1000000'): string | undefined {
  const s = input.trim();
  const value = /^0+(?:[.,]0*)?$/.test(s) ? '0' : parseAmount(s, fractionDigits);
  if (value === undefined || compareAmounts(value, max) > 0) return undefined;
  return value;
}

/** "PER_GESTURE, MONTHLY_BUDGET" in words: "the limit per gesture, the shop's monthly budget". */
export function useLimitsText() {
  const { t } = useTranslation();
  return (limits: GestureLimit[]) => limits.map((l) => t(`goodwill.limits.${l}`, { defaultValue: l })).join(', ');
}

const STATUS_COLOR: Record<GestureStatus, string> = { ISSUED: 'teal', PENDING_APPROVAL: 'orange', REJECTED: 'red' };

/** The status in words (the colour only repeats it). */
export function GestureStatusBadge({ status }: { status: GestureStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOR[status] ?? 'gray'} style={{ flexShrink: 0 }} data-testid="gesture-status">
      <VisuallyHidden>{`${t('goodwill.status')}: `}</VisuallyHidden>
      {t(`goodwill.statuses.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** What a gesture gives, in words: "120 points", "Voucher: Kaffee gratis", "2 free months of Brötchen-Abo", … */
export function useGestureWhat() {
  const { t, i18n } = useTranslation();
  return (g: Gesture): string => {
    switch (g.kind) {
      case 'BONUS_POINTS':
        return t('points.count', { count: g.points ?? 0, points: formatPoints(g.points ?? 0, i18n.language) });
      case 'VOUCHER':
        return t('goodwill.what.VOUCHER', { reward: g.description ?? '–' });
      case 'FREE_MONTHS':
        return t('goodwill.what.FREE_MONTHS', { count: g.months ?? 0, plan: g.description ?? '–' });
      default:
        return g.description ?? '–';
    }
  };
}

/**
 * Gestures as cards (they fit a phone): kind, status, what it gives, cost, who asked when, the limits it was above,
 * the decision and (for a fee refund) whether it was paid. `showCase`: a link to the case; `actions`: per gesture.
 */
export function GestureCards({
  gestures,
  timeZone,
  showCase = false,
  actions,
  testId = 'gesture-list',
}: {
  gestures: Gesture[];
  timeZone: string;
  showCase?: boolean;
  actions?: (g: Gesture) => ReactNode;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const what = useGestureWhat();
  const limitsText = useLimitsText();
  const when = (iso: string) => formatDateTime(iso, timeZone, lang);
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid={testId}>
      {gestures.map((g) => (
        <Paper key={g.id} component="li" withBorder p="sm" radius="sm" data-testid="gesture" data-status={g.status}>
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }} data-testid="gesture-kind">
                {t(`goodwill.kinds.${g.kind}`, { defaultValue: g.kind })}
              </Text>
              <GestureStatusBadge status={g.status} />
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="gesture-what">
              {what(g)}
            </Text>
            <Text size="sm" data-testid="gesture-cost">
              {`${t('goodwill.cost')}: ${formatMoney(g.cost, g.currency, lang)}`}
            </Text>
            <Text size="sm" data-testid="gesture-requested">
              {t('goodwill.requestedBy', { name: g.requestedByName || '–', date: when(g.requestedAt) })}
            </Text>
            {showCase && (
              <Anchor component={Link} to={`/admin/cases/${g.caseId}`} size="sm" data-testid="gesture-case">
                {g.caseNumber != null && g.caseSubject
                  ? t('goodwill.caseLabel', { number: g.caseNumber, subject: g.caseSubject, customer: g.customerName || '–' })
                  : t('goodwill.toCase')}
              </Anchor>
            )}
            {g.overLimits.length > 0 && (
              <Text size="sm" data-testid="gesture-over">
                {t('goodwill.overLimits', { limits: limitsText(g.overLimits) })}
              </Text>
            )}
            {g.status === 'PENDING_APPROVAL' && (
              <Text size="sm" fw={600} c="orange.9" data-testid="gesture-pending">
                {t('goodwill.pendingNote')}
              </Text>
            )}
            {g.status === 'ISSUED' && (
              <Text size="sm" data-testid="gesture-issued">
                {g.decidedByName
                  ? t('goodwill.approvedBy', { name: g.decidedByName, date: when(g.decidedAt ?? g.issuedAt ?? g.requestedAt) })
                  : t('goodwill.givenAt', { date: when(g.issuedAt ?? g.requestedAt) })}
              </Text>
            )}
            {g.status === 'REJECTED' && (
              <Text size="sm" c="red.9" data-testid="gesture-rejected">
                {t('goodwill.rejectedBy', { name: g.decidedByName || '–', date: when(g.decidedAt ?? g.requestedAt) })}
                {g.decisionReason && ` ${t('goodwill.reasonQuoted', { reason: g.decisionReason })}`}
              </Text>
            )}
            {g.status === 'ISSUED' && g.decisionReason && (
              <Text size="sm" data-testid="gesture-reason">
                {t('goodwill.reasonQuoted', { reason: g.decisionReason })}
              </Text>
            )}
            {g.kind === 'FEE_REFUND' && g.status === 'ISSUED' && (
              <Text size="sm" fw={g.refundPaidAt ? undefined : 600} data-testid="gesture-refund">
                {g.refundPaidAt ? t('goodwill.refundPaidAt', { date: when(g.refundPaidAt) }) : t('goodwill.refundUnpaid')}
              </Text>
            )}
            {actions?.(g)}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

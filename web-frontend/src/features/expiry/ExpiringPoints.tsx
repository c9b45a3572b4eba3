import { AccordionChevron, Alert, Box, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPIRY_MODES, type ExpiringPoints } from '../../api';
import { formatDate, formatPoints, intlLocale, parseInstant } from '../../format';

/** How many expiry dates are listed one by one (a regular customer has one per visit). */
export const EXPIRY_ROWS_SHOWN = 5;
/** Expiries at most this many days ahead (or already due) are highlighted. */
export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const KNOWN_MODES: readonly string[] = EXPIRY_MODES;

/** True when `at` is due or at most {@link EXPIRY_WARNING_DAYS} days ahead of `now`. */
export function expiresSoon(at: string, now: Date = new Date()): boolean {
  const time = parseInstant(at).getTime();
  return !Number.isNaN(time) && time - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS;
}

/**
 * Expiries on the same day (in the shop's time zone) as one row: several credits of one day expire together, and
 * the list shows dates, not times. Keeps the earliest instant of each day; items come sorted.
 */
export function expiriesByDay(items: ExpiringPoints['items'], timeZone: string, lang: string): ExpiringPoints['items'] {
  const days: { day: string; at: string; points: number }[] = [];
  for (const item of items) {
    const day = formatDate(item.at, timeZone, lang);
    const last = days[days.length - 1];
    if (last && last.day === day) last.points += item.points;
    else days.push({ day, at: item.at, points: item.points });
  }
  return days.map(({ at, points }) => ({ at, points }));
}

/** Up to this many expiry dates are listed one by one; more are grouped by month. */
export const EXPIRY_DATES_UNGROUPED = EXPIRY_ROWS_SHOWN;
/** How many months are listed before "show all". */
export const EXPIRY_MONTHS_SHOWN = 6;

/** Expiries of one calendar month (in the shop's time zone): "March 2027", the days and their sum. */
export interface ExpiryMonth {
  key: string;
  label: string;
  points: number;
  items: ExpiringPoints['items'];
}

/**
 * Expiry days grouped by calendar month in the shop's time zone (items come sorted): "März 2027: 120 Punkte" with
 * the days of the month. A regular customer has a date per visit; a hundred dates read better as a dozen months.
 */
export function expiriesByMonth(items: ExpiringPoints['items'], timeZone: string, lang: string): ExpiryMonth[] {
  const keyFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone: safeZone(timeZone) });
  const labelFormat = new Intl.DateTimeFormat(intlLocale(lang), { year: 'numeric', month: 'long', timeZone: safeZone(timeZone) });
  const months: ExpiryMonth[] = [];
  for (const item of items) {
    const date = parseInstant(item.at);
    if (Number.isNaN(date.getTime())) continue;
    const key = keyFormat.format(date);
    const last = months[months.length - 1];
    if (last && last.key === key) {
      last.points += item.points;
      last.items.push(item);
    } else months.push({ key, label: labelFormat.format(date), points: item.points, items: [item] });
  }
  return months;
}

function safeZone(timeZone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/** One expiry date with its points; orange while it is due within 30 days. */
function ExpiryRow({ at, points, timeZone, now }: { at: string; points: number; timeZone: string; now: Date }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const isSoon = expiresSoon(at, now);
  return (
    <Group component="li" justify="space-between" wrap="nowrap" data-testid="expiring-item" data-soon={isSoon}>
      <Text size="sm" c={isSoon ? 'orange.9' : undefined} fw={isSoon ? 600 : undefined}>
        {formatDate(at, timeZone, lang)}
      </Text>
      <Text size="sm" c={isSoon ? 'orange.9' : undefined} fw={600} style={{ whiteSpace: 'nowrap' }}>
        {t('points.count', { count: points, points: formatPoints(points, lang) })}
      </Text>
    </Group>
  );
}

const LIST_STYLE = { listStyle: 'none' } as const;

/** A month with its sum; its dates fold out on request (open from the start when something in it expires soon). */
function ExpiryMonthRow({ month, timeZone, now }: { month: ExpiryMonth; timeZone: string; now: Date }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const soon = month.items.some((i) => expiresSoon(i.at, now));
  const [open, setOpen] = useState(soon);
  const panelId = useId();
  return (
    <Box component="li" data-testid="expiring-month" data-month={month.key} data-soon={soon}>
      <UnstyledButton
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={panelId}
        w="100%"
        py={2}
        data-testid="expiring-month-toggle"
      >
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap">
            <AccordionChevron
              aria-hidden
              size={12}
              style={{ flexShrink: 0, transform: open ? undefined : 'rotate(-90deg)', transition: 'transform 150ms' }}
            />
            <Text size="sm" fw={600} c={soon ? 'orange.9' : undefined}>
              {t('expiring.month', {
              month: month.label,
              count: month.points,
                points: formatPoints(month.points, lang),
              })}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('expiring.dates', { count: month.items.length })}
          </Text>
        </Group>
      </UnstyledButton>
      {open && (
        <Stack gap={2} component="ul" p={0} m={0} pl="lg" pb={4} id={panelId} style={LIST_STYLE}>
          {month.items.map((i) => (
            <ExpiryRow key={i.at} at={i.at} points={i.points} timeZone={timeZone} now={now} />
          ))}
        </Stack>
      )}
    </Box>
  );
}

/**
 * The shop's expiry rule and the customer's upcoming expiries (dates in the shop's time zone); those within
 * 30 days are highlighted. Up to {@link EXPIRY_DATES_UNGROUPED} dates are listed as they are; more are grouped by
 * month ("March 2027: 120 points") with the dates of each month folding out, the first
 * {@link EXPIRY_MONTHS_SHOWN} months before "show all". `compact` for the staff customer page (no warnings,
 * smaller text).
 */
export function ExpiringPointsList({
  data,
  timeZone,
  compact = false,
  now,
}: {
  data: ExpiringPoints;
  timeZone: string;
  compact?: boolean;
  now?: Date;
}) {
  const { t, i18n } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const lang = i18n.language;
  const reference = now ?? new Date();
  if (data.mode === 'NONE') {
    return (
      <Text size={compact ? 'sm' : 'md'} c="dimmed" data-testid="expiring-none">
        {t('expiring.none')}
      </Text>
    );
  }
  const items = expiriesByDay(data.items, timeZone, lang);
  const soon = items.filter((i) => expiresSoon(i.at, reference));
  const grouped = items.length > EXPIRY_DATES_UNGROUPED;
  const months = grouped ? expiriesByMonth(items, timeZone, lang) : [];
  const shownMonths = showAll ? months : months.slice(0, EXPIRY_MONTHS_SHOWN);
  const hiddenMonths = months.slice(shownMonths.length);
  const soonPoints = soon.reduce((sum, i) => sum + i.points, 0);
  return (
    <Stack gap={compact ? 4 : 'xs'}>
      {!compact &&
        (soon.length <= 1 ? (
          soon.map((i) => (
            <Alert key={`soon-${i.at}`} color="orange" variant="light" p="xs" data-testid="expiring-soon">
              {t('expiring.soon', { count: i.points, points: formatPoints(i.points, lang), date: formatDate(i.at, timeZone, lang) })}
            </Alert>
          ))
        ) : (
          // a customer who comes daily has many dates within 30 days: one warning with the sum, not thirty
          <Alert color="orange" variant="light" p="xs" data-testid="expiring-soon">
            {t('expiring.soonSeveral', {
              count: soonPoints,
              points: formatPoints(soonPoints, lang),
              from: formatDate(soon[0].at, timeZone, lang),
              to: formatDate(soon[soon.length - 1].at, timeZone, lang),
            })}
          </Alert>
        ))}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="expiring-empty">
          {t('expiring.empty')}
        </Text>
      ) : grouped ? (
        <Stack gap={2} component="ul" p={0} m={0} style={LIST_STYLE} data-testid="expiring-list">
          {shownMonths.map((m) => (
            <ExpiryMonthRow key={m.key} month={m} timeZone={timeZone} now={reference} />
          ))}
        </Stack>
      ) : (
        <Stack gap={2} component="ul" p={0} m={0} style={LIST_STYLE} data-testid="expiring-list">
          {items.map((i) => (
            <ExpiryRow key={i.at} at={i.at} points={i.points} timeZone={timeZone} now={reference} />
          ))}
        </Stack>
      )}
      {hiddenMonths.length > 0 && (
        <Group justify="space-between" wrap="nowrap" data-testid="expiring-more">
          <Text size="sm" c="dimmed">
            {t('expiring.laterMonths', {
              count: hiddenMonths.length,
              points: formatPoints(hiddenMonths.reduce((sum, m) => sum + m.points, 0), lang),
            })}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => setShowAll(true)} data-testid="expiring-show-all">
            {t('expiring.showAll')}
          </Button>
        </Group>
      )}
      {KNOWN_MODES.includes(data.mode) && (
        <Text size={compact ? 'xs' : 'sm'} c="dimmed" data-testid="expiring-rule">
          {t(`expiringRule.${data.mode}`, { count: data.months })}
        </Text>
      )}
    </Stack>
  );
}

import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPIRY_MODES, type ExpiringPoints } from '../../api';
import { formatDate, formatPoints, parseInstant } from '../../format';

/** How many expiry dates are listed before "show all" (a regular customer has one per visit). */
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

/**
 * The shop's expiry rule and the customer's upcoming expiries (dates in the shop's time zone); those within
 * 30 days are highlighted. `compact` for the staff customer page (no warnings, smaller text).
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
  const pointsText = (points: number) => t('points.count', { count: points, points: formatPoints(points, lang) });
  const items = expiriesByDay(data.items, timeZone, lang);
  const soon = items.filter((i) => expiresSoon(i.at, reference));
  const shown = showAll ? items : items.slice(0, EXPIRY_ROWS_SHOWN);
  const hidden = items.slice(shown.length);
  return (
    <Stack gap={compact ? 4 : 'xs'}>
      {!compact &&
        soon.map((i) => (
          <Alert key={`soon-${i.at}`} color="orange" variant="light" p="xs" data-testid="expiring-soon">
            {t('expiring.soon', { count: i.points, points: formatPoints(i.points, lang), date: formatDate(i.at, timeZone, lang) })}
          </Alert>
        ))}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="expiring-empty">
          {t('expiring.empty')}
        </Text>
      ) : (
        <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="expiring-list">
          {shown.map((i) => {
            const isSoon = expiresSoon(i.at, reference);
            return (
              <Group
                key={i.at}
                component="li"
                justify="space-between"
                wrap="nowrap"
                data-testid="expiring-item"
                data-soon={isSoon}
              >
                <Text size="sm" c={isSoon ? 'orange.9' : undefined} fw={isSoon ? 600 : undefined}>
                  {formatDate(i.at, timeZone, lang)}
                </Text>
                <Text size="sm" c={isSoon ? 'orange.9' : undefined} fw={600}>
                  {pointsText(i.points)}
                </Text>
              </Group>
            );
          })}
        </Stack>
      )}
      {hidden.length > 0 && (
        <Group justify="space-between" wrap="nowrap" data-testid="expiring-more">
          <Text size="sm" c="dimmed">
            {t('expiring.later', {
              count: hidden.length,
              points: formatPoints(hidden.reduce((sum, i) => sum + i.points, 0), lang),
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

import { useMemo } from 'react';
import { Select, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { timeZoneGroups, zoneMatches } from './timeZones';

/** Keeps the options (in their groups) whose label or zone name matches the search, umlauts and underscores aside. */
const filter: OptionsFilter = ({ options, search }) => {
  const out: ComboboxParsedItem[] = [];
  for (const item of options) {
    if ('group' in item) {
      const items = item.items.filter((o) => zoneMatches(o, search));
      if (items.length > 0) out.push({ ...item, items });
    } else if (zoneMatches(item as ComboboxItem, search)) {
      out.push(item);
    }
  }
  return out;
};

/**
 * Chooses a time zone: "Common" ones first (Berlin, Vienna, Zurich …), then all others, each as "Wien, Österreich
 * (UTC+01:00)"; searchable by city, country or zone name.
 */
export function TimeZoneSelect({
  label,
  value,
  onChange,
  error,
  description,
  zones,
}: {
  label: string;
  value: string;
  onChange: (zone: string) => void;
  error?: string;
  description?: string;
  /** The zones to offer (default: every zone the browser knows). */
  zones?: string[];
}) {
  const { t, i18n } = useTranslation();
  const data = useMemo(
    () => timeZoneGroups(i18n.language, { common: t('timeZone.common'), all: t('timeZone.all') }, zones),
    [i18n.language, t, zones],
  );
  return (
    <Select
      label={label}
      description={description}
      data={data}
      value={value}
      onChange={(z) => z && onChange(z)}
      error={error}
      searchable
      filter={filter}
      allowDeselect={false}
      nothingFoundMessage={t('timeZone.nothingFound')}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      data-testid="time-zone-select"
    />
  );
}

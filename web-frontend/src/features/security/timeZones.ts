/** Time zones for people: the common ones first, each with a readable label (city, country, current UTC offset). */
import { intlLocale } from '../../format';

/** The zones a shop in German-speaking Europe and its neighbours most likely uses, in this order. */
export const COMMON_TIME_ZONES = [
  'Europe/Berlin',
  'Europe/Vienna',
  'Europe/Zurich',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Luxembourg',
  'Europe/Paris',
  'Europe/Copenhagen',
  'Europe/Warsaw',
  'Europe/Prague',
  'Europe/London',
  'Europe/Rome',
  'Europe/Madrid',
] as const;

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/** Country (ISO 3166 region) of the common zones, for `Intl.DisplayNames`. */
const REGION: Record<string, string> = {
  'Europe/Berlin': 'DE',
  'Europe/Vienna': 'AT',
  'Europe/Zurich': 'CH',
  'Europe/Amsterdam': 'NL',
  'Europe/Brussels': 'BE',
  'Europe/Luxembourg': 'LU',
  'Europe/Paris': 'FR',
  'Europe/Copenhagen': 'DK',
  'Europe/Warsaw': 'PL',
  'Europe/Prague': 'CZ',
  'Europe/London': 'GB',
  'Europe/Rome': 'IT',
  'Europe/Madrid': 'ES',
};

/** German names of the common zones' cities (the zone names are English). */
const CITY_DE: Record<string, string> = {
  Vienna: 'Wien',
  Zurich: 'Zürich',
  Brussels: 'Brüssel',
  Luxembourg: 'Luxemburg',
  Copenhagen: 'Kopenhagen',
  Warsaw: 'Warschau',
  Prague: 'Prag',
  Rome: 'Rom',
};

const FALLBACK_TIME_ZONES = [...COMMON_TIME_ZONES, 'UTC'];

/** Every zone the browser knows (the common ones even if it knows none). */
export function allTimeZones(): string[] {
  try {
    const zones = Intl.supportedValuesOf('timeZone');
    const missing = FALLBACK_TIME_ZONES.filter((z) => !zones.includes(z));
    return [...zones, ...missing];
  } catch {
    return FALLBACK_TIME_ZONES;
  }
}

export function isTimeZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The browser's own zone if it is a real one (not UTC/Etc), else {@link DEFAULT_TIME_ZONE}. */
export function defaultTimeZone(browserZone: string | undefined = browserTimeZone()): string {
  return browserZone && browserZone.includes('/') && !browserZone.startsWith('Etc/') && isTimeZone(browserZone)
    ? browserZone
    : DEFAULT_TIME_ZONE;
}

function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The zone's offset from UTC at `now`: "UTC+01:00", "UTC−05:00", "UTC±00:00". */
export function utcOffset(zone: string, now: Date = new Date()): string {
  try {
    const name =
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(now)
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    if (!m) return 'UTC±00:00';
    return `UTC${m[1] === '-' ? '−' : '+'}${m[2]}:${m[3] ?? '00'}`;
  } catch {
    return '';
  }
}

/** The city of a zone in the UI language: "Europe/Vienna" → "Wien" (de), "America/New_York" → "New York". */
export function zoneCity(zone: string, language: string): string {
  const city = (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  return language.startsWith('de') ? (CITY_DE[city] ?? city) : city;
}

function regionName(region: string, language: string): string | undefined {
  try {
    return new Intl.DisplayNames([intlLocale(language)], { type: 'region' }).of(region);
  } catch {
    return undefined;
  }
}

/**
 * A zone as people read it: "Wien, Österreich (UTC+01:00)" for a common zone, "New York – America (UTC−05:00)"
 * for the others (their country is not known without a table), the raw name for "UTC".
 */
export function zoneLabel(zone: string, language: string, now: Date = new Date()): string {
  if (!zone.includes('/')) return zone;
  const offset = utcOffset(zone, now);
  const region = REGION[zone] ? regionName(REGION[zone], language) : undefined;
  const area = zone.split('/').slice(0, -1).join('/').replace(/_/g, ' ');
  const place = region ? `${zoneCity(zone, language)}, ${region}` : `${zoneCity(zone, language)} – ${area}`;
  return offset ? `${place} (${offset})` : place;
}

/** Lower case, without accents and umlauts (ü, ue → u), underscores as spaces: for searching zones. */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type ZoneOption = { value: string; label: string };

/** The zones for a select: "Common" first, then all others, each labelled for the UI language. */
export function timeZoneGroups(
  language: string,
  groupNames: { common: string; all: string },
  zones: string[] = allTimeZones(),
  now: Date = new Date(),
): { group: string; items: ZoneOption[] }[] {
  const common = COMMON_TIME_ZONES.filter((z) => zones.includes(z) || isTimeZone(z));
  const commonSet = new Set<string>(common);
  const option = (z: string): ZoneOption => ({ value: z, label: zoneLabel(z, language, now) });
  return [
    { group: groupNames.common, items: common.map(option) },
    { group: groupNames.all, items: zones.filter((z) => !commonSet.has(z)).map(option) },
  ];
}

/** Whether a zone option matches what was typed: city, label or zone name, with or without underscores or umlauts. */
export function zoneMatches(option: ZoneOption, search: string): boolean {
  const q = searchKey(search);
  if (!q) return true;
  return searchKey(`${option.label} ${option.value}`).includes(q);
}

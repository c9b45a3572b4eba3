/** Locale-aware formatting of money, points and dates (shown in the shop's time zone). */

export type Language = 'de' | 'en';

/** BCP 47 locale used for Intl formatting per UI language. */
export function intlLocale(language: string): string {
  return language.startsWith('de') ? 'de-DE' : 'en-GB';
}

/** Formats a decimal money string (e.g. "12.50") in the given ISO currency. */
export function formatMoney(amount: string | number, currency: string, language: string): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

/** Formats an integer number of points with grouping, e.g. 1.250 (de) or 1,250 (en). */
export function formatPoints(points: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 0 }).format(points);
}

/** Like {@link formatPoints} but always with a sign: +25, −3, 0. */
export function formatPointsDelta(points: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(
    points,
  );
}

/** Parses an ISO instant; fractions beyond milliseconds (Java sends nanoseconds) are cut for all browsers. */
export function parseInstant(iso: string): Date {
  return new Date(iso.replace(/(\.\d{3})\d+/, '$1'));
}

function safeTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/** Formats an ISO instant as date and time in the shop's time zone. */
export function formatDateTime(iso: string, timeZone: string | undefined, language: string): string {
  const date = parseInstant(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: safeTimeZone(timeZone),
  }).format(date);
}

/** Formats an ISO instant as a date only, in the shop's time zone. */
export function formatDate(iso: string, timeZone: string | undefined, language: string): string {
  const date = parseInstant(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeZone: safeTimeZone(timeZone) }).format(
    date,
  );
}

/** Formats a calendar date `YYYY-MM-DD` (no time zone shift). */
export function formatLocalDate(isoDate: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Today's date `YYYY-MM-DD` in the given time zone. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: safeTimeZone(timeZone),
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Decimal and grouping separator a person of the UI language types: German "1.234,50", English "1,234.50". */
function separators(language: string): { decimal: string; group: string } {
  return language.startsWith('de') ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
}

const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The digits before the decimal separator, grouped (thousands) by `group` or not at all; undefined when malformed. */
function integerPart(s: string, group: string): string | undefined {
  if (/^\d+$/.test(s)) return s;
  const g = esc(group);
  // grouping only in threes: 1.234 / 12.345.678 (de), never 1.23.4
  if (new RegExp(`^\\d{1,3}(?:${g}\\d{3})+$`).test(s)) return s.split(group).join('');
  return undefined;
}

/**
 * A number typed by a person → canonical decimal string ("1234.5", "-5"), or undefined when it is malformed or
 * ambiguous. With `language`, its separators are the rule: German "1.234,50" and "1,5", English "1,234.50" and
 * "1.5"; "1,23,4" or "1.2.3" is malformed (never silently a different number). The other language's decimal
 * separator once, where it cannot group thousands, is read as decimal ("25,00" in English). Without `language` the
 * separators are guessed: of two kinds the later one is the decimal one; one kind once is the decimal one.
 * Spaces and apostrophes between digit groups count as grouping.
 */
export function normaliseNumber(input: string, language?: string, signed = false): string | undefined {
  let s = input.trim().replace(/^[\u2212\u2013]/, '-');
  let sign = '';
  if (signed && /^[+-]/.test(s)) {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1).trim();
  }
  if (!s || !/^[\d.,\s\u00a0\u202f'’]+$/.test(s) || !/^\d/.test(s) || !/\d$/.test(s)) return undefined;
  let decimal: string;
  let group: string;
  if (language) {
    ({ decimal, group } = separators(language));
    // the other language's decimal separator, once and not before three digits, cannot group thousands: an
    // English "25,00" is 25.00 and a German "1.5" is 1.5 (but "1,234" stays 1234 in English, "1.234" 1234 in German)
    const parts = s.split(group);
    if (!s.includes(decimal) && parts.length === 2 && /^\d+$/.test(parts[0]) && /^\d{1,2}$|^\d{4,}$/.test(parts[1]))
      [decimal, group] = [group, decimal];
  } else {
    const lastComma = s.lastIndexOf(',');
    const lastDot = s.lastIndexOf('.');
    if (lastComma >= 0 && lastDot >= 0) decimal = lastComma > lastDot ? ',' : '.';
    else if (lastComma >= 0) decimal = s.indexOf(',') === lastComma ? ',' : '.';
    else decimal = s.indexOf('.') === lastDot ? '.' : ',';
    group = decimal === ',' ? '.' : ',';
  }
  // spaces and apostrophes group thousands too ("1 234,50", "1'234.50")
  s = s.replace(/[\s\u00a0\u202f'’]/g, group);
  const parts = s.split(decimal);
  if (parts.length > 2) return undefined;
  const int = integerPart(parts[0], group);
  const frac = parts[1];
  if (int === undefined || (frac !== undefined && !/^\d+$/.test(frac))) return undefined;
  return sign + int + (frac === undefined ? '' : `.${frac}`);
}

/**
 * True when `input` looks like a number but its separators do not fit the UI language ("1,23,4", "1.2.3",
 * "1.234,50" in English): the form says so instead of "must be greater than 0".
 */
export function isMalformedNumber(input: string, language: string): boolean {
  const s = input.trim();
  return /\d/.test(s) && /[.,]/.test(s) && normaliseNumber(s, language, true) === undefined;
}

/**
 * Normalises a money amount typed by a person to a decimal string with a dot: in German "25,5" → "25.5" and
 * "1.234,50" → "1234.50", in English "1,234.50" → "1234.50" (see {@link normaliseNumber}). Returns undefined when
 * it is not a positive amount with at most `fractionDigits` decimals.
 */
export function parseAmount(input: string, fractionDigits = 2, language?: string): string | undefined {
  const s = normaliseNumber(input, language);
  if (s === undefined) return undefined;
  const re = fractionDigits > 0 ? new RegExp(`^\\d+(\\.\\d{1,${fractionDigits}})?$`) : /^\d+$/;
  if (!re.test(s)) return undefined;
  if (Number(s) <= 0) return undefined;
  return s;
}

/** Number of minor-unit digits of a currency (EUR 2, JPY 0). */
export function currencyFractionDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Suggests a shop slug (`[a-z0-9-]{3,40}`) from a shop name. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/** Formats a percentage given as a decimal string ("10", "12.5") as 10 % (de) or 10% (en). */
export function formatPercent(percent: string | number, language: string): string {
  const value = typeof percent === 'number' ? percent : Number(percent);
  if (!Number.isFinite(value)) return `${percent} %`;
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** Parses a percentage typed by a person ("10", "12,5", "7.25 %") to "12.5"; undefined unless 0 < p ≤ 100 with ≤ 2 decimals. */
export function parsePercent(input: string, language?: string): string | undefined {
  const s = normaliseNumber(input.trim().replace(/\s*%$/, ''), language);
  if (s === undefined || !/^\d{1,3}(\.\d{1,2})?$/.test(s)) return undefined;
  const value = Number(s);
  return value > 0 && value <= 100 ? s : undefined;
}

/**
 * Parses a whole number within [min, max]; grouping of the UI language is accepted ("1.000" in German, "1,000" in
 * English), a decimal never ("1.5" is not read as 15); undefined otherwise.
 */
export function parseWholeNumber(input: string, min: number, max: number, language?: string): number | undefined {
  const s = normaliseNumber(input, language);
  if (s === undefined || !/^\d+$/.test(s)) return undefined;
  const value = Number(s);
  return Number.isSafeInteger(value) && value >= min && value <= max ? value : undefined;
}

/** Parses a signed, non-zero number of points ("10", "+10", "-5", "−5", "1.000" in German); undefined otherwise. */
export function parsePointsDelta(input: string, maxAbs = 100_000_000, language?: string): number | undefined {
  const s = normaliseNumber(input, language, true);
  if (s === undefined || !/^-?\d+$/.test(s)) return undefined;
  const value = Number(s);
  return value !== 0 && Math.abs(value) <= maxAbs ? value : undefined;
}

function decimalParts(amount: string): { int: string; frac: string } | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  return m ? { int: m[1], frac: m[2] ?? '' } : undefined;
}

/**
 * `total − part` of two decimal money strings, computed exactly (no floating point), with at least
 * `fractionDigits` decimals: ("25.00", "10.00") → "15.00". Never below 0; undefined for malformed input.
 */
export function subtractAmounts(total: string, part: string, fractionDigits = 2): string | undefined {
  const a = decimalParts(total);
  const b = decimalParts(part);
  if (!a || !b) return undefined;
  const scale = Math.max(fractionDigits, a.frac.length, b.frac.length);
  const units = (p: { int: string; frac: string }) => BigInt(p.int + p.frac.padEnd(scale, '0'));
  let diff = units(a) - units(b);
  if (diff < 0n) diff = 0n;
  const digits = diff.toString().padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Scale both decimal strings to the same number of decimals (at least `fractionDigits`) as integers. */
function scaledUnits(amounts: string[], fractionDigits: number): { units: bigint[]; scale: number } | undefined {
  const parts = amounts.map(decimalParts);
  if (parts.some((p) => !p)) return undefined;
  const scale = Math.max(fractionDigits, ...parts.map((p) => p!.frac.length));
  return { units: parts.map((p) => BigInt(p!.int + p!.frac.padEnd(scale, '0'))), scale };
}

function unitsToAmount(units: bigint, scale: number): string {
  const digits = units.toString().padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/**
 * The exact sum of decimal money strings with at least `fractionDigits` decimals:
 * (["2.5", "1.25"]) → "3.75"; [] → "0.00". Undefined for malformed input.
 */
export function sumAmounts(amounts: string[], fractionDigits = 2): string | undefined {
  const scaled = scaledUnits(amounts, fractionDigits);
  if (!scaled) return undefined;
  return unitsToAmount(scaled.units.reduce((a, b) => a + b, 0n), scaled.scale);
}

/** Compares two decimal money strings exactly: negative, 0 or positive like a sort comparator; NaN if malformed. */
export function compareAmounts(a: string, b: string): number {
  const scaled = scaledUnits([a, b], 0);
  if (!scaled) return Number.NaN;
  const [x, y] = scaled.units;
  return x === y ? 0 : x < y ? -1 : 1;
}

/** True if a decimal money string is greater than 0. */
export function isPositiveAmount(amount: string): boolean {
  const p = decimalParts(amount);
  return !!p && /[1-9]/.test(p.int + p.frac);
}

/** A decimal money string ("15.00") as a person of the UI language types it ("15,00" in German). */
export function amountForInput(amount: string, language: string): string {
  return language.startsWith('de') ? amount.replace('.', ',') : amount;
}

/** Milliseconds the wall clock of `timeZone` is ahead of UTC at `date`. */
function zoneOffsetMs(date: Date, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: safeTimeZone(timeZone),
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return wall - (date.getTime() - date.getMilliseconds());
}

/**
 * A wall-clock date-time `YYYY-MM-DDTHH:mm` (as from `<input type="datetime-local">`) in the shop's time zone
 * → ISO instant in UTC ("2026-12-01T08:00" in Europe/Berlin → "2026-12-01T07:00:00Z"). Undefined when malformed.
 */
export function zonedToInstant(local: string, timeZone: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // two passes: the offset at the guessed instant, then at the corrected one (daylight saving changes)
  let instant = asUtc - zoneOffsetMs(new Date(asUtc), timeZone);
  instant = asUtc - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant).toISOString().replace(/\.000Z$/, 'Z');
}

/** An ISO instant as wall-clock `YYYY-MM-DDTHH:mm` in the shop's time zone (for a datetime-local input). */
export function instantToZoned(iso: string, timeZone: string | undefined): string {
  const date = parseInstant(iso);
  if (Number.isNaN(date.getTime())) return '';
  const shifted = new Date(date.getTime() + zoneOffsetMs(date, timeZone));
  return shifted.toISOString().slice(0, 16);
}

/** "1.5" → "1,5" in German. */
export function formatFactor(value: string, language: string): string {
  const trimmed = /^\d+\.\d+$/.test(value) ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
  return `${language.startsWith('de') ? trimmed.replace('.', ',') : trimmed}×`;
}

/** Parses a decimal factor ("2", "1,5", "2×") > 0 with at most 2 decimals (the server's limit) to "1.5"; undefined otherwise. */
export function parseFactor(input: string, language?: string): string | undefined {
  const s = normaliseNumber(input.trim().replace(/\s*[×x]$/i, ''), language);
  if (s === undefined || !/^\d{1,2}(\.\d{1,2})?$/.test(s)) return undefined;
  return Number(s) > 0 ? s : undefined;
}

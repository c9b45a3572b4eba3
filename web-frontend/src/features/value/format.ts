/** Number formats of the customer-value pages (on top of ../../format). */
import { intlLocale } from '../../format';
import type { Segment } from './types';

/** Mantine colours of the segments (charts and badges). */
export const SEGMENT_COLORS: Record<Segment, string> = { ACTIVE: 'teal.6', AT_RISK: 'yellow.6', LIKELY_LOST: 'red.6' };

/** A share 0..1 as a percentage: 0.456 → "45,6 %" (de) or "45.6%" (en). */
export function formatShare(share: number, language: string, digits = 1): string {
  if (!Number.isFinite(share)) return '–';
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** A number (or decimal string) with grouping and at most `digits` decimals: 1234.5 → "1.234,5" (de). */
export function formatDecimal(value: number | string, language: string, digits = 2): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: digits }).format(n);
}

/** Money without cents, for chart axes and bucket labels: "1.250 €". */
export function formatMoneyRounded(amount: string | number, currency: string, language: string): string {
  const n = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(n)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(intlLocale(language), {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    }).format(n);
  } catch {
    return `${Math.round(n)} ${currency}`;
  }
}

/** `YYYY-MM` as a short month and year: "Nov. 2026" (de), "Nov 2026" (en). */
export function formatMonth(month: string, language: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Intl.DateTimeFormat(intlLocale(language), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)),
  );
}

/** The month `YYYY-MM` of a date `YYYY-MM-DD`, moved by `months` (negative: back). */
export function shiftMonth(isoDate: string, months: number): string {
  const [y, m] = isoDate.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 7);
}

/** Whether a text is a calendar date `YYYY-MM-DD` that exists. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/**
 * Background of a heat-map cell for a share 0..1: from almost white to a light teal, always light enough for dark
 * text (#212529 on the strongest colour is above 7:1).
 */
export function heatColor(share: number): string {
  const s = Math.max(0, Math.min(1, Number.isFinite(share) ? share : 0));
  const from = [248, 249, 250]; // gray 0
  const to = [56, 217, 169]; // teal 4
  const mix = from.map((c, i) => Math.round(c + (to[i] - c) * s));
  return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
}

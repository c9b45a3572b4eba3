import { describe, expect, it } from 'vitest';
import {
  amountForInput,
  currencyFractionDigits,
  formatDate,
  formatDateTime,
  formatLocalDate,
  formatMoney,
  formatPoints,
  formatPercent,
  formatPointsDelta,
  isPositiveAmount,
  isMalformedNumber,
  normaliseNumber,
  parseAmount,
  parseInstant,
  parseFactor,
  parsePercent,
  parsePointsDelta,
  parseWholeNumber,
  slugify,
  compareAmounts,
  subtractAmounts,
  sumAmounts,
  todayIn,
} from './format';

/** Intl uses (narrow) no-break spaces; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('formats decimal strings per language and currency', () => {
    expect(plain(formatMoney('25.00', 'EUR', 'de'))).toBe('25,00 €');
    expect(formatMoney('25.00', 'EUR', 'en')).toBe('€25.00');
    expect(plain(formatMoney('1234.5', 'EUR', 'de'))).toBe('1.234,50 €');
    expect(plain(formatMoney('12.5', 'CHF', 'de'))).toBe('12,50 CHF');
    expect(formatMoney(1, 'GBP', 'en')).toBe('£1.00');
  });

  it('does not throw on odd input', () => {
    expect(formatMoney('abc', 'EUR', 'de')).toBe('abc EUR');
  });

  it('knows the minor units of a currency', () => {
    expect(currencyFractionDigits('EUR')).toBe(2);
    expect(currencyFractionDigits('JPY')).toBe(0);
  });
});

describe('points', () => {
  it('groups thousands and shows signs for deltas', () => {
    expect(formatPoints(1250, 'de')).toBe('1.250');
    expect(formatPoints(1250, 'en')).toBe('1,250');
    expect(formatPointsDelta(25, 'en')).toBe('+25');
    expect(formatPointsDelta(-3, 'de')).toBe('-3');
    expect(formatPointsDelta(0, 'de')).toBe('0');
  });
});

describe('dates', () => {
  // 23:30 UTC is already the next day in Berlin (UTC+1 in November).
  const instant = '2026-11-23T23:30:00Z';

  it('shows instants in the shop time zone', () => {
    expect(formatDateTime(instant, 'Europe/Berlin', 'de')).toBe('24.11.2026, 00:30');
    expect(formatDateTime(instant, 'Europe/Berlin', 'en')).toBe('24 Nov 2026, 00:30');
    expect(formatDateTime(instant, 'America/New_York', 'en')).toBe('23 Nov 2026, 18:30');
    expect(formatDate(instant, 'Europe/Berlin', 'de')).toBe('24.11.2026');
  });

  it('accepts Java instants with micro- or nanoseconds', () => {
    expect(parseInstant('2026-11-23T11:55:30.261958856Z').toISOString()).toBe('2026-11-23T11:55:30.261Z');
    expect(formatDateTime('2026-11-23T11:55:29.989526Z', 'Europe/Berlin', 'de')).toBe('23.11.2026, 12:55');
  });

  it('falls back gracefully for an unknown time zone or a bad instant', () => {
    expect(formatDateTime('not a date', 'Europe/Berlin', 'de')).toBe('not a date');
    expect(() => formatDateTime(instant, 'Mars/Olympus', 'de')).not.toThrow();
  });

  it('formats calendar dates without shifting them', () => {
    expect(formatLocalDate('2026-01-05', 'de')).toBe('05.01.2026');
    expect(formatLocalDate('2026-01-05', 'en')).toBe('5 Jan 2026');
  });

  it("computes today's date in a time zone", () => {
    expect(todayIn('Europe/Berlin', new Date(instant))).toBe('2026-11-24');
    expect(todayIn('UTC', new Date(instant))).toBe('2026-11-23');
  });
});

describe('parseAmount', () => {
  it.each([
    ['25', '25'],
    ['25.00', '25.00'],
    ['25,5', '25.5'],
    [' 1.234,50 ', '1234.50'],
    ['1,234.50', '1234.50'],
  ])('accepts %j', (input, expected) => expect(parseAmount(input)).toBe(expected));

  it.each(['', '0', '0,00', '-5', 'abc', '1.234', '12.345', '1e3'])('rejects %j', (input) =>
    expect(parseAmount(input)).toBeUndefined(),
  );

  it('respects currencies without minor units', () => {
    expect(parseAmount('100', 0)).toBe('100');
    expect(parseAmount('100.5', 0)).toBeUndefined();
  });
});

describe('slugify', () => {
  it('suggests a valid slug from a shop name', () => {
    expect(slugify('Bäckerei Müller & Söhne')).toBe('baeckerei-mueller-soehne');
    expect(slugify('  Café Straße 12 ')).toBe('cafe-strasse-12');
    expect(slugify('x'.repeat(50))).toHaveLength(40);
    expect(slugify('---')).toBe('');
  });
});

describe('reward inputs', () => {
  it('formats percentages per language', () => {
    expect(plain(formatPercent('10', 'de'))).toBe('10 %');
    expect(formatPercent('12.5', 'en')).toBe('12.5%');
  });

  it.each([
    ['10', '10'],
    ['12,5', '12.5'],
    ['7.25 %', '7.25'],
    ['100', '100'],
  ])('parses the percentage %j', (input, expected) => expect(parsePercent(input)).toBe(expected));

  it.each(['', '0', '100.01', '101', '-5', '1.234', 'abc'])('rejects the percentage %j', (input) =>
    expect(parsePercent(input)).toBeUndefined(),
  );

  it('parses whole numbers within bounds only', () => {
    expect(parseWholeNumber(' 20 ', 1, 100)).toBe(20);
    expect(parseWholeNumber('0', 1, 100)).toBeUndefined();
    expect(parseWholeNumber('101', 1, 100)).toBeUndefined();
    expect(parseWholeNumber('1.5', 1, 100)).toBeUndefined();
    expect(parseWholeNumber('-3', 1, 100)).toBeUndefined();
  });

  it('parses signed point adjustments, never 0', () => {
    expect(parsePointsDelta('10')).toBe(10);
    expect(parsePointsDelta('+10')).toBe(10);
    expect(parsePointsDelta('-5')).toBe(-5);
    expect(parsePointsDelta('\u22125')).toBe(-5);
    expect(parsePointsDelta('- 5')).toBe(-5);
    expect(parsePointsDelta('0')).toBeUndefined();
    expect(parsePointsDelta('2.5')).toBeUndefined();
    expect(parsePointsDelta('')).toBeUndefined();
  });
});

describe('amounts of returns', () => {
  it('subtracts decimal money strings exactly and never below 0', () => {
    expect(subtractAmounts('25.00', '10.00')).toBe('15.00');
    expect(subtractAmounts('25.00', '0.00')).toBe('25.00');
    expect(subtractAmounts('0.30', '0.10')).toBe('0.20'); // 0.3 - 0.1 in floating point is 0.19999…
    expect(subtractAmounts('25', '10.5')).toBe('14.50');
    expect(subtractAmounts('1000', '1', 0)).toBe('999');
    expect(subtractAmounts('10.00', '25.00')).toBe('0.00');
    expect(subtractAmounts('12.3456', '0.0001')).toBe('12.3455');
    expect(subtractAmounts('abc', '1')).toBeUndefined();
  });

  it('tells positive amounts', () => {
    expect(isPositiveAmount('0.01')).toBe(true);
    expect(isPositiveAmount('15')).toBe(true);
    expect(isPositiveAmount('0.00')).toBe(false);
    expect(isPositiveAmount('0')).toBe(false);
    expect(isPositiveAmount('-1')).toBe(false);
  });

  it('writes an amount the way the UI language types it', () => {
    expect(amountForInput('15.00', 'de')).toBe('15,00');
    expect(amountForInput('15.00', 'en')).toBe('15.00');
  });
});

describe('amounts of category lines', () => {
  it('adds decimal money strings exactly', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30'); // 0.1 + 0.2 in floating point is 0.30000000000000004
    expect(sumAmounts(['5', '3.5'])).toBe('8.50');
    expect(sumAmounts(['500', '20'], 0)).toBe('520');
    expect(sumAmounts(['1.2345'])).toBe('1.2345');
    expect(sumAmounts([])).toBe('0.00');
    expect(sumAmounts(['1', 'x'])).toBeUndefined();
  });

  it('compares decimal money strings exactly', () => {
    expect(compareAmounts('10', '10.00')).toBe(0);
    expect(compareAmounts('10.01', '10')).toBe(1);
    expect(compareAmounts('9.99', '10')).toBe(-1);
    expect(compareAmounts('x', '1')).toBeNaN();
  });
});

describe('numbers typed in the UI language', () => {
  it.each([
    ['1,234', '1234'],
    ['1,234.50', '1234.50'],
    ['1.5', '1.5'],
    ['12,345,678', '12345678'],
    ['1 234.5', '1234.5'],
  ])('reads English %j as %j', (input, expected) => expect(normaliseNumber(input, 'en')).toBe(expected));

  it.each([
    ['1.234', '1234'],
    ['1.234,50', '1234.50'],
    ['1,5', '1.5'],
    ['12.345.678', '12345678'],
    ['1 234,5', '1234.5'],
  ])('reads German %j as %j', (input, expected) => expect(normaliseNumber(input, 'de')).toBe(expected));

  it.each([
    ['en', '1,23,4'],
    ['en', '1.2.3'],
    ['en', '1.234,50'],
    ['en', '1,234,5'],
    ['de', '1.2.3'],
    ['de', '1,23,4'],
    ['de', '1,234.50'],
    ['de', '1.234.5'],
    ['de', '1,'],
    ['de', ',5'],
  ])('refuses the malformed %s input %j instead of guessing', (language, input) => {
    expect(normaliseNumber(input, language)).toBeUndefined();
    expect(isMalformedNumber(input, language)).toBe(true);
    expect(parseAmount(input, 2, language)).toBeUndefined();
  });

  it('reads the other language’s decimal separator only where it cannot group thousands', () => {
    expect(normaliseNumber('25,00', 'en')).toBe('25.00');
    expect(normaliseNumber('1,5', 'en')).toBe('1.5');
    expect(normaliseNumber('1.5', 'de')).toBe('1.5');
    expect(normaliseNumber('12.50', 'de')).toBe('12.50');
    expect(normaliseNumber('1,234', 'en')).toBe('1234');
    expect(normaliseNumber('1.234', 'de')).toBe('1234');
  });

  it('parses amounts per language', () => {
    expect(parseAmount('1,234', 2, 'en')).toBe('1234');
    expect(parseAmount('1,234.50', 2, 'en')).toBe('1234.50');
    expect(parseAmount('1.234', 2, 'de')).toBe('1234');
    expect(parseAmount('1.234,50', 2, 'de')).toBe('1234.50');
    expect(parseAmount('1,5', 2, 'de')).toBe('1.5');
    expect(parseAmount('1,234.567', 2, 'en')).toBeUndefined();
    expect(parseAmount('0', 2, 'de')).toBeUndefined();
    expect(isMalformedNumber('0', 'de')).toBe(false);
    expect(isMalformedNumber('1,5', 'de')).toBe(false);
  });

  it('parses whole numbers and point deltas with grouping', () => {
    expect(parseWholeNumber('1,000', 0, 1_000_000, 'en')).toBe(1000);
    expect(parseWholeNumber('1.000', 0, 1_000_000, 'de')).toBe(1000);
    expect(parseWholeNumber('1.5', 0, 100, 'de')).toBeUndefined();
    expect(parseWholeNumber('1,000', 0, 1_000_000, 'de')).toBeUndefined();
    expect(parseWholeNumber('1,5', 0, 100, 'de')).toBeUndefined();
    expect(parseWholeNumber('1.5', 0, 100, 'en')).toBeUndefined();
    expect(parsePointsDelta('-1.250', undefined, 'de')).toBe(-1250);
    expect(parsePointsDelta('+1,250', undefined, 'en')).toBe(1250);
    expect(parsePointsDelta('\u22121,250', undefined, 'en')).toBe(-1250);
    expect(parsePointsDelta('-1,25', undefined, 'de')).toBeUndefined();
  });

  it('parses percentages and factors per language', () => {
    expect(parsePercent('12,5', 'de')).toBe('12.5');
    expect(parsePercent('12.5 %', 'en')).toBe('12.5');
    expect(parsePercent('12.5', 'de')).toBe('12.5');
    expect(parseFactor('1,5', 'de')).toBe('1.5');
    expect(parseFactor('1.5×', 'en')).toBe('1.5');
    expect(parseFactor('1,5', 'en')).toBe('1.5');
    expect(parseFactor('1,2,5', 'en')).toBeUndefined();
  });
});

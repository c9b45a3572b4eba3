import { describe, expect, it } from 'vitest';
import {
  COMMON_TIME_ZONES,
  defaultTimeZone,
  searchKey,
  timeZoneGroups,
  utcOffset,
  zoneLabel,
  zoneMatches,
} from '../timeZones';

const WINTER = new Date('2026-01-15T12:00:00Z');
const SUMMER = new Date('2026-07-15T12:00:00Z');

describe('time zones for people', () => {
  it('labels a common zone with city, country and the current offset in the UI language', () => {
    expect(zoneLabel('Europe/Vienna', 'de', WINTER)).toBe('Wien, Österreich (UTC+01:00)');
    expect(zoneLabel('Europe/Vienna', 'en', SUMMER)).toBe('Vienna, Austria (UTC+02:00)');
    expect(zoneLabel('Europe/Zurich', 'de', WINTER)).toBe('Zürich, Schweiz (UTC+01:00)');
    expect(zoneLabel('Europe/London', 'en', WINTER)).toBe('London, United Kingdom (UTC+00:00)');
    expect(zoneLabel('America/New_York', 'en', WINTER)).toBe('New York – America (UTC−05:00)');
    expect(zoneLabel('America/Argentina/Buenos_Aires', 'en', WINTER)).toBe('Buenos Aires – America/Argentina (UTC−03:00)');
    expect(zoneLabel('UTC', 'en', WINTER)).toBe('UTC');
  });

  it('gives the offset from UTC', () => {
    expect(utcOffset('Europe/Berlin', WINTER)).toBe('UTC+01:00');
    expect(utcOffset('Asia/Kolkata', WINTER)).toBe('UTC+05:30');
    expect(utcOffset('America/Los_Angeles', SUMMER)).toBe('UTC−07:00');
  });

  it('offers the common zones first, then all others once', () => {
    const zones = ['Africa/Abidjan', 'Europe/Berlin', 'Europe/Vienna', 'America/New_York', 'UTC'];
    const [common, all] = timeZoneGroups('en', { common: 'Common', all: 'All time zones' }, zones, WINTER);
    expect(common.group).toBe('Common');
    expect(common.items.map((o) => o.value)).toEqual([...COMMON_TIME_ZONES]);
    expect(common.items[0]).toEqual({ value: 'Europe/Berlin', label: 'Berlin, Germany (UTC+01:00)' });
    expect(all.group).toBe('All time zones');
    expect(all.items.map((o) => o.value)).toEqual(['Africa/Abidjan', 'America/New_York', 'UTC']);
  });

  it('finds zones by city with or without underscores, by country, and without caring for umlauts', () => {
    const newYork = { value: 'America/New_York', label: 'New York – America (UTC−05:00)' };
    const zurich = { value: 'Europe/Zurich', label: 'Zürich, Schweiz (UTC+01:00)' };
    const vienna = { value: 'Europe/Vienna', label: 'Wien, Österreich (UTC+01:00)' };
    expect(zoneMatches(newYork, 'new york')).toBe(true);
    expect(zoneMatches(newYork, 'New_York')).toBe(true);
    expect(zoneMatches(zurich, 'zurich')).toBe(true);
    expect(zoneMatches(zurich, 'Zuerich')).toBe(true);
    expect(zoneMatches(zurich, 'zürich')).toBe(true);
    expect(zoneMatches(vienna, 'Vienna')).toBe(true);
    expect(zoneMatches(vienna, 'osterreich')).toBe(true);
    expect(zoneMatches(vienna, 'Oesterreich')).toBe(true);
    expect(zoneMatches(vienna, 'berlin')).toBe(false);
    expect(searchKey('  Los_Angeles ')).toBe('los angeles');
  });

  it('defaults to the browser’s zone if it is a real one, else Berlin', () => {
    expect(defaultTimeZone('Europe/Vienna')).toBe('Europe/Vienna');
    expect(defaultTimeZone('America/New_York')).toBe('America/New_York');
    expect(defaultTimeZone('UTC')).toBe('Europe/Berlin');
    expect(defaultTimeZone('Etc/GMT+1')).toBe('Europe/Berlin');
    expect(defaultTimeZone('Mars/Olympus_Mons')).toBe('Europe/Berlin');
    expect(defaultTimeZone(undefined)).toBe('Europe/Berlin');
  });
});

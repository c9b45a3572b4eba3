import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import mainDe from './locales/de.json';
import mainEn from './locales/en.json';
import valueDe from './locales/value.de.json';
import valueEn from './locales/value.en.json';
import {
  CASE_CATEGORIES,
  CASE_ENTRY_KINDS,
  CASE_SEVERITIES,
  CASE_STEPS,
  CASE_VERDICTS,
  CASE_VIEWS,
  GESTURE_KINDS,
  GESTURE_LIMITS,
  GESTURE_STATUSES,
  LEDGER_TYPES,
  REWARD_KINDS,
  SERVICE_REQUEST_STATUSES,
  VOUCHER_STATUSES,
  WEEKDAYS,
} from '../api';
import { CLV_MODELS, SEGMENTS } from '../features/value/types';
import { createI18n, detectLanguage, LANGUAGE_STORAGE_KEY, setLanguage, translations } from '.';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

// every text of a language: the main file and the feature files (value.*.json) as merged in ./index.ts
const flatDe = flatten(translations.de as unknown as Tree);
const flatEn = flatten(translations.en as unknown as Tree);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('translations', () => {
  it('keep each feature file under its own key, apart from the main file', () => {
    for (const [feature, main] of [
      [valueDe, mainDe],
      [valueEn, mainEn],
    ] as [Tree, Tree][]) {
      expect(Object.keys(feature)).toEqual(['value']);
      expect(main).not.toHaveProperty('value');
    }
    expect(Object.keys(flatten(valueDe as Tree)).sort()).toEqual(Object.keys(flatten(valueEn as Tree)).sort());
    expect(createI18n('de').t('value.title')).toBe('Kundenwert');
    expect(createI18n('en').t('value.title')).toBe('Customer value');
  });

  it('have the same keys in German and English', () => {
    expect(Object.keys(flatDe).sort()).toEqual(Object.keys(flatEn).sort());
  });

  it('have no empty texts', () => {
    for (const [key, value] of [...Object.entries(flatDe), ...Object.entries(flatEn)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(flatEn)) {
      expect(placeholders(flatDe[key] ?? ''), key).toEqual(placeholders(flatEn[key]));
    }
  });

  it('contain every key the source code uses', () => {
    const root = join(__dirname, '..');
    const has = (key: string) => key in flatEn || `${key}_one` in flatEn || `${key}_other` in flatEn;
    const missing: string[] = [];
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        if (!has(m[1])) missing.push(`${m[1]} (${file})`);
      }
      // Template keys such as t(`channel.${c}`): the prefix must exist as a group.
      for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z][\w]*)\.\$\{/g)) {
        if (!Object.keys(flatEn).some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${m[1]}.* (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('translate every acquisition channel, role, ledger type, reward kind and voucher status', () => {
    for (const c of ['IN_STORE', 'WEBSITE', 'SOCIAL_MEDIA', 'REFERRAL', 'ADVERTISING', 'EVENT', 'PARTNER', 'OTHER']) {
      expect(flatDe[`channel.${c}`]).toBeTruthy();
      expect(flatEn[`channel.${c}`]).toBeTruthy();
    }
    for (const r of ['OWNER', 'AGENT', 'CUSTOMER']) expect(flatDe[`role.${r}`]).toBeTruthy();
    for (const l of LEDGER_TYPES) {
      expect(flatDe[`ledgerType.${l}`]).toBeTruthy();
      expect(flatEn[`ledgerType.${l}`]).toBeTruthy();
    }
    for (const k of REWARD_KINDS) {
      for (const prefix of ['rewardKind', 'rewardValue']) {
        expect(flatDe[`${prefix}.${k}`]).toBeTruthy();
        expect(flatEn[`${prefix}.${k}`]).toBeTruthy();
      }
    }
    for (const s of VOUCHER_STATUSES) {
      expect(flatDe[`voucherStatus.${s}`]).toBeTruthy();
      expect(flatEn[`voucherStatus.${s}`]).toBeTruthy();
    }
  });

  it('translate every case step, category, severity, view, verdict and timeline kind', () => {
    const groups: [string, readonly string[]][] = [
      ['cases.steps', CASE_STEPS],
      ['cases.categories', CASE_CATEGORIES],
      ['cases.severities', CASE_SEVERITIES],
      ['cases.views', CASE_VIEWS],
      ['cases.empty', CASE_VIEWS],
      ['cases.verdicts', CASE_VERDICTS],
      ['cases.kinds', CASE_ENTRY_KINDS],
    ];
    for (const [prefix, values] of groups) {
      for (const v of values) {
        expect(flatDe[`${prefix}.${v}`], `${prefix}.${v}`).toBeTruthy();
        expect(flatEn[`${prefix}.${v}`], `${prefix}.${v}`).toBeTruthy();
      }
    }
  });

  it('translate every customer segment and lifetime-value model', () => {
    const groups: [string, readonly string[]][] = [
      ['value.segmentNames', SEGMENTS],
      ['value.segmentRules', SEGMENTS],
      ['value.model.names', CLV_MODELS],
      ['value.model.explain', CLV_MODELS],
    ];
    for (const [prefix, values] of groups) {
      for (const v of values) {
        expect(flatDe[`${prefix}.${v}`], `${prefix}.${v}`).toBeTruthy();
        expect(flatEn[`${prefix}.${v}`], `${prefix}.${v}`).toBeTruthy();
      }
    }
  });

  it('translate every gesture kind, status and limit, weekday and service request status', () => {
    const groups: [string, readonly string[]][] = [
      ['goodwill.kinds', GESTURE_KINDS],
      ['goodwill.statuses', GESTURE_STATUSES],
      ['goodwill.limits', GESTURE_LIMITS],
      ['hours.days', WEEKDAYS],
      ['requests.statuses', SERVICE_REQUEST_STATUSES],
    ];
    for (const [prefix, values] of groups) {
      for (const v of values) {
        expect(flatDe[`${prefix}.${v}`], `${prefix}.${v}`).toBeTruthy();
        expect(flatEn[`${prefix}.${v}`], `${prefix}.${v}`).toBeTruthy();
      }
    }
  });
});

describe('language choice', () => {
  afterEach(() => vi.unstubAllGlobals());

  function browserLanguages(languages: string[]) {
    vi.stubGlobal('navigator', { ...navigator, languages, language: languages[0] });
  }

  it('uses German for German browsers and English otherwise', () => {
    browserLanguages(['de-AT', 'en']);
    expect(detectLanguage()).toBe('de');
    browserLanguages(['fr-FR', 'de']);
    expect(detectLanguage()).toBe('en');
    browserLanguages(['en-US']);
    expect(detectLanguage()).toBe('en');
  });

  it('prefers and stores the explicit choice', async () => {
    browserLanguages(['en-US']);
    const i18n = createI18n('en');
    await setLanguage('de', i18n);
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
    expect(detectLanguage()).toBe('de');
    expect(i18n.t('portal.title')).toBe('Ihre Punkte');
    expect(document.documentElement.lang).toBe('de');
  });

  it('resolves plurals in both languages', () => {
    expect(createI18n('en').t('customers.total', { count: 1 })).toBe('1 customer');
    expect(createI18n('de').t('customers.total', { count: 3 })).toBe('3 Kunden');
  });
});

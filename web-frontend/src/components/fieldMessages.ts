import type { TFunction } from 'i18next';
import { intlLocale } from '../format';

/** The kind of limit a server field error names (Bean Validation's messages, English and German). */
export type Limit =
  | { kind: 'max' | 'min' | 'above' | 'below'; value: string }
  | { kind: 'digits'; integer: number; fraction: number }
  | { kind: 'required' };

const PATTERNS: [RegExp, (m: RegExpExecArray) => Limit][] = [
  [/less than or equal to (-?[\d.]+)|kleiner-gleich (-?[\d.]+)/i, (m) => ({ kind: 'max', value: m[1] ?? m[2] })],
  [/greater than or equal to (-?[\d.]+)|größer-gleich (-?[\d.]+)/i, (m) => ({ kind: 'min', value: m[1] ?? m[2] })],
  [/greater than (-?[\d.]+)|größer als (-?[\d.]+)/i, (m) => ({ kind: 'above', value: m[1] ?? m[2] })],
  [/less than (-?[\d.]+)|kleiner als (-?[\d.]+)/i, (m) => ({ kind: 'below', value: m[1] ?? m[2] })],
  [
    /<(\d+) (?:digits|Ziffern)>\.<(\d+) (?:digits|Ziffern)>/i,
    (m) => ({ kind: 'digits', integer: Number(m[1]), fraction: Number(m[2]) }),
  ],
  [/must not be (?:null|blank|empty)|darf nicht (?:null|leer) sein/i, () => ({ kind: 'required' })],
];

/** The limit a server's field message names, or undefined when the message says something else. */
export function limitOf(message: string): Limit | undefined {
  for (const [re, make] of PATTERNS) {
    const m = re.exec(message);
    if (m) return make(m);
  }
  return undefined;
}

/** What a field holds, for words like "At most 1,000 points". */
export type FieldUnit = 'points' | 'days' | 'months' | 'number' | 'amount' | 'factor' | 'percent';

function formatLimit(value: string, language: string): string {
  const n = Number(value);
  return Number.isFinite(n) ? new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 4 }).format(n) : value;
}

/**
 * A server field error in words a shop owner understands, by the field's unit and the kind of limit ("must be less
 * than or equal to 1000" at a points field → "At most 1,000 points"); the server's own (localised) message when the
 * kind of limit is not known.
 */
export function fieldMessage(t: TFunction, language: string, unit: FieldUnit, message: string): string {
  const limit = limitOf(message);
  if (!limit) return message;
  switch (limit.kind) {
    case 'required':
      return t('validation.required');
    case 'digits':
      return limit.fraction === 0
        ? t('fieldLimit.whole', { count: 0 })
        : t('fieldLimit.digits', { count: limit.fraction });
    default: {
      const value = formatLimit(limit.value, language);
      return t(`fieldLimit.${limit.kind}.${unit}`, { value, count: Number(limit.value) });
    }
  }
}

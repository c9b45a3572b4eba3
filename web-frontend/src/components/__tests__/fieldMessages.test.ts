import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { fieldMessage, limitOf } from '../fieldMessages';

describe('server field messages in the shop’s words', () => {
  it.each([
    ['must be less than or equal to 1000', { kind: 'max', value: '1000' }],
    ['muss kleiner-gleich 1000 sein', { kind: 'max', value: '1000' }],
    ['must be greater than or equal to 0', { kind: 'min', value: '0' }],
    ['muss größer-gleich 1 sein', { kind: 'min', value: '1' }],
    ['must be greater than 0', { kind: 'above', value: '0' }],
    ['numeric value out of bounds (<4 digits>.<4 digits> expected)', { kind: 'digits', integer: 4, fraction: 4 }],
    ['must not be null', { kind: 'required' }],
  ])('reads %j', (message, limit) => expect(limitOf(message)).toEqual(limit));

  it('words a limit by the field’s unit in both languages, and keeps other messages', () => {
    const en = createI18n('en');
    const de = createI18n('de');
    expect(fieldMessage(en.t, 'en', 'points', 'must be less than or equal to 1000')).toBe('At most 1,000 points.');
    expect(fieldMessage(de.t, 'de', 'points', 'muss kleiner-gleich 1000 sein')).toBe('Höchstens 1.000 Punkte.');
    expect(fieldMessage(de.t, 'de', 'days', 'must be less than or equal to 365')).toBe('Höchstens 365 Tage.');
    expect(fieldMessage(en.t, 'en', 'amount', 'numeric value out of bounds (<13 digits>.<2 digits> expected)')).toBe(
      'At most 2 decimal places.',
    );
    expect(fieldMessage(en.t, 'en', 'points', 'Name already taken')).toBe('Name already taken');
  });
});

import { describe, expect, it } from 'vitest';
import { isPhone } from './validation';

describe('isPhone', () => {
  it.each(['+49 30 1234567', '030 1234567', '(030) 123-4567', '030/1234567', '0171.2345678', '12345', '+1 (555) 010-9999'])(
    'accepts %j',
    (value) => expect(isPhone(value)).toBe(true),
  );

  it.each([
    'abc-phone!!',
    '1234',
    '+49 30 12345678901234567890',
    '49+301234567',
    '++49 30 1234567',
    '030 1234567 ext. 5',
    '030_1234567',
    '',
    '   ',
  ])('refuses %j', (value) => expect(isPhone(value)).toBe(false));
});

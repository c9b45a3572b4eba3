import { describe, expect, it } from 'vitest';
import { isPhone } from './validation';

describe('isPhone (the server rule)', () => {
  it('takes digits with the usual separators and a leading +', () => {
    for (const ok of ['+49 30 1234567', '030/123 45-67', '(030) 123.4567', '12345', '  0171 2345678 ', '1'.repeat(20)]) {
      expect(isPhone(ok), ok).toBe(true);
    }
  });

  it('refuses letters, a + not in front, too few or too many digits and blanks', () => {
    for (const bad of ['', '   ', '1234', '1'.repeat(21), '030 12x4567', '030+1234567', '++49301234567', 'call me', '030 1234#5']) {
      expect(isPhone(bad), bad).toBe(false);
    }
  });
});

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

import { describe, expect, it } from 'vitest';
import { allowance } from '../complaint/__tests__/fixtures';
import { limitsAbove, moneyString, multiplyAmount, parseLimit } from './goodwillUi';

describe('pricing a gesture as the server does', () => {
  it('multiplies exactly and rounds half up to the currency', () => {
    expect(multiplyAmount('0.01', 500)).toBe('5.00');
    expect(multiplyAmount('9.90', 3)).toBe('29.70');
    expect(multiplyAmount('0.0125', 3)).toBe('0.04'); // 0.0375
    expect(multiplyAmount('0.0125', 1)).toBe('0.01'); // 0.0125
    expect(multiplyAmount('0.015', 1)).toBe('0.02');
    expect(multiplyAmount('2', 7, 0)).toBe('14');
    expect(multiplyAmount('0.1', 100_000)).toBe('10000.00');
    expect(multiplyAmount('abc', 2)).toBeUndefined();
  });

  it('writes a JSON number of money as a decimal string', () => {
    expect(moneyString(9.9)).toBe('9.90');
    expect(moneyString(10)).toBe('10.00');
    expect(moneyString('4.5')).toBe('4.50');
    expect(moneyString(0.125)).toBe('0.125');
  });
});

describe('the limits a gesture would exceed', () => {
  it('compares the cost with each limit the allowance has (strictly above)', () => {
    expect(limitsAbove('10.00', allowance())).toEqual([]);
    expect(limitsAbove('10.01', allowance())).toEqual(['PER_GESTURE']);
    expect(limitsAbove('5.00', allowance({ leftInCase: '4.99', leftThisMonth: '0.00' }))).toEqual(['PER_CASE', 'PER_MONTH']);
    expect(limitsAbove('500', allowance())).toEqual(['PER_GESTURE', 'PER_CASE', 'PER_MONTH', 'MONTHLY_BUDGET']);
  });

  it('knows only the budget for owners', () => {
    expect(limitsAbove('250.00', { currency: 'EUR', budgetLeft: '300.00', pointValue: '0.01' })).toEqual([]);
    expect(limitsAbove('300.01', { currency: 'EUR', budgetLeft: '300.00', pointValue: '0.01' })).toEqual(['MONTHLY_BUDGET']);
  });
});

describe('a limit typed by a person', () => {
  it('accepts 0 to 1,000,000 with at most 2 decimals, in either spelling', () => {
    expect(parseLimit('0')).toBe('0');
    expect(parseLimit('0,00')).toBe('0');
    expect(parseLimit('10,50')).toBe('10.50');
    expect(parseLimit('1000000')).toBe('1000000');
    expect(parseLimit('1.000')).toBeUndefined(); // not read as one (three decimals)
    expect(parseLimit('1000000,01')).toBeUndefined();
    expect(parseLimit('-1')).toBeUndefined();
    expect(parseLimit('1,234')).toBeUndefined();
    expect(parseLimit('')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { distinctCategories } from '../programme/CategoryInput';
import { collectLines, remainder, type LineRow } from './purchaseLines';

const row = (id: number, category: string, amount: string): LineRow => ({ id, category, amount });

describe('purchase lines', () => {
  it('merges rows of the same category (any case, blanks around) and leaves empty rows out', () => {
    const collected = collectLines(
      [row(1, 'Kaffee', '5'), row(2, '', ''), row(3, 'Torten', '2,5'), row(4, ' KAFFEE ', '1,25')],
      2,
    );
    expect(collected.lines).toEqual([
      { category: 'Kaffee', amount: '6.25' },
      { category: 'Torten', amount: '2.50' },
    ]);
    expect(collected.rowIds).toEqual([[1, 4], [3]]);
    expect(collected.rowErrors).toEqual({});
    expect(collected.sum).toBe('8.75');
  });

  it('asks for a category and a positive amount in the currency precision', () => {
    const collected = collectLines([row(1, '', '3'), row(2, 'Kaffee', '0'), row(3, 'Tee', '1,234'), row(4, 'Torten', '')], 2);
    expect(collected.rowErrors).toEqual({
      1: { category: 'required' },
      2: { amount: 'invalid' },
      3: { amount: 'invalid' },
      4: { amount: 'invalid' },
    });
    expect(collected.lines).toEqual([]);
    expect(collected.sum).toBeUndefined();
    expect(collectLines([row(1, 'Sushi', '1.5')], 0).rowErrors).toEqual({ 1: { amount: 'invalid' } });
  });

  it('tells what remains uncategorised', () => {
    expect(remainder('25', '12.5', 2)).toEqual({ rest: '12.50', exceeded: false });
    expect(remainder('25', '25.00', 2)).toEqual({ rest: '0.00', exceeded: false });
    expect(remainder('25', '25.01', 2)).toEqual({ exceeded: true });
  });

  it('offers each suggested category once', () => {
    expect(distinctCategories(['Kaffee', ' kaffee', '', 'Torten ', 'torten'])).toEqual(['Kaffee', 'Torten']);
  });
});

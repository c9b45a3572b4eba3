import { afterEach, describe, expect, it, vi } from 'vitest';
import { csvField, csvFileName, downloadCsv, toCsv } from './csv';

describe('csv', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes plain fields as they are and quotes only where RFC 4180 needs it', () => {
    expect(csvField('Anna Schmidt')).toBe('Anna Schmidt');
    expect(csvField('Schmidt, Anna')).toBe('"Schmidt, Anna"');
    expect(csvField('Der "Stammkunde"')).toBe('"Der ""Stammkunde"""');
    expect(csvField('eins\nzwei')).toBe('"eins\nzwei"');
    expect(csvField('eins\r\nzwei')).toBe('"eins\r\nzwei"');
    expect(csvField('')).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('writes numbers and booleans as they are', () => {
    expect(csvField(42)).toBe('42');
    expect(csvField(0.125)).toBe('0.125');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField('+49 30 1234')).toBe("'+49 30 1234");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('a=b')).toBe('a=b');
  });

  it('joins rows with commas and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['Name', 'CLV'],
        ['Anna', '120.50'],
        ['Müller, Jo', null],
      ]),
    ).toBe('Name,CLV\r\nAnna,120.50\r\n"Müller, Jo",\r\n');
    expect(toCsv([])).toBe('');
  });

  it('names files with the date', () => {
    expect(csvFileName('kundenwert-top', '2026-11-30')).toBe('kundenwert-top-2026-11-30.csv');
  });

  it('offers the text as a UTF-8 download with a byte order mark', async () => {
    let blob: Blob | undefined;
    const createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:csv-1';
    });
    vi.stubGlobal('URL', Object.assign(Object.create(URL), { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    const text = downloadCsv('top.csv', [['a', 'b'], [1, 2]]);
    expect(text).toBe('a,b\r\n1,2\r\n');
    expect(click).toHaveBeenCalledTimes(1);
    expect(clicked).toEqual([{ href: 'blob:csv-1', download: 'top.csv' }]);
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('a,b\r\n1,2\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import { csvField, escapeFormula, parseCsv, toCsv } from './csv';

describe('CSV (J8)', () => {
  it('J8: values a spreadsheet would run as a formula are written as text', () => {
    for (const value of ['=1+1', '+1425555', '-2', '@SUM(A1)', '\t=x', '\r=x']) {
      expect(escapeFormula(value)).toBe(`'${value}`);
    }
    for (const value of ['Amos Marble', '1234567', 'a=b', '', "'quoted"]) {
      expect(escapeFormula(value)).toBe(value);
    }
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
  });

  it('quotes fields with commas, quotes or line breaks; writes CRLF lines', () => {
    expect(
      toCsv([
        ['Display name', 'Conference ID'],
        ['Marble, Amos', '1234567'],
        ['Isaiah "Ike" Langer', null],
        ['two\nlines', 7],
      ]),
    ).toBe(
      'Display name,Conference ID\r\n"Marble, Amos",1234567\r\n"Isaiah ""Ike"" Langer",\r\n"two\nlines",7\r\n',
    );
  });

  it('reads back what it writes, with the line each record starts on', () => {
    const rows = [
      ['UserPrincipalName', 'ConferenceId'],
      ['amos.marble@contoso.com', '1234567'],
      ['a,b"c\nd', ''],
      ['ken.myer@contoso.com', '7654321'],
    ];
    const parsed = parseCsv(toCsv(rows));
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, fields: rows[0] },
        { line: 2, fields: rows[1] },
        { line: 3, fields: rows[2] },
        { line: 5, fields: rows[3] },
      ],
    });
  });

  it('a byte-order mark, LF line ends and empty lines are taken as spreadsheets write them', () => {
    expect(parseCsv('\ufeffUserPrincipalName,ConferenceId\n\na@contoso.com,1\n')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['UserPrincipalName', 'ConferenceId'] },
        { line: 3, fields: ['a@contoso.com', '1'] },
      ],
    });
    expect(parseCsv('x,y')).toEqual({ ok: true, records: [{ line: 1, fields: ['x', 'y'] }] });
    expect(parseCsv('')).toEqual({ ok: true, records: [] });
  });

  it('a quote that is never closed is an error on the line it opened', () => {
    expect(parseCsv('a,b\r\nc,"d\r\ne,f\r\n')).toEqual({
      ok: false,
      line: 2,
      message: 'A quoted value is never closed.',
    });
  });
});

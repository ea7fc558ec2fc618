/**
 * CSV as spreadsheets read and write it (RFC 4180): comma-separated, `"`-quoted fields with `""`
 * for a quote, CRLF or LF line ends, an optional UTF-8 byte-order mark. For Export to CSV and
 * Import CSV (PRODUCT.md J8).
 */

/**
 * A value that a spreadsheet would run as a formula (`= + - @`, and the tab and carriage return
 * that some also take as one) is written with a leading `'`, so it shows as text (J8; OWASP's
 * CSV injection advice).
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field: escaped for spreadsheets, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = escapeFormula(value === null || value === undefined ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, CRLF between lines (what spreadsheets write). */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface CsvRecord {
  /** The line of the file the record starts on, counting from 1 (the header is line 1). */
  line: number;
  fields: string[];
}

export type CsvParse =
  { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/**
 * Parses CSV text into records with the line each starts on. Empty lines are skipped. A quote
 * left open at the end of the file is an error on the line it opened.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let sawAny = false;

  const endRecord = () => {
    fields.push(field);
    if (sawAny || fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    sawAny = false;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      sawAny = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
      sawAny = true;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, message: 'A quoted value is never closed.' };
  if (field !== '' || fields.length > 0 || sawAny) endRecord();
  return { ok: true, records };
}

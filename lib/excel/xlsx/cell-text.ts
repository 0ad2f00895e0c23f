// How a cell's stored value reads as text, as exceljs read it before: strings trimmed, numbers as the shortest
// text of the double the file holds (what Excel shows), numbers formatted as dates as yyyy-mm-dd, booleans as
// true/false, errors and formulas without a cached result as empty.

/** Built-in number formats that show a date or time (zh-CN meanings for the locale-dependent ids). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format code shows a date or time: a date letter outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhMsb]/.test(bare);
}

export function isDateFormatId(id: number, customCodes: ReadonlyMap<number, string>): boolean {
  const custom = customCodes.get(id);
  return custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id);
}

/** An Excel date serial as yyyy-mm-dd (the 1900 or 1904 date system); the number itself when out of range. */
export function serialDateText(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

export interface CellContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

/**
 * The text of one <c> element: its type (t), style (s), whether it has a formula, the text of its <v> and of its
 * inline string (<is>).
 */
export function cellText(type: string, style: number, formula: boolean, v: string, inline: string, ctx: CellContext): string {
  if (type === 'inlineStr') return inline.trim();
  if (v === '') return '';
  switch (type) {
    case 's':
      return formula ? numberText(v, style, ctx) : (ctx.sharedStrings[parseInt(v, 10)] ?? '').trim();
    case 'str':
      return v.trim();
    case 'b':
      return String(parseInt(v, 10) !== 0);
    case 'e':
      return '';
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : v.trim();
    default:
      return numberText(v, style, ctx);
  }
}

function numberText(v: string, style: number, ctx: CellContext): string {
  const n = parseFloat(v);
  return ctx.dateStyles.has(style) && Number.isFinite(n) ? serialDateText(n, ctx.date1904) : String(n);
}

// Characters no text field may hold: C0/C1 controls and DEL (a NUL or U+0001 corrupts exports and
// confuses readers), the non-characters U+FFFE/U+FFFF and U+FDD0–U+FDEF (a U+FFFE makes a DOCX unreadable)
// and unpaired surrogates. Multi-line fields may keep \n and \t.

// eslint-disable-next-line no-control-regex
const SINGLE_LINE_BAD = /[\u0000-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const MULTI_LINE_BAD =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Windows and old-Mac line ends as \n (a browser's textarea submits \r\n). */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** The first forbidden character of the text, as U+XXXX, or null when it has none. */
export function firstUnsafeCharacter(text: string, multiline: boolean): string | null {
  const m = (multiline ? MULTI_LINE_BAD : SINGLE_LINE_BAD).exec(text);
  if (!m) return null;
  return `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The Chinese message for a field holding a forbidden character. */
export function unsafeCharacterMessage(label: string, code: string, multiline: boolean): string {
  return multiline
    ? `${label}含有不允许的控制字符或非字符（${code}），请删除后重试（可以换行）`
    : `${label}含有不允许的控制字符、换行或非字符（${code}），请删除后重试`;
}

const STRIP =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Defensive clean-up for writers (DOCX, XLSX): drops every character an XML document may not hold. */
export function stripUnsafeCharacters(text: string): string {
  return text.replace(STRIP, '');
}

/** A copy of plain data (objects, arrays, strings) with every string stripped; other values stay as they are. */
export function stripUnsafeDeep<T>(value: T): T {
  return strip(value) as T;
}

function strip(v: unknown): unknown {
  if (typeof v === 'string') return stripUnsafeCharacters(v);
  if (Array.isArray(v)) return v.map(strip);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x)]));
  }
  return v;
}

// A small streaming XML scanner for the parts of a .xlsx: elements by local name (namespace prefixes dropped),
// attributes, and text with entities decoded. Text is reported only between tags, so a text node split across
// chunks is reported whole. No DTD processing: a DOCTYPE is skipped, never expanded.

export interface XmlHandler {
  open(name: string, attrs: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export class MalformedXml extends Error {}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const localName = (qname: string) => {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
};

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** The attributes of a start tag's text from `at` (after its name): name="value" or name='value' pairs. */
function attributes(tag: string, at: number): Readonly<Record<string, string>> {
  let i = at;
  while (i < tag.length && tag.charCodeAt(i) <= 32) i++;
  if (i >= tag.length) return NO_ATTRIBUTES;
  const attrs: Record<string, string> = {};
  while (i < tag.length) {
    const eq = tag.indexOf('=', i);
    if (eq < 0) break;
    const name = tag.slice(i, eq).trim();
    let q = eq + 1;
    while (q < tag.length && tag.charCodeAt(q) <= 32) q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") throw new MalformedXml(`attribute ${name} without quotes`);
    const end = tag.indexOf(quote, q + 1);
    if (end < 0) throw new MalformedXml(`attribute ${name} not closed`);
    const raw = tag.slice(q + 1, end);
    attrs[localName(name)] =
      raw.includes('&') || raw.includes('\n') || raw.includes('\t') || raw.includes('\r') ? decodeXmlText(raw).replace(/[\t\n]/g, ' ') : raw;
    i = end + 1;
    while (i < tag.length && tag.charCodeAt(i) <= 32) i++;
  }
  return attrs;
}

export class XmlScanner {
  private rest = '';

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    this.rest = this.scan(this.rest + chunk, false);
  }

  end(): void {
    if (this.scan(this.rest, true).trim() !== '') throw new MalformedXml('unterminated markup');
    this.rest = '';
  }

  /** Reports every complete token of `s`; returns the incomplete tail, kept for the next chunk. */
  private scan(s: string, final: boolean): string {
    const h = this.handler;
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (!final) break;
        h.text(decodeXmlText(s.slice(i)));
        return '';
      }
      if (lt > i) h.text(decodeXmlText(s.slice(i, lt)));
      i = lt;
      const next = s.charCodeAt(i + 1);
      if (Number.isNaN(next)) break;
      if (next === 33 /* ! */) {
        if (s.startsWith('<![CDATA[', i)) {
          const end = s.indexOf(']]>', i + 9);
          if (end < 0) break;
          h.text(s.slice(i + 9, end));
          i = end + 3;
        } else if (s.startsWith('<!--', i)) {
          const end = s.indexOf('-->', i + 4);
          if (end < 0) break;
          i = end + 3;
        } else {
          if (s.length - i < 9) break;
          const end = s.indexOf('>', i);
          if (end < 0) break;
          i = end + 1;
        }
        continue;
      }
      if (next === 63 /* ? */) {
        const end = s.indexOf('?>', i + 2);
        if (end < 0) break;
        i = end + 2;
        continue;
      }
      if (next === 47 /* / */) {
        const end = s.indexOf('>', i + 2);
        if (end < 0) break;
        h.close(localName(s.slice(i + 2, end).trim()));
        i = end + 1;
        continue;
      }
      // A start tag ends at the first '>' outside a quoted attribute value.
      let j = i + 1;
      let quote = 0;
      for (; j < s.length; j++) {
        const c = s.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62) break;
      }
      if (j >= s.length) break;
      const selfClosing = s.charCodeAt(j - 1) === 47;
      const tag = s.slice(i + 1, selfClosing ? j - 1 : j);
      let nameEnd = 0;
      while (nameEnd < tag.length && tag.charCodeAt(nameEnd) > 32) nameEnd++;
      if (nameEnd === 0) throw new MalformedXml('empty tag name');
      const name = localName(tag.slice(0, nameEnd));
      h.open(name, attributes(tag, nameEnd), selfClosing);
      if (selfClosing) h.close(name);
      i = j + 1;
    }
    return s.slice(i);
  }
}

/** Feeds the XML bytes of a part, chunk by chunk, to the handler (UTF-8, a byte-order mark dropped). */
export async function scanXml(chunks: AsyncIterable<Buffer>, handler: XmlHandler): Promise<void> {
  const scanner = new XmlScanner(handler);
  const utf8 = new TextDecoder('utf-8');
  for await (const chunk of chunks) scanner.write(utf8.decode(chunk, { stream: true }));
  scanner.write(utf8.decode());
  scanner.end();
}

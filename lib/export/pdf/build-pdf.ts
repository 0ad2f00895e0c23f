import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import type { FrozenDisclosure } from '../../document/frozen-disclosure';
import { documentOutline, type OutlineEntry } from '../../document/outline';
import { withBrowser } from './chromium';
import { documentHtml } from './document-html';
import { fontFaceCss, fontFile } from './font-css';

// PDF of a whole document, printed by headless Chromium in two passes: the first finds the page of
// every 目录 heading (pdftotext, one text page per PDF page), the second prints the 目录 with them.
// The layout of the two passes is identical but for those digits, so the pages do not move.

const ORIGIN = 'http://export.invalid';
const FOOTER = `<div style="width:100%;font-size:9px;text-align:center;font-family:sans-serif;">— <span class="pageNumber"></span> —</div>`;
const run = promisify(execFile);

async function printOnce(browser: Browser, html: string): Promise<Buffer> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === ORIGIN && url.pathname === '/document') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      if (url.origin === ORIGIN && url.pathname.startsWith('/fonts/')) {
        const font = fontFile(url.pathname.slice('/fonts/'.length));
        if (font) return route.fulfill({ contentType: 'font/woff2', body: font });
      }
      return route.abort();
    });
    await page.goto(`${ORIGIN}/document`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => undefined);
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
      margin: { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' },
      preferCSSPageSize: true,
    });
  } finally {
    await context.close();
  }
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** The text of each page of a PDF (pdftotext separates pages with form feeds). */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ytt-pdf-'));
  try {
    const file = path.join(dir, 'a.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const pages = stdout.split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text a heading is found by on its page: a table by its title, anything else by its label. */
function searchText(e: OutlineEntry, d: FrozenDisclosure): string {
  const table = /^table-(\d+)$/.exec(e.id);
  if (table) return d.document.tables.find((t) => t.no === Number(table[1]))!.title;
  return e.label;
}

/**
 * Page (1-based) of every outline entry, searched in document order after the 目录: the 目录 ends on
 * the first page that lists the last entry, and each heading is on or after the previous one.
 */
export function locateHeadings(pages: string[], entries: OutlineEntry[], d: FrozenDisclosure): Map<string, number> {
  const flat = pages.map(squash);
  const last = squash(searchText(entries.at(-1)!, d));
  const tocEnd = flat.findIndex((p, i) => i > 0 && p.includes(last));
  const found = new Map<string, number>();
  let cursor = tocEnd + 1;
  for (const e of entries) {
    const needle = squash(searchText(e, d));
    const at = flat.findIndex((p, i) => i >= cursor && p.includes(needle));
    if (at < 0) continue;
    found.set(e.id, at + 1);
    cursor = at;
  }
  return found;
}

export async function buildPdf(d: FrozenDisclosure): Promise<Buffer> {
  const fonts = fontFaceCss();
  const entries = documentOutline(d.document);
  return withBrowser(async (browser) => {
    const placeholder = new Map(entries.map((e) => [e.id, 888]));
    const first = await printOnce(browser, documentHtml(d, fonts, placeholder));
    const pages = locateHeadings(await pdfPageTexts(first), entries, d);
    if (pages.size !== entries.length) {
      const missing = entries.filter((e) => !pages.has(e.id)).map((e) => e.label);
      throw new Error(`PDF 目录页码计算失败，未找到标题：${missing.join('、')}`);
    }
    return printOnce(browser, documentHtml(d, fonts, pages));
  });
}

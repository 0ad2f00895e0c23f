import { documentTitle, type FrozenDisclosure } from '../document/frozen-disclosure';
import type { ExportFormat } from '../document/public-links';

// What a download is called and how it is sent, apart from writing it (lib/export/render-export.ts).

/** Bump when a writer's output changes, so cached files of published versions are written anew. */
export const EXPORT_REVISION = '3';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export function exportFileName(d: FrozenDisclosure, format: ExportFormat): string {
  const version = d.versionNo ? `（第${d.versionNo}版）` : '（预览稿）';
  const base = documentTitle(d.document);
  if (format === 'json') return `${base}${version}-开放数据.json`;
  if (format === 'csv') return `${base}${version}-支出明细.csv`;
  return `${base}${version}.${format}`;
}

/** An ASCII fallback name for clients that ignore filename*: e.g. 2026-029-v1.pdf */
export function asciiFileName(d: FrozenDisclosure, format: ExportFormat): string {
  return `${d.document.year}-${d.document.org.code}${d.versionNo ? `-v${d.versionNo}` : '-draft'}.${format}`;
}

// URLs of public pages and open-data files; the one place that spells them.

export type ExportFormat = 'pdf' | 'xlsx' | 'docx' | 'json' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'xlsx', 'docx', 'json', 'csv'];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  pdf: '下载 PDF',
  xlsx: '下载 Excel',
  docx: '下载 Word',
  json: '开放数据 JSON',
  csv: '支出明细 CSV',
};

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

export function publicPagePath(year: number, org: string, versionNo?: number): string {
  return `/public/${year}/${encodeURIComponent(org)}` + (versionNo !== undefined ? `/v/${versionNo}` : '');
}

export function publicFilePath(year: number, org: string, format: ExportFormat, versionNo?: number): string {
  return `/api/public/documents/${year}/${encodeURIComponent(org)}/${format}` + (versionNo !== undefined ? `?version=${versionNo}` : '');
}

export function staffFilePath(year: number, org: string, format: ExportFormat): string {
  return `/api/budgets/${encodeURIComponent(org)}/${year}/export/${format}`;
}

export function publicAttachmentPath(year: number, org: string, attachmentId: string): string {
  return `/api/public/documents/${year}/${encodeURIComponent(org)}/attachments/${attachmentId}`;
}

import { isAppError } from '../errors/app-error';

// HTTP details shared by the export route handlers.

/** RFC 6266 / 5987: an ASCII fallback name plus the UTF-8 Chinese name. */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string, asciiName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${asciiName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encoded}`;
}

export function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } });
}

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, VALIDATION: 400, INVALID_STATE: 409, TOO_LARGE: 413 } as const;

/** An export that failed: app errors keep their Chinese message; anything else is logged and summarised. */
export function exportFailure(e: unknown, what: string): Response {
  if (isAppError(e)) return jsonError(STATUS[e.code], e.message);
  console.error(`导出${what}失败`, e);
  const detail = e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : '服务器内部错误';
  return jsonError(500, `生成${what}失败：${detail}`);
}

export const FORMAT_NAMES = { pdf: 'PDF', xlsx: 'Excel', docx: 'Word', json: 'JSON', csv: 'CSV' } as const;

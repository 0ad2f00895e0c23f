import { invalid, tooLarge } from '../errors/app-error';
import { BodyTooLarge, formatMegabytes, readCappedForm, type CapOptions } from './read-capped-body';
import { STATIC_SECURITY_HEADERS } from '../security/security-headers';

export const EXCEL_UPLOAD_LIMIT: CapOptions = { maxBytes: 10 * 1024 * 1024, label: 'Excel 文件' };
export const ATTACHMENT_UPLOAD_LIMIT: CapOptions = { maxBytes: 10 * 1024 * 1024, label: '附件' };

/**
 * The multipart form of an upload route and its `file`, read under the cap (call it only after the session
 * and the permission were checked). Too large → a TOO_LARGE AppError (413); no file → VALIDATION.
 */
export async function readUploadForm(req: Request, limit: CapOptions, missingFile: string): Promise<{ form: FormData; file: File }> {
  const form = await readCappedUploadForm(req, limit);
  const file = form.get('file');
  if (!(file instanceof File)) throw invalid(missingFile, [{ field: 'file', message: missingFile }]);
  if (file.size > limit.maxBytes) throw tooLarge(`文件过大：${limit.label}不能超过${formatMegabytes(limit.maxBytes)}`);
  return { form, file };
}

/** The multipart form of an upload route, read under the cap, whether or not it carries a file. */
export async function readCappedUploadForm(req: Request, limit: CapOptions): Promise<FormData> {
  let form: FormData | null;
  try {
    form = await readCappedForm(req, limit);
  } catch (e) {
    if (e instanceof BodyTooLarge) throw tooLarge(e.message);
    throw invalid('上传中断或请求无效，请重新上传', [{ field: 'file', message: '上传中断或请求无效' }]);
  }
  if (!form) throw invalid('上传中断或请求无效，请重新上传', [{ field: 'file', message: '上传中断或请求无效' }]);
  return form;
}

/** The proxy is skipped for upload routes (it would buffer the body); their responses get its static headers here. */
export function withStaticSecurityHeaders(res: Response): Response {
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.headers.set(k, v);
  return res;
}

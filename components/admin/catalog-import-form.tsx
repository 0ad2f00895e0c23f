'use client';

import { useActionState } from 'react';
import { CATALOG_IDLE, type CatalogImportState } from '@/lib/actions/catalog-import-state';
import { FileChooser } from '@/components/ui/file-chooser';

type Action = (prev: CatalogImportState, form: FormData) => Promise<CatalogImportState>;

/** 科目导入 in two steps: upload and preview what changes, then confirm (removals need an explicit tick). */
export function CatalogImportForm({
  years,
  kinds,
  preview,
  confirm,
}: {
  years: { year: number; label: string }[];
  kinds: { kind: string; label: string }[];
  preview: Action;
  confirm: Action;
}) {
  const [shown, runPreview, previewing] = useActionState(preview, CATALOG_IDLE);
  const [done, runConfirm, confirming] = useActionState(confirm, CATALOG_IDLE);
  const p = shown.preview;
  return (
    <>
      <form action={runPreview} className="stack-form narrow-form">
        <label>
          预算年度
          <select name="year">
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          科目类别
          <select name="kind">
            {kinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <FileChooser name="file" label="科目文件" accept=".csv,.tsv,.xlsx" required />
        <div>
          <button type="submit" disabled={previewing}>
            {previewing ? '正在检查…' : '上传并预览'}
          </button>
          {shown.message && !p && (
            <p role={shown.ok ? 'status' : 'alert'} className={shown.ok ? 'form-ok' : 'form-error'}>
              {shown.message}
            </p>
          )}
        </div>
      </form>
      {p && (
        <section aria-label="导入预览" className="stack-form narrow-form">
          <h2>导入预览</h2>
          <p role={p.blocked ? 'alert' : 'status'} className={p.blocked ? 'form-error' : undefined}>
            {shown.message}
          </p>
          <ul>
            {p.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {!p.blocked && (
            <form action={runConfirm} key={p.digest}>
              <input type="hidden" name="year" value={p.year} />
              <input type="hidden" name="kind" value={p.kind} />
              <input type="hidden" name="digest" value={p.digest} />
              <input type="hidden" name="rows" value={p.rows} />
              {p.removed > 0 && (
                <label>
                  <input type="checkbox" name="confirmRemovals" required /> 我已核对，确认删除以上 {p.removed} 个科目
                </label>
              )}
              <button type="submit" disabled={confirming}>
                {confirming ? '正在导入…' : '确认导入'}
              </button>
              {done.message && (
                <p role={done.ok ? 'status' : 'alert'} className={done.ok ? 'form-ok' : 'form-error'}>
                  {done.message}
                </p>
              )}
            </form>
          )}
        </section>
      )}
    </>
  );
}

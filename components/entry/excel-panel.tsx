'use client';
import { useEffect, useRef, useState } from 'react';
import Decimal from 'decimal.js';
import type { ActionResult } from '@/lib/actions/entry/run-entry-action';
import type { FieldError } from '@/lib/errors/app-error';
import type { ImportMode, ImportSummary } from '@/lib/data/entry/import-plan';
import { FileChooser } from '../ui/file-chooser';
import { ConflictChoices, useWorkspace } from './workspace-context';
import { ImportPreview } from './import-preview';

interface RowIssue {
  sheet: string;
  row: string;
  column: string;
  message: string;
}

const toIssue = (f: FieldError): RowIssue => {
  const [sheet = '', row = '', column = ''] = f.field.split('|');
  return { sheet, row, column, message: f.message };
};
const wan = (yuan: string) => new Decimal(yuan).div(10000).toFixed(2, Decimal.ROUND_HALF_UP);

type Outcome = { ok: boolean; message: string; issues: RowIssue[]; conflict?: boolean; undoable?: boolean };

/**
 * Template download, export, and import in two steps: a preview computed on the server (nothing written),
 * then the import on confirmation against the same version; the last import can be undone while nothing else changed.
 */
export function ExcelPanel({ baseUrl }: { baseUrl: string }) {
  const ws = useWorkspace();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [preview, setPreview] = useState<{ summary: ImportSummary & { version: number }; data: FormData } | null>(null);
  const [result, setResult] = useState<Outcome | null>(null);
  useEffect(() => {
    if (!pending) return;
    const started = Date.now();
    const t = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(t);
  }, [pending]);

  const post = async (what: string, fd: FormData, run: (send: (version: number) => Promise<ActionResult>) => Promise<ActionResult>) => {
    setPending(what);
    setElapsed(0);
    setResult(null);
    try {
      return await run(async (version) => {
        fd.set('expectedVersion', String(version));
        const res = await fetch(baseUrl, { method: 'POST', body: fd });
        return (await res.json()) as ActionResult;
      });
    } catch {
      setResult({ ok: false, message: '网络错误，操作失败，请重试（未做任何修改）', issues: [] });
      return null;
    } finally {
      setPending(null);
    }
  };
  const fail = (r: ActionResult) => {
    if (r.ok) return;
    setResult({ ok: false, message: r.message, issues: r.fieldErrors.filter((f) => f.field.includes('|')).map(toIssue), conflict: r.code === 'CONFLICT' });
  };

  const askPreview = async (fd: FormData) => {
    setPreview(null);
    fd.set('intent', 'preview');
    const r = await post('正在上传并校验文件', fd, (send) => send(ws.version));
    if (!r) return;
    if (r.ok) setPreview({ summary: r as unknown as ImportSummary & { version: number }, data: fd });
    else fail(r);
  };
  const confirm = async () => {
    if (!preview) return;
    const fd = preview.data;
    fd.set('intent', 'import');
    // Against the version the preview was computed for: a change since then is a conflict, not a surprise.
    const r = await post('正在导入', fd, (send) => ws.save(() => send(preview.summary.version)));
    setPreview(null);
    if (!r) return;
    if (r.ok) {
      const s = (r as unknown as { summary: ImportSummary }).summary;
      setResult({
        ok: true,
        undoable: true,
        issues: [],
        message: `导入成功：新增 ${s.lines.added} 行、修改 ${s.lines.changed} 行、删除 ${s.lines.removed} 行支出明细；收支总计 ${wan(s.totalBefore)} → ${wan(s.totalAfter)} 万元。`,
      });
      form.current?.reset();
    } else fail(r);
  };
  const undo = async () => {
    const fd = new FormData();
    fd.set('intent', 'undo');
    const r = await post('正在撤销导入', fd, (send) => ws.save(send));
    if (!r) return;
    if (r.ok) setResult({ ok: true, issues: [], message: '已撤销本次导入，预算恢复到导入前的状态。' });
    else fail(r);
  };

  return (
    <div className="entry-form">
      <p>
        <a className="button" href={`${baseUrl}?mode=template`} download>
          下载填报模板
        </a>{' '}
        <a className="button" href={`${baseUrl}?mode=export`} download>
          导出当前预算
        </a>
      </p>
      <p className="muted">
        模板含“支出明细”“项目”“绩效指标”三张表，科目、资金来源等列可从下拉列表选择。导入前先预览将发生的变化，确认后才写入；有任何错误时不做任何修改。
      </p>
      {ws.editable && (
        <form
          ref={form}
          data-no-guard
          onSubmit={(e) => {
            e.preventDefault();
            void askPreview(new FormData(e.currentTarget));
          }}
        >
          <FileChooser name="file" label="Excel 文件" required accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
          <fieldset className="import-mode">
            <legend>导入方式</legend>
            <label>
              <input type="radio" name="mode" value={'append' satisfies ImportMode} defaultChecked />{' '}
              追加（文件中的支出明细和项目加入本预算，同编码项目以文件为准）
            </label>
            <label>
              <input type="radio" name="mode" value={'replace' satisfies ImportMode} /> 整体替换（本预算的支出明细和项目全部换成文件中的）
            </label>
          </fieldset>
          <button type="submit" className="primary" disabled={!!pending}>
            预览导入
          </button>
        </form>
      )}
      <div aria-live="polite">
        {pending && (
          <p role="status" className="progress">
            {pending}，已用时 {elapsed} 秒…
          </p>
        )}
        {preview && <ImportPreview summary={preview.summary} pending={!!pending} onConfirm={() => void confirm()} onCancel={() => setPreview(null)} />}
        {result && (
          <div role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok' : 'error'} data-testid="import-result">
            <p>{result.message}</p>
            {result.conflict && <ConflictChoices onReload={ws.reloadDiscarding} />}
            {result.undoable && (
              <button type="button" onClick={() => void undo()} disabled={!!pending}>
                撤销本次导入
              </button>
            )}
            {result.issues.length > 0 && (
              <table className="data import-errors">
                <caption>导入错误（共 {result.issues.length} 处）</caption>
                <thead>
                  <tr>
                    <th>工作表</th>
                    <th>行</th>
                    <th>列</th>
                    <th>原因</th>
                  </tr>
                </thead>
                <tbody>
                  {result.issues.map((i, n) => (
                    <tr key={n}>
                      <td>{i.sheet}</td>
                      <td>{i.row}</td>
                      <td>{i.column}</td>
                      <td>{i.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

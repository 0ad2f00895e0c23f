'use client';
import { useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/actions/entry/run-entry-action';
import type { FieldError } from '@/lib/errors/app-error';
import { useWorkspace } from './workspace-context';

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

/** Template download, export, and import with a visible progress state and every row-level error. */
export function ExcelPanel({ baseUrl }: { baseUrl: string }) {
  const ws = useWorkspace();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const [result, setResult] = useState<{ ok: boolean; message: string; issues: RowIssue[] } | null>(null);
  useEffect(() => {
    if (!pending) return;
    const started = Date.now();
    const t = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(t);
  }, [pending]);
  const upload = async (fd: FormData) => {
    setPending(true);
    setElapsed(0);
    setResult(null);
    try {
      const r = await ws.save(async (v) => {
        fd.set('expectedVersion', String(v));
        const res = await fetch(baseUrl, { method: 'POST', body: fd });
        return (await res.json()) as ActionResult;
      });
      if (r.ok) {
        const done = r as unknown as { lines: number; projects: number };
        setResult({ ok: true, message: `导入成功：${done.lines} 行支出明细，${done.projects} 个项目。`, issues: [] });
        form.current?.reset();
      } else {
        setResult({ ok: false, message: r.message, issues: r.fieldErrors.filter((f) => f.field.includes('|')).map(toIssue) });
      }
    } catch {
      setResult({ ok: false, message: '网络错误，导入失败，请重试（未做任何修改）', issues: [] });
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="entry-form">
      <p>
        <a className="button" href={`${baseUrl}?mode=template`} download>下载填报模板</a>{' '}
        <a className="button" href={`${baseUrl}?mode=export`} download>导出当前预算</a>
      </p>
      <p className="muted">模板含“支出明细”“项目”“绩效指标”三张表，科目、资金来源等列可从下拉列表选择。导入将整体替换本预算的支出明细和项目（含绩效指标）；有任何错误时不做任何修改。</p>
      {ws.editable && (
        <form ref={form} onSubmit={(e) => { e.preventDefault(); void upload(new FormData(e.currentTarget)); }}>
          <label>
            Excel 文件 <input name="file" type="file" required accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
          </label>{' '}
          <button type="submit" className="primary" disabled={pending}>{pending ? '正在导入…' : '导入'}</button>
        </form>
      )}
      <div aria-live="polite">
        {pending && <p role="status" className="progress">正在上传并校验文件，已用时 {elapsed} 秒…</p>}
        {result && (
          <div role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok' : 'error'} data-testid="import-result">
            <p>{result.message}</p>
            {result.issues.length > 0 && (
              <table className="data import-errors">
                <caption>导入错误（共 {result.issues.length} 处）</caption>
                <thead><tr><th>工作表</th><th>行</th><th>列</th><th>原因</th></tr></thead>
                <tbody>
                  {result.issues.map((i, n) => (
                    <tr key={n}><td>{i.sheet}</td><td>{i.row}</td><td>{i.column}</td><td>{i.message}</td></tr>
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

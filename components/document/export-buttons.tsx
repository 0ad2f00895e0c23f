'use client';

import { useState } from 'react';
import './export-buttons.css';

export interface ExportLink {
  format: string; // pdf, xlsx, docx, json, csv
  label: string; // 下载 PDF …
  href: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'working'; format: string; label: string; received: number; total: number | null }
  | { kind: 'done'; label: string }
  | { kind: 'failed'; label: string; message: string };

function fileNameFrom(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (star) return decodeURIComponent(star[1]);
  const plain = disposition?.match(/filename="([^"]+)"/i);
  return plain ? plain[1] : fallback;
}

async function errorText(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: string };
    if (body.error) return body.error;
  } catch {
    // not JSON: fall through to the status line
  }
  return `服务器返回 HTTP ${res.status}`;
}

/**
 * Download links that work without JavaScript; with it, the download shows its progress (a PDF takes
 * a few seconds to generate the first time) and a failure says what went wrong.
 */
export function ExportButtons({ links }: { links: ExportLink[] }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function download(link: ExportLink, event: React.MouseEvent<HTMLAnchorElement>) {
    // a modified click (new tab, save link as) stays the browser's own
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (state.kind === 'working') return;
    setState({ kind: 'working', format: link.format, label: link.label, received: 0, total: null });
    try {
      const res = await fetch(link.href);
      if (!res.ok || !res.body) throw new Error(await errorText(res));
      const total = Number(res.headers.get('content-length')) || null;
      const reader = res.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setState({ kind: 'working', format: link.format, label: link.label, received, total });
      }
      const blob = new Blob(chunks, { type: res.headers.get('content-type') ?? 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileNameFrom(res.headers.get('content-disposition'), link.href.split('/').pop() ?? 'download');
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: 'done', label: link.label });
    } catch (e) {
      setState({ kind: 'failed', label: link.label, message: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <div className="export-buttons">
      <ul aria-label="导出与下载">
        {links.map((l) => (
          <li key={l.format}>
            <a
              className="button"
              href={l.href}
              download
              data-format={l.format}
              aria-disabled={state.kind === 'working' ? true : undefined}
              onClick={(e) => download(l, e)}
            >
              {l.label}
            </a>
          </li>
        ))}
      </ul>
      <div className="export-status" aria-live="polite">
        {state.kind === 'working' && (
          <>
            <span>
              正在生成并下载{state.label.replace(/^下载/, '')}…{state.received > 0 && `已接收 ${(state.received / 1024).toFixed(0)} KB`}
            </span>
            <progress max={state.total ?? undefined} value={state.total ? state.received : undefined} />
          </>
        )}
        {state.kind === 'done' && <span>{state.label.replace(/^下载/, '')}已下载。</span>}
        {state.kind === 'failed' && (
          <span className="export-error" role="alert">
            {state.label.replace(/^下载/, '')}导出失败：{state.message}。请稍后重试。
          </span>
        )}
      </div>
    </div>
  );
}

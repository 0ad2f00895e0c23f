'use client';
import { useRef } from 'react';
import type { AttachmentInfo } from '@/lib/data/entry/load-workspace';
import type { ActionResult } from '@/lib/actions/entry/run-entry-action';
import { deleteAttachmentAction } from '@/lib/actions/entry/budget-actions';
import { SaveFeedback, useSaveStatus, useWorkspace } from './workspace-context';
import { FileChooser } from '../ui/file-chooser';

const MAX_MB = 10;

export function AttachmentsPanel({ attachments, uploadUrl }: { attachments: AttachmentInfo[]; uploadUrl: string }) {
  const ws = useWorkspace();
  const status = useSaveStatus();
  const form = useRef<HTMLFormElement>(null);
  const upload = (fd: FormData) => {
    const file = fd.get('file');
    if (file instanceof File && file.size > MAX_MB * 1024 * 1024) {
      return status.track(async () => ({ ok: false, code: 'VALIDATION', message: `附件文件不能超过${MAX_MB}MB`, fieldErrors: [] }));
    }
    return status.track(() =>
      ws.save(async (v) => {
        fd.set('expectedVersion', String(v));
        const res = await fetch(uploadUrl, { method: 'POST', body: fd });
        const r = (await res.json()) as ActionResult;
        if (r.ok) form.current?.reset();
        return r;
      }),
    );
  };
  return (
    <div className="entry-form">
      <table className="data">
        <caption>附件（PDF或纯文本，单个不超过{MAX_MB}MB）</caption>
        <thead>
          <tr>
            <th>标题</th>
            <th>文件</th>
            <th>类型</th>
            <th>大小</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {attachments.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                尚无附件
              </td>
            </tr>
          )}
          {attachments.map((a) => (
            <tr key={a.id}>
              <td>{a.title}</td>
              <td>
                <a href={`${uploadUrl}/${a.id}`}>{a.fileName}</a>
              </td>
              <td>{a.mimeType === 'application/pdf' ? 'PDF' : '文本'}</td>
              <td>{(a.size / 1024).toFixed(1)} KB</td>
              <td>
                {ws.editable && (
                  <button
                    type="button"
                    onClick={() =>
                      void status.track(() => ws.save((v) => deleteAttachmentAction({ budgetId: ws.budgetId, expectedVersion: v, attachmentId: a.id })))
                    }
                  >
                    删除
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ws.editable && (
        <form
          ref={form}
          onSubmit={(e) => {
            e.preventDefault();
            void upload(new FormData(e.currentTarget));
          }}
        >
          <label>
            附件标题 <input name="title" required maxLength={200} />
          </label>{' '}
          <FileChooser name="file" label="文件" required accept=".pdf,.txt,application/pdf,text/plain" />{' '}
          <button type="submit" className="primary" disabled={status.pending}>
            {status.pending ? '正在上传…' : '上传附件'}
          </button>
        </form>
      )}
      <SaveFeedback {...status} />
    </div>
  );
}

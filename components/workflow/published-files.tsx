import { EXPORT_FORMATS, EXPORT_LABELS } from '@/lib/document/public-links';

/** Which downloads of the latest published version are written (they are generated right after publication). */
export function PublishedFiles({ formats }: { formats: string[] }) {
  const ready = new Set(formats);
  return (
    <p className="muted" data-testid="published-files">
      公开文件：
      {EXPORT_FORMATS.map((f) => `${EXPORT_LABELS[f].replace(/^下载\s*/, '')}${ready.has(f) ? '已生成' : '生成中'}`).join('，')}
      {ready.size < EXPORT_FORMATS.length && '（刷新页面查看进度）'}
    </p>
  );
}

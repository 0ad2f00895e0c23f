'use client';
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { createBudgetAction } from '@/lib/actions/entry/budget-actions';

/** No budget yet: start empty or from the previous year, with progress and a clear failure message. */
export function StartBudget({ orgCode, year, hasPrevious, canEdit }: { orgCode: string; year: number; hasPrevious: boolean; canEdit: boolean }) {
  const router = useRouter();
  const headingId = useId();
  const [pending, setPending] = useState<null | 'empty' | 'copy'>(null);
  const [error, setError] = useState<string | null>(null);
  const start = async (copy: boolean) => {
    setPending(copy ? 'copy' : 'empty');
    setError(null);
    try {
      const r = await createBudgetAction(orgCode, year, copy);
      if (r.ok) router.refresh();
      else setError(r.message);
    } catch {
      setError('网络错误，创建失败，请重试');
    } finally {
      setPending(null);
    }
  };
  if (!canEdit) return <p>该单位尚未编制{year}年度预算。</p>;
  return (
    <section className="start-budget" aria-labelledby={headingId}>
      <h2 id={headingId}>开始编制{year}年度预算</h2>
      <p>
        <button type="button" className="primary" disabled={!!pending} onClick={() => void start(false)}>
          新建空白预算
        </button>{' '}
        {hasPrevious && (
          <button type="button" disabled={!!pending} onClick={() => void start(true)}>
            沿用{year - 1}年度数据
          </button>
        )}
      </p>
      {hasPrevious && <p className="muted">沿用上年数据将复制上年支出明细、项目（含绩效目标）和情况说明文字，并按上年预算填入上年对比数。</p>}
      <div aria-live="polite">
        {pending && (
          <p role="status" className="progress">
            {pending === 'copy' ? `正在复制${year - 1}年度数据，请稍候…` : '正在创建预算…'}
          </p>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}

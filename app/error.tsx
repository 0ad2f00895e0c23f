'use client';
import Link from 'next/link';
import { useEffect } from 'react';

/** Any page's unexpected error, in Chinese, with a retry (Next's default page is English). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main>
      <h1>页面出错了</h1>
      <p role="alert">处理您的请求时发生了错误。您尚未保存的修改可能需要重新填写。</p>
      {error.digest && <p className="muted">错误编号：{error.digest}（联系管理员时请提供）</p>}
      <p>
        <button type="button" onClick={() => reset()}>
          重试
        </button>{' '}
        <Link href="/">返回首页</Link>
      </p>
    </main>
  );
}

'use client';

/** An error in the root layout itself: a whole page of its own, in Chinese. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem' }}>
        <title>系统错误 — 预算通</title>
        <h1>系统出错了</h1>
        <p role="alert">预算通暂时无法显示此页面，请稍后重试。</p>
        {error.digest && <p>错误编号：{error.digest}（联系管理员时请提供）</p>}
        <p>
          <button type="button" onClick={() => reset()}>
            重试
          </button>{' '}
          <a href="/">返回首页</a>
        </p>
      </body>
    </html>
  );
}

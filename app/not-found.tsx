import Link from 'next/link';

export default function NotFound() {
  return (
    <main>
      <h1>未找到该页面</h1>
      <p>页面不存在，或您无权查看。</p>
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </main>
  );
}

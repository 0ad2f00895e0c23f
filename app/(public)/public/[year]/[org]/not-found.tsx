import Link from 'next/link';

/** The same answer for an unknown organisation, an unpublished budget and a missing version. */
export default function PublicNotFound() {
  return (
    <main className="public-index">
      <h1>未找到该预算公开文件</h1>
      <p>该单位在所选年度没有已公开的预算，或链接有误。</p>
      <p>
        <Link href="/public">返回预算公开目录</Link>
      </p>
    </main>
  );
}

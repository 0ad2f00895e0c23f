import type { Metadata } from 'next';
import Link from 'next/link';
import { UserMenu } from '@/components/auth/user-menu';
import './globals.css';

export const metadata: Metadata = {
  title: '预算通 — 部门预算编制与公开',
  description: '单位预算编制、审核与预算公开系统',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            预算通
          </Link>
          <span className="muted">部门预算编制与公开</span>
          <Link href="/public">预算公开</Link>
          <UserMenu />
        </header>
        {children}
      </body>
    </html>
  );
}

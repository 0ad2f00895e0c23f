import { prisma } from '@/lib/db/client';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const TIMEOUT_MS = 3000;

/** Liveness of the app and its database, for a load balancer or a supervisor: 200 when both answer, else 503. */
export async function GET() {
  const database = await Promise.race([
    prisma().$queryRaw`SELECT 1`.then(() => 'ok' as const).catch(() => 'unavailable' as const),
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS).unref()),
  ]);
  const ok = database === 'ok';
  return Response.json(
    { app: 'ok', database: ok ? 'ok' : '不可用', checkedAt: new Date().toISOString() },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}

import 'server-only';
import { NextResponse } from 'next/server';
import { getSessionUser } from '../../auth/session';
import { prisma, type PrismaClient } from '../../db/client';
import { appErrorOf } from '../../errors/prisma-errors';
import { appErrorStatus } from '../../api/app-error-status';
import type { SessionUser } from '../../auth/permissions';

/** Route-handler wrapper: session, then the data-layer call; AppErrors become JSON with a Chinese message. */
export async function withUser(call: (db: PrismaClient, user: SessionUser) => Promise<Response>): Promise<Response> {
  const user = await getSessionUser();
  if (!user)
    return NextResponse.json(
      { ok: false, code: 'UNAUTHENTICATED', error: '请先登录', message: '请先登录', fieldErrors: [] },
      { status: appErrorStatus('UNAUTHENTICATED') },
    );
  try {
    return await call(prisma(), user);
  } catch (e) {
    const app = appErrorOf(e);
    if (app)
      return NextResponse.json(
        { ok: false, code: app.code, error: app.message, message: app.message, fieldErrors: app.fieldErrors },
        { status: appErrorStatus(app.code) },
      );
    console.error(e);
    return NextResponse.json(
      { ok: false, code: 'INTERNAL', error: '服务器内部错误，请稍后重试', message: '服务器内部错误，请稍后重试', fieldErrors: [] },
      { status: 500 },
    );
  }
}

export function fileResponse(content: Buffer | Uint8Array, fileName: string, mimeType: string): Response {
  return new Response(new Uint8Array(content), {
    headers: {
      'Content-Type': mimeType,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'no-store',
    },
  });
}

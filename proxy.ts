import { NextResponse, type NextRequest } from 'next/server';
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, hasBrokenPercentEncoding } from './lib/security/security-headers';

const BAD_URL_PAGE =
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>地址无效 — 预算通</title>' +
  '<main><h1>地址无效</h1><p>您访问的网址包含无法识别的编码，请检查后重试，或返回<a href="/">首页</a>。</p></main></html>';

/** Every request: a Chinese 400 for a malformed URL, otherwise the security headers, with a fresh CSP nonce for rendered pages. */
export function proxy(request: NextRequest) {
  if (hasBrokenPercentEncoding(request.nextUrl.pathname)) {
    return new NextResponse(BAD_URL_PAGE, { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8', ...STATIC_SECURITY_HEADERS } });
  }
  const dev = process.env.NODE_ENV === 'development';
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, dev);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(k, v);
  return response;
}

export const config = {
  // Upload routes are left out: the proxy would buffer (and silently truncate) their bodies before the route
  // can refuse them; they cap the body themselves and set the static headers (lib/http/upload-form.ts).
  // The public document page is left out too: it is the same cached bytes for every reader, with no inline
  // script, and sets its own headers (lib/public-page/serve-public-page.ts); its addresses are plain
  // letters and digits, so there is no encoding to check.
  matcher: [
    {
      source:
        '/((?!_next/static|_next/image|favicon.ico|api/budgets/[^/]+/[^/]+/(?:excel|attachments)$|public/[0-9]{4}/[0-9A-Za-z]{1,20}(?:/v/[1-9][0-9]{0,5})?$).*)',
    },
  ],
};

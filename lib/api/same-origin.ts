// CSRF protection of JSON endpoints signed in with the session cookie: a cross-site form or fetch
// cannot send Content-Type: application/json without a CORS preflight (which this app never
// grants), and a browser always names the page's origin, which must be this site.

/** A Chinese reason to refuse the request, or null when it may go on. */
export function crossSiteRefusal(req: Request): string | null {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type.trim())) return '请求须以 JSON 提交（Content-Type: application/json）';
  const origin = req.headers.get('origin');
  if (origin === null) return null;
  const host = req.headers.get('x-forwarded-host')?.split(',')[0].trim() || req.headers.get('host');
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (!host || originHost !== host) return '拒绝跨站请求：请求来源（Origin）与本站不一致';
  return null;
}

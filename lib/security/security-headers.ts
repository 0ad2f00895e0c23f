// The security headers of every response. Scripts run only with the per-request nonce (Next.js puts it on
// its own inline scripts when the request carries this policy); nothing may frame the app. A page served
// as the same cached bytes to everyone (the public document page) has no inline script and gets a policy
// without a nonce: only script files from this site.

export function contentSecurityPolicy(nonce: string | null, dev: boolean): string {
  const scripts = nonce === null ? "script-src 'self'" : `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    `${scripts}${dev ? " 'unsafe-eval'" : ''}`,
    // React style attributes and the report tables' inline widths are styles, never scripts.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

/** True when the path's percent-encoding cannot be decoded (Next.js would answer an English 500). */
export function hasBrokenPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

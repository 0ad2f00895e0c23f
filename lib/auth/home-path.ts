import type { SessionUser } from './permissions';

/** Where a signed-in user starts. */
export function homePathFor(user: SessionUser): string {
  if (user.role === 'REVIEWER' || user.role === 'DEPT_REVIEWER') return '/review';
  if (user.role === 'ADMIN') return '/admin/users';
  return '/my-budgets';
}

const ORIGIN = 'http://same-origin.invalid';

/**
 * A same-origin path to return to after sign-in, or null for anything else (no open redirects).
 * Browsers drop tabs and newlines from URLs and read a backslash as a slash, so `/\t/evil.example`
 * would lead off-site: those characters are removed before the path is judged.
 */
export function safeCallbackUrl(url: string | undefined): string | null {
  if (!url) return null;
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u001F\u007F\\]/g, '');
  if (!cleaned.startsWith('/') || cleaned.startsWith('//')) return null;
  let parsed: URL;
  try {
    parsed = new URL(cleaned, ORIGIN);
  } catch {
    return null;
  }
  if (parsed.origin !== ORIGIN) return null;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The sign-in URL that returns to `path` afterwards. */
export function loginUrl(path: string): string {
  return `/login?callbackUrl=${encodeURIComponent(path)}`;
}

import type { SessionUser } from './permissions';

/** Where a signed-in user starts. */
export function homePathFor(user: SessionUser): string {
  if (user.role === 'REVIEWER') return '/review';
  if (user.role === 'ADMIN') return '/admin/users';
  return '/my-budgets';
}

/** A same-site path to return to after sign-in, or null for anything else (no open redirects). */
export function safeCallbackUrl(url: string | undefined): string | null {
  if (!url) return null;
  if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return url;
  return null;
}

/** The sign-in URL that returns to `path` afterwards. */
export function loginUrl(path: string): string {
  return `/login?callbackUrl=${encodeURIComponent(path)}`;
}

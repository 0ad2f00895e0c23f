import { describe, expect, it } from 'vitest';
import { homePathFor, safeCallbackUrl } from './home-path';

describe('safeCallbackUrl', () => {
  it('keeps same-origin paths with their query and hash', () => {
    expect(safeCallbackUrl('/review')).toBe('/review');
    expect(safeCallbackUrl('/budgets/029/2026?tab=lines#x')).toBe('/budgets/029/2026?tab=lines#x');
  });

  it.each([
    '/\t/evil.example/x',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '//evil.example',
    '/\u0000/evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    ' /review',
  ])('refuses %j, which a browser would follow off-site', (url) => {
    const safe = safeCallbackUrl(url);
    if (safe !== null) expect(new URL(safe, 'http://app.local').origin).toBe('http://app.local');
    expect(safe === null || !safe.startsWith('//')).toBe(true);
  });

  it('refuses the tab trick outright rather than rewriting it', () => {
    expect(safeCallbackUrl('/\t/evil.example/x')).toBeNull();
    expect(safeCallbackUrl('/\\/evil.example/x')).toBeNull();
  });
});

describe('homePathFor', () => {
  it('leads each role to its work; the department reviewer to its queue', () => {
    const user = (role: 'ACCOUNTANT' | 'REVIEWER' | 'ADMIN' | 'DEPT_REVIEWER') => ({ id: 'x', username: 'u', displayName: 'u', role, unitIds: [] });
    expect(homePathFor(user('DEPT_REVIEWER'))).toBe('/review');
    expect(homePathFor(user('REVIEWER'))).toBe('/review');
    expect(homePathFor(user('ACCOUNTANT'))).toBe('/my-budgets');
    expect(homePathFor(user('ADMIN'))).toBe('/admin/users');
  });
});

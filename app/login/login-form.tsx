'use client';

import { signIn } from 'next-auth/react';
import { useActionState } from 'react';

// One message for every refusal: it never tells whether the account exists or is locked.
const REFUSED = '用户名或密码错误，或尝试次数过多已被暂时锁定，请稍后再试';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, submit, pending] = useActionState(async (_prev: string | null, form: FormData) => {
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) return '请输入用户名和密码';
    const res = await signIn('credentials', { username, password, redirect: false });
    if (!res || res.error) return REFUSED;
    window.location.assign(callbackUrl);
    return null;
  }, null);
  return (
    <form action={submit} className="login-form" aria-describedby="login-error">
      <label>
        用户名
        <input name="username" autoComplete="username" required maxLength={64} />
      </label>
      <label>
        密码
        <input name="password" type="password" autoComplete="current-password" required maxLength={256} />
      </label>
      <p id="login-error" className="form-error" role="alert" aria-live="polite">
        {error}
      </p>
      <button type="submit" disabled={pending}>
        {pending ? '正在登录…' : '登录'}
      </button>
    </form>
  );
}

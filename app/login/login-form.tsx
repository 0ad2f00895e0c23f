'use client';

import { signIn } from 'next-auth/react';
import { useActionState } from 'react';

// One message for every refusal: it never tells whether the account exists or is locked.
const REFUSED = '用户名或密码错误，或尝试次数过多已被暂时锁定，请稍后再试';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, submit, pending] = useActionState(
    async (_prev: { error: string | null; username: string }, form: FormData) => {
      const username = String(form.get('username') ?? '').trim();
      const password = String(form.get('password') ?? '');
      if (!username || !password) return { error: '请输入用户名和密码', username };
      const res = await signIn('credentials', { username, password, redirect: false });
      if (!res || res.error) return { error: REFUSED, username };
      window.location.assign(callbackUrl);
      return { error: null, username };
    },
    { error: null, username: '' },
  );
  return (
    <form action={submit} className="login-form" aria-describedby="login-error">
      <label>
        用户名
        <input name="username" autoComplete="username" required maxLength={64} defaultValue={state.username} key={state.username} />
      </label>
      <label>
        密码
        <input name="password" type="password" autoComplete="current-password" required maxLength={256} />
      </label>
      <p id="login-error" className="form-error" role="alert" aria-live="polite">
        {state.error}
      </p>
      <button type="submit" disabled={pending}>
        {pending ? '正在登录…' : '登录'}
      </button>
    </form>
  );
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { authenticate } from '../../lib/auth/authenticate';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, beginLoginAttempt } from '../../lib/auth/login-throttle';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe('登录限流', () => {
  it('正确的密码可以登录，停用的账号与错误的密码一样被拒绝', async () => {
    expect(await authenticate(t.db, 'shenhe', 'Shenhe@2026', '10.0.0.1')).toMatchObject({ name: '财政局审核人' });
    expect(await authenticate(t.db, 'shenhe', 'wrong', '10.0.0.1')).toBeNull();
    await t.db.user.update({ where: { username: 'kuaiji029' }, data: { disabled: true } });
    expect(await authenticate(t.db, 'kuaiji029', 'Kuaiji@2026', '10.0.0.1')).toBeNull();
    await t.db.user.update({ where: { username: 'kuaiji029' }, data: { disabled: false } });
  });

  it('同一账号连续失败5次后，正确密码在15分钟内也被拒绝；其他账号不受影响', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) expect(await authenticate(t.db, 'admin', `bad-${i}`, `10.1.0.${i}`)).toBeNull();
    expect(await authenticate(t.db, 'admin', 'Admin@2026', '10.1.1.1')).toBeNull();
    expect(await authenticate(t.db, 'kuaiji029', 'Kuaiji@2026', '10.1.1.1')).not.toBeNull();
    // Once the failures are older than the window, the account signs in again.
    await t.query(`DELETE FROM login_attempt WHERE username = 'admin'`);
    await t.query(
      `INSERT INTO login_attempt (username, ip, success, created_at) SELECT 'admin', '10.1.0.9', false, now() - interval '16 minutes' FROM generate_series(1, 10)`,
    );
    expect(await authenticate(t.db, 'admin', 'Admin@2026', '10.1.1.1')).not.toBeNull();
  });

  it('不存在的账号与存在的账号表现一致（同样计数、同样锁定）', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) expect(await authenticate(t.db, 'ghost', 'x', '10.2.0.1')).toBeNull();
    const rows = await t.query<{ n: string }>(`SELECT count(*)::text AS n FROM login_attempt WHERE username = 'ghost' AND NOT success`);
    expect(rows[0].n).toBe(String(MAX_FAILURES_PER_ACCOUNT));
  });

  it('同一地址失败20次后，该地址上的任何账号都被拒绝', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await authenticate(t.db, `user${i}`, 'x', '10.3.0.1');
    expect(await authenticate(t.db, 'shenhe', 'Shenhe@2026', '10.3.0.1')).toBeNull();
    expect(await authenticate(t.db, 'shenhe', 'Shenhe@2026', '10.3.0.2')).not.toBeNull();
  });

  it('并发的尝试彼此计数：同一地址同时发起30次，最多20次进入密码校验', async () => {
    const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => beginLoginAttempt(t.db, `burst${i}`, '10.4.0.1')));
    expect(ids.filter((id) => id !== null)).toHaveLength(MAX_FAILURES_PER_ADDRESS);
    const burst = await Promise.all(Array.from({ length: 8 }, () => beginLoginAttempt(t.db, 'burst-account', `10.5.0.${Math.floor(Math.random() * 200)}`)));
    expect(burst.filter((id) => id !== null)).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { sessionUser } from '../helpers/session-users';
import { endSessions, sessionUserOf } from '../../lib/auth/session-version';
import { resetUserPassword, setUserDisabled } from '../../lib/data/admin/users';
import { authenticate } from '../../lib/auth/authenticate';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe('a session ends with sign-out, password reset and disabling', () => {
  it('refuses a cookie of an older session version after each of those events', async () => {
    const admin = await sessionUser(t.db, 'admin');
    const signedIn = (await authenticate(t.db, 'kuaiji029', 'Kuaiji@2026', '127.0.0.1'))!;
    const uid = signedIn.id;
    expect((await sessionUserOf(t.db, uid, signedIn.sessionVersion))?.username).toBe('kuaiji029');

    await endSessions(t.db, uid); // sign-out
    expect(await sessionUserOf(t.db, uid, signedIn.sessionVersion)).toBeNull();
    const second = (await authenticate(t.db, 'kuaiji029', 'Kuaiji@2026', '127.0.0.1'))!;
    expect(second.sessionVersion).toBe(signedIn.sessionVersion + 1);
    expect(await sessionUserOf(t.db, uid, second.sessionVersion)).not.toBeNull();

    await resetUserPassword(t.db, admin, uid, 'Neues@Passw0rt2026');
    expect(await sessionUserOf(t.db, uid, second.sessionVersion)).toBeNull();
    const third = (await authenticate(t.db, 'kuaiji029', 'Neues@Passw0rt2026', '127.0.0.1'))!;
    expect(await sessionUserOf(t.db, uid, third.sessionVersion)).not.toBeNull();

    await setUserDisabled(t.db, admin, uid, true);
    await setUserDisabled(t.db, admin, uid, false);
    expect(await sessionUserOf(t.db, uid, third.sessionVersion)).toBeNull();
  });
});

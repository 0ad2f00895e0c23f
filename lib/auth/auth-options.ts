import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { prisma } from '../db/client';
import { authenticate } from './authenticate';
import { clientAddress } from './login-throttle';
import { endSessions } from './session-version';

// Credentials sign-in with JWT sessions. The session carries only the user id; role and unit
// bindings are re-read from the database on every request (lib/auth/session.ts).

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: '用户名密码',
      credentials: {
        username: { label: '用户名', type: 'text' },
        password: { label: '密码', type: 'password' },
      },
      async authorize(credentials, req) {
        const username = credentials?.username?.trim() ?? '';
        return authenticate(prisma(), username, credentials?.password ?? '', clientAddress(req?.headers));
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
  events: {
    // Signing out ends every session of the user, including a copied cookie.
    async signOut({ token }) {
      if (token?.uid) await endSessions(prisma(), token.uid);
    },
  },
};

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    /** The user's sessionVersion when the session was issued. */
    sv?: number;
  }
}

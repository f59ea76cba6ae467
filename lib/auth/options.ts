// Auth.js (next-auth 4) configuration: email and password, plus GitHub and Google when configured.
// Credentials sign-in forces JWT sessions; the token carries the user's session version, checked on
// every read, so signing out (which bumps it) ends every copy of the session (DESIGN.md §7).
import 'server-only';
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { NextAuthOptions } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import { getDb } from '@/lib/db/client';
import { githubSignInEnabled, googleSignInEnabled, serverEnv } from '@/lib/env/server';
import { credentialsSchema } from '@/lib/schemas/auth';
import { authRedirectUrl } from './callback-url';
import { clientIp } from '@/lib/http/client-ip';
import { recordFailedSignIn, recordSuccessfulSignIn } from './rate-limit';
import { noteFailedSignIn } from './sign-in-notice';
import { verifyAgainstNothing, verifyPassword } from './password';

/** Sessions last 30 days from the last visit. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The password check; the attempt was charged before it (handler.ts, rate-limit.ts). */
async function authorizeWithPassword(raw: Record<string, unknown> | undefined, headers: Headers) {
  const parsed = credentialsSchema.safeParse(raw ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await getDb().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true } });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  if (!user || !valid) {
    await Promise.all([recordFailedSignIn(email), user ? noteFailedSignIn(email) : undefined]);
    return null;
  }
  await recordSuccessfulSignIn(clientIp(headers), email);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

export function authOptions(): NextAuthOptions {
  const env = serverEnv();
  const providers: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      // handler.ts hands Auth.js the request's headers as a plain object.
      authorize: (credentials, req) => authorizeWithPassword(credentials, new Headers((req.headers ?? {}) as Record<string, string>)),
    }),
  ];
  if (githubSignInEnabled(env)) providers.push(GitHubProvider({ clientId: env.GITHUB_ID!, clientSecret: env.GITHUB_SECRET! }));
  if (googleSignInEnabled(env)) providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID!, clientSecret: env.GOOGLE_CLIENT_SECRET! }));

  return {
    // @auth/prisma-adapter targets Auth.js; its adapter shape is next-auth 4's (an interop edge).
    adapter: PrismaAdapter(getDb()) as Adapter,
    providers,
    secret: env.AUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/signin', error: '/signin' },
    callbacks: {
      redirect: ({ url, baseUrl }) => Promise.resolve(authRedirectUrl(url, baseUrl)),
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          return token;
        }
        if (!token.uid) return token;
        const current = await getDb().user.findUnique({ where: { id: token.uid }, select: { sessionVersion: true } });
        // Signed out elsewhere, password changed or account gone: this token no longer names a user.
        if (!current || current.sessionVersion !== token.sv) return { revoked: true };
        return token;
      },
      async session({ session, token }) {
        if (!token.uid || token.revoked) return { expires: session.expires };
        return { ...session, user: { ...session.user, id: token.uid } };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.uid) await getDb().user.updateMany({ where: { id: token.uid }, data: { sessionVersion: { increment: 1 } } });
      },
    },
    logger: {
      // Auth.js logs errors with their payloads; keep only the code (no emails or tokens in logs).
      error: (code) => console.warn(`[auth] ${code}`),
      warn: (code) => console.warn(`[auth] ${code}`),
      debug: () => undefined,
    },
  };
}

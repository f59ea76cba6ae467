// Who is asking: read from the request's own session cookie and checked against the user's current
// session version, in every handler and page that touches a user's data (DESIGN.md §7). A proxy may
// redirect; only this authorizes.
import 'server-only';
import { getToken } from 'next-auth/jwt';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/http/errors';
import { serverEnv } from '@/lib/env/server';
import { parseCookies } from './cookies';

export class UnauthorizedError extends AppError {
  constructor() {
    super(401, 'unauthorized', 'Sign in to see and save your lists.');
  }
}

export interface CurrentUser {
  id: string;
  email: string | null;
  name: string | null;
}

export async function currentUser(headers: Headers): Promise<CurrentUser | null> {
  const token = await getToken({
    req: { cookies: Object.fromEntries(parseCookies(headers.get('cookie'))), headers: Object.fromEntries(headers) } as never,
    secret: serverEnv().AUTH_SECRET,
  });
  if (!token?.uid || token.revoked) return null;
  const user = await getDb().user.findUnique({ where: { id: token.uid }, select: { id: true, email: true, name: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== token.sv) return null;
  return { id: user.id, email: user.email, name: user.name };
}

/** The signed-in user, or a 401. */
export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await currentUser(request.headers);
  if (!user) throw new UnauthorizedError();
  return user;
}

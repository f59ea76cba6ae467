// The site's own origin: one answer for the Origin check (origin.ts) and for Auth.js's links and
// redirects (lib/auth/handler.ts), so the two can never disagree (issue 14, part 7).
// - NEXTAUTH_URL when set: production should set it (README, Configuration).
// - Otherwise behind a proxy (TRUST_PROXY_HOPS > 0): the X-Forwarded-Host and -Proto the proxy sets.
// - Otherwise, served directly: the request's own Host and scheme. A client's X-Forwarded-Host is
//   ignored then; before, it decided which origin the Origin check accepted.
import { serverEnv, type ServerEnv } from '@/lib/env/server';

const firstEntry = (value: string | null): string | null => value?.split(',')[0]?.trim() || null;

/** NEXTAUTH_URL is read as Auth.js reads it, from process.env on each request, so the two agree. */
const currentEnv = (): Pick<ServerEnv, 'NEXTAUTH_URL' | 'TRUST_PROXY_HOPS'> => ({
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || undefined,
  TRUST_PROXY_HOPS: serverEnv().TRUST_PROXY_HOPS,
});

export function siteOrigin(request: Request, env: Pick<ServerEnv, 'NEXTAUTH_URL' | 'TRUST_PROXY_HOPS'> = currentEnv()): string {
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
  const url = new URL(request.url);
  const behindProxy = env.TRUST_PROXY_HOPS > 0;
  const host = (behindProxy ? firstEntry(request.headers.get('x-forwarded-host')) : null) ?? request.headers.get('host') ?? url.host;
  const forwardedProto = behindProxy ? firstEntry(request.headers.get('x-forwarded-proto')) : null;
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : url.protocol.replace(':', '');
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return url.origin;
  }
}

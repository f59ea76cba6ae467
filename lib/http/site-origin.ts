// The site's own origin: one answer for the Origin check (origin.ts) and for Auth.js's links and
// redirects (lib/auth/handler.ts), so the two can never disagree (issue 14, part 7).
// - NEXTAUTH_URL when set: production should set it (README, Configuration).
// - Otherwise behind a proxy (TRUST_PROXY_HOPS > 0): the X-Forwarded-Host and -Proto the proxy sets.
// - Otherwise, served directly: the request's own Host and the socket's scheme. A client's
//   X-Forwarded-Host and -Proto are ignored then; before, it decided which origin the Origin check accepted.
import { serverEnv, type ServerEnv } from '@/lib/env/server';
import { PEER_PROTOCOL_HEADER } from './peer-address';

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
  // Served directly, the socket's own scheme as our server saw it: request.url's scheme is Next.js's
  // reading of the client's X-Forwarded-Proto (a real-server test found it). Without our server in
  // front (handlers called in tests), request.url is all there is.
  const claimed = behindProxy ? firstEntry(request.headers.get('x-forwarded-proto')) : request.headers.get(PEER_PROTOCOL_HEADER);
  const proto = claimed === 'https' || claimed === 'http' ? claimed : url.protocol.replace(':', '');
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return url.origin;
  }
}
